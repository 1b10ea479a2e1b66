"""`zsdesk selftest` from source: the same command CI runs against the frozen bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from zsdesk import selftest


def test_selftest_passes_from_source() -> None:
    out = subprocess.run([sys.executable, "-m", "zsdesk.cli", "selftest"], capture_output=True, text=True,
                         timeout=120, env=None)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = [line for line in out.stdout.splitlines() if line.startswith(("ok ", "FAIL"))]
    assert [line.split()[1] for line in lines] == [name for name, _ in selftest.CHECKS]
    assert all(line.startswith("ok ") for line in lines)


def test_missing_resource_fails_the_selftest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "RESOURCE_FILES", (*selftest.RESOURCE_FILES, ("documents", "missing.toml")))
    lines: list[str] = []
    assert selftest.run(["resources"], out=lines.append) == 1
    assert lines[0].startswith("FAIL resources")
    assert "missing.toml" in lines[0]
    assert lines[-1] == "selftest: 1 check(s) failed"


def test_cache_check_reaches_the_head_revision(tmp_path: Path) -> None:
    from zsdesk.store.database import head_revision

    assert selftest.check_cache(tmp_path).startswith(f"schema {head_revision()} ")


def test_unknown_check_is_refused() -> None:
    lines: list[str] = []
    assert selftest.run(["nonsense"], out=lines.append) == 2
    assert lines == ["unknown check(s): nonsense"]
