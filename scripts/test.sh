#!/usr/bin/env bash
# Runs every test of Rinde on a fresh Debian machine: installs what the tests need
# (PostgreSQL, Chromium, LibreOffice Writer, poppler, fonts, nginx for the multi-node tests), starts a private PostgreSQL
# server on loopback, and runs the whole suite on SQLite and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
[ -x /usr/sbin/nginx ] || need+=(nginx)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ -e /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || need+=(fonts-liberation)
if [ ${#need[@]} -gt 0 ]; then
  echo "Instalando: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Tests do not need the server to survive a crash of the machine: fsync off makes them faster.
RINDE_PG_OPTIONS="-c fsync=off" . scripts/lib/postgres.sh
export RINDE_TEST_POSTGRES="$RINDE_PG_CONNECTION"

dotnet tool restore >/dev/null
# The servers the tests start speak only of warnings and errors: the failures stay readable.
export Logging__LogLevel__Default="${Logging__LogLevel__Default:-Warning}"
log="$pgdir/test.log"
set +e
dotnet test Rinde.slnx --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# The failures again at the end, with their messages, where a reader of the last lines finds them.
awk '/^  Failed [^ ]/ {on = 1; n = 0; print "---"} /^  (Passed|Skipped) / {on = 0} on && n++ < 40' "$log"
# One plain closing line, summed over the test projects, for people and CI alike.
passed=$(awk '/^ +Passed: +[0-9]+$/ {s += $2} END {print s + 0}' "$log")
failed=$(awk '/^ +Failed: +[0-9]+$/ {s += $2} END {print s + 0}' "$log")
skipped=$(awk '/^ +Skipped: +[0-9]+$/ {s += $2} END {print s + 0}' "$log")
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit "$rc"
