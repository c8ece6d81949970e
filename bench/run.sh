#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md on this machine. PostgreSQL runs with fsync on,
# as in production. Usage: bench/run.sh [intake|acta|desks|survey|invitations|nodes|all] (survey takes SURVEY_ROWS,
# default 1000000; nodes needs Debian's nginx and takes NODES_SECONDS, default 15, per setup)
set -euo pipefail
cd "$(dirname "$0")/.."
RINDE_TEST_PG_PORT=${RINDE_BENCH_PG_PORT:-55499} . scripts/lib/postgres.sh
dotnet build -c Release bench/Rinde.Bench -v q -nologo >/dev/null
bench="dotnet bench/Rinde.Bench/bin/Release/net10.0/Rinde.Bench.dll"
what=${1:-all}
export RINDE_BENCH_POSTGRES="$RINDE_PG_CONNECTION;Database=rinde_bench_$$"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u '+%Y-%m-%d %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$what" = intake ] || [ "$what" = all ]; then
  $bench intake sqlite 10 2000
  $bench intake postgres 10 2000
fi
if [ "$what" = acta ] || [ "$what" = all ]; then
  $bench acta 30
fi
if [ "$what" = survey ] || [ "$what" = all ]; then
  $bench survey "${SURVEY_ROWS:-1000000}" sqlite,postgres
fi
if [ "$what" = desks ] || [ "$what" = all ]; then
  $bench desks sqlite 200 50 10
  $bench desks postgres 200 50 10
fi
if [ "$what" = invitations ] || [ "$what" = all ]; then
  $bench invitations "${INVITATION_CONTACTS:-5000}"
fi
if [ "$what" = nodes ] || [ "$what" = all ]; then
  $bench nodes 64 "${NODES_SECONDS:-15}" 100
  echo "Load average after the nodes bench: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
