#!/usr/bin/env bash
# Measures the sync history page (GET /api/sync/runs) over 10,000 runs: not a timed test, a figure for the README.
#
#   ./scripts/sync-history-bench.sh [--runs 10000] [--port 5097] [--repeat 5]
#
# Creates the database thuiszitters_syncbench (dropped first), lets the gateway migrate it, fills sync_runs with
# --runs runs over 400 days (four sources, all outcomes), and times pages of 50 (first, middle, last; with and
# without filters) with curl against a Release build, printing each page's median of --repeat.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=10000 port=5097 repeat=5
while (($# > 0)); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
# shellcheck source=ensure-postgres.sh
source scripts/ensure-postgres.sh
cs=${ConnectionStrings__Register/Database=thuiszitters/Database=thuiszitters_syncbench}
pgport=$(tz_cs_get "$ConnectionStrings__Register" port)
psql_bench() { PGPASSWORD=thuiszitters psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pgport" -U thuiszitters "$@"; }
psql_bench -d thuiszitters -c 'DROP DATABASE IF EXISTS thuiszitters_syncbench WITH (FORCE)' -c 'CREATE DATABASE thuiszitters_syncbench'
dotnet build src/Gateway -c Release -v quiet -nologo >/dev/null
# Environment Benchmark, not Production: Production refuses to start with configured token users (Security:Users).
token=bench-it-staff-token-0123456789
ConnectionStrings__Register=$cs ASPNETCORE_URLS=http://127.0.0.1:$port ASPNETCORE_ENVIRONMENT=Benchmark Sync__Enabled=false \
  Security__Users__0__Token=$token Security__Users__0__Name=Bench Security__Users__0__Role=ItStaff \
  Sources__0__Name=scholen Sources__0__Kind=dropFolder Sources__0__Schedule='*/5 * * * *' Sources__0__Folder=/tmp/none Sources__0__ArchiveFolder=/tmp/none-archive \
  dotnet src/Gateway/bin/Release/net10.0/Thuiszitters.Gateway.dll >/tmp/sync-history-bench.log 2>&1 &
gateway=$!
trap 'kill $gateway 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 1; done
psql_bench -d thuiszitters_syncbench -c "
  INSERT INTO sync_runs (source, node, trigger, job_id, started_at, finished_at, outcome, files_total, files, records_read, records_applied,
                         records_quarantined, files_refused, persons_changed, conflicts_opened, conflicts_resolved, attempts, error)
  SELECT (array['scholen','rod','brp','edex'])[1 + i % 4], 'bench:1', (array['schedule','schedule','manual','retry'])[1 + i % 4], i::text,
         now() - (i * interval '400 days' / $runs), now() - (i * interval '400 days' / $runs) + interval '3 seconds',
         (array['SUCCEEDED','SUCCEEDED','SUCCEEDED','REFUSED','FAILED','SKIPPED'])[1 + i % 6], 2, 2, 1000, 990, 10, i % 6 / 3, 40, 2, 1, 1, NULL
  FROM generate_series(1, $runs) AS i;
  ANALYZE sync_runs;"
pages=$(( (runs + 49) / 50 ))
time_page() {
  local query=$1 t all=()
  for _ in $(seq 1 "$repeat"); do
    t=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/sync/runs?$query")
    all+=("$t")
  done
  printf '%-55s median %s s (of %s)\n' "$query" "$(printf '%s\n' "${all[@]}" | sort -n | sed -n "$(( (repeat + 1) / 2 ))p")" "${all[*]}"
}
time_page "pageSize=50&page=1"
time_page "pageSize=50&page=$((pages / 2))"
time_page "pageSize=50&page=$pages"
time_page "pageSize=50&page=1&source=rod&outcome=FAILED"
time_page "pageSize=50&page=3&from=2026-01-01&to=2026-06-30"
time_page "pageSize=200&page=10"
