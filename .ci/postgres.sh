# Sourced by .ci/run: starts a throw-away PostgreSQL cluster on a free loopback port in a temp
# directory and exports ZSDESK_TEST_PG_URL, so the sandbox registry's server tests also run
# against PostgreSQL. The cluster is stopped and removed when the sourcing shell exits.
# Needs the Debian `postgresql` package (installed by .ci/run).

_zsdesk_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "${_zsdesk_pg_bin}" ] || [ ! -x "${_zsdesk_pg_bin}/initdb" ]; then
  echo "ci: PostgreSQL binaries not found under /usr/lib/postgresql; server tests run on SQLite only" >&2
else
  _zsdesk_pg_dir=$(mktemp -d /tmp/zsdesk-pg.XXXXXX)
  # initdb refuses to run as root: use the postgres system user when we are root.
  if [ "$(id -u)" = "0" ]; then
    chown postgres:postgres "${_zsdesk_pg_dir}"
    _zsdesk_pg_as() { runuser -u postgres -- "$@"; }
  else
    _zsdesk_pg_as() { "$@"; }
  fi
  _zsdesk_pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  _zsdesk_pg_as "${_zsdesk_pg_bin}/initdb" -D "${_zsdesk_pg_dir}/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >/dev/null
  # Durability off: the cluster lives for one CI run only.
  _zsdesk_pg_as "${_zsdesk_pg_bin}/pg_ctl" -D "${_zsdesk_pg_dir}/data" -l "${_zsdesk_pg_dir}/server.log" -w \
    -o "-p ${_zsdesk_pg_port} -k ${_zsdesk_pg_dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  _zsdesk_pg_as "${_zsdesk_pg_bin}/createdb" -h 127.0.0.1 -p "${_zsdesk_pg_port}" -U postgres zsdesk_test
  export ZSDESK_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:${_zsdesk_pg_port}/zsdesk_test"
  echo "ci: PostgreSQL $(basename "$(dirname "${_zsdesk_pg_bin}")") on 127.0.0.1:${_zsdesk_pg_port} (ZSDESK_TEST_PG_URL)"
  _zsdesk_pg_stop() {
    _zsdesk_pg_as "${_zsdesk_pg_bin}/pg_ctl" -D "${_zsdesk_pg_dir}/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "${_zsdesk_pg_dir}"
  }
  trap _zsdesk_pg_stop EXIT
fi
