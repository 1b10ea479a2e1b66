#!/usr/bin/env bash
# CI: build the one-folder bundle from build_installer.spec and check the frozen app works without
# the source tree: --version, doctor, selftest (cache migrations, fonts/template PDF, keyring
# backends, sandbox registry, Qt plugins) and a training-mode start that reaches the login window.
# A data file or hidden import missing from the spec fails here, not on an office PC.
set -euo pipefail
cd "$(dirname "$0")/.."

# PyInstaller needs objdump (binary detection) and strip (the spec strips on Linux).
if ! command -v objdump >/dev/null || ! command -v strip >/dev/null; then
  echo "frozen: installing binutils"
  apt-get update -qq && apt-get install -y -qq binutils >/dev/null
fi

# Largest size the trimmed bundle may reach before someone looks at what came in (MB; 188 in 2026-11).
max_mb=${ZSDESK_BUNDLE_MAX_MB:-230}
app=dist/zsdesk/zsdesk
t0=$SECONDS
mkdir -p build
echo "frozen: pyinstaller build_installer.spec"
uv run --frozen pyinstaller build_installer.spec --noconfirm --log-level WARN >build/pyinstaller.log 2>&1 \
  || { tail -40 build/pyinstaller.log; exit 1; }
size_mb=$(du -sm dist/zsdesk | cut -f1)
echo "frozen: built in $((SECONDS - t0)) s, ${size_mb} MB"
[ "$size_mb" -le "$max_mb" ] || { echo "frozen: bundle is ${size_mb} MB, over ${max_mb} MB" >&2; exit 1; }

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# Run from elsewhere so nothing can come from the source tree by accident.
export ZSDESK_HOME="$home" QT_QPA_PLATFORM=offscreen
app="$PWD/$app"
cd "$home"

expected="zsdesk $(grep -m1 '^version = ' "$OLDPWD/pyproject.toml" | cut -d'"' -f2)"
got=$("$app" --version)
[ "$got" = "$expected" ] || { echo "frozen: --version says '$got', expected '$expected'" >&2; exit 1; }
echo "frozen: --version ok ($got)"

"$app" doctor >doctor.txt
grep -q "^data dir .*$home/data" doctor.txt || { cat doctor.txt; echo "frozen: doctor data dir" >&2; exit 1; }
grep -q "platforms: .*offscreen" doctor.txt || { cat doctor.txt; echo "frozen: doctor sees no Qt platforms" >&2; exit 1; }
echo "frozen: doctor ok"

timeout 120 "$app" selftest >selftest.txt 2>&1 || { cat selftest.txt; echo "frozen: selftest failed" >&2; exit 1; }
grep -E '^(ok|FAIL) ' selftest.txt

# Training mode (no registry configured): starts the embedded sandbox, checks its health, shows
# the login window with the demo accounts, then quits through the bench's readiness hook.
set +e
ZSDESK_EXIT_WHEN_READY=login timeout 60 "$app" >start.out 2>start.err
code=$?
set -e
if [ $code -ne 0 ] || ! grep -q '^ZSDESK_READY login ' start.out; then
  cat start.out start.err
  echo "frozen: training-mode start did not reach the login window (exit $code)" >&2
  exit 1
fi
if grep -q -E 'Traceback|ModuleNotFoundError|FileNotFoundError|Could not find the Qt platform plugin' start.err \
   "$home/logs/zsdesk.log"; then
  cat start.err; tail -40 "$home/logs/zsdesk.log"
  echo "frozen: errors during the training-mode start" >&2
  exit 1
fi
grep -q 'exiting with 0' "$home/logs/zsdesk.log" || { tail -20 "$home/logs/zsdesk.log"; exit 1; }
echo "frozen: training-mode start reached the login window and exited cleanly"
echo "frozen: all checks passed in $((SECONDS - t0)) s"
