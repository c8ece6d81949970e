# Sourced by scripts/test.sh and bench/run.sh: starts a throwaway PostgreSQL server of our own
# on loopback (nothing depends on the machine's services) and stops it on exit.
# Sets RINDE_PG_CONNECTION. Needs Debian's postgresql package.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgdir=$(mktemp -d /tmp/rinde-pg-XXXXXX)
pgport=${RINDE_TEST_PG_PORT:-55432}
chown -R postgres "$pgdir" 2>/dev/null || true
runpg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
runpg "$pgbin/initdb -D $pgdir/data -U postgres -A trust -E UTF8 >/dev/null"
runpg "$pgbin/pg_ctl -D $pgdir/data -o '-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=300 ${RINDE_PG_OPTIONS:-}' -l $pgdir/log -w start >/dev/null"
trap 'runpg "$pgbin/pg_ctl -D $pgdir/data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$pgdir"' EXIT
export RINDE_PG_CONNECTION="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
