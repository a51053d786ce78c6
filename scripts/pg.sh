#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL cluster on a loopback port for the tests.
#   scripts/pg.sh start   -> prints the URL to use (postgresql+psycopg://...)
#   scripts/pg.sh stop
# Root runs the server as the `postgres` user (initdb refuses to run as root).
set -euo pipefail
PGPORT="${PGPORT:-54329}"
PGDATA_DIR="${PGDATA_DIR:-/tmp/claimledger-pg}"
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
  start)
    if [ -z "$bindir" ]; then
      echo "scripts/pg.sh: no PostgreSQL server found (apt-get install postgresql)" >&2; exit 1
    fi
    if [ -f "$PGDATA_DIR/postmaster.pid" ]; then as_pg "$bindir/pg_ctl" -D "$PGDATA_DIR" stop -m fast >/dev/null 2>&1 || true; fi
    rm -rf "$PGDATA_DIR"; mkdir -p "$PGDATA_DIR"
    [ "$(id -u)" = 0 ] && chown postgres: "$PGDATA_DIR"
    as_pg "$bindir/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$bindir/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w \
      -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    echo "postgresql+psycopg://postgres@127.0.0.1:$PGPORT/postgres"
    ;;
  stop)
    [ -n "$bindir" ] && as_pg "$bindir/pg_ctl" -D "$PGDATA_DIR" stop -m fast >/dev/null 2>&1 || true
    rm -rf "$PGDATA_DIR"
    ;;
esac
