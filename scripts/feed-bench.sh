#!/usr/bin/env bash
# The leerplicht feed's figures on a generated region, in a database of its own
# (thuiszitters_feedbench, recreated unless --reuse):
#   1. the change log's share of a full reconcile: first load, the same date again (nothing
#      changes), a week later (many items change); from reconciliation_runs and feed_run_logs,
#      which time the change-log step inside each run;
#   2. wrk on loopback against authenticated 100-item pages of the largest gemeente's feed:
#      (a) the first page again and again; (b) a walk: each request the page after a cursor drawn
#      at random from every position in that gemeente's feed (the cursors are read before the run),
#      so most pages are asked for the first time or again only after many others.
#      Each run is preceded by a 5 s warm-up; the load average is printed before and after it, and the
#      CPU time of the gateway and of the database's PostgreSQL backends per request (from /proc).
#
#   scripts/feed-bench.sh [--pupils 20000] [--seed 42] [--as-of 2026-04-15] [--duration 20s] [--connections 16] [--reuse]
#
# --reuse keeps the register of an earlier run (skips generate, ingest and reconciles), to measure
# the serving again on the same data. National size: --pupils 2600000 (about an hour of generate and
# ingest on 2 cores).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pupils=20000 seed=42 as_of=2026-04-15 duration=20s connections=16 port=5091 reuse=
while [[ $# -gt 0 ]]; do
  case $1 in
    --pupils) pupils=$2; shift 2 ;; --seed) seed=$2; shift 2 ;; --as-of) as_of=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;; --connections) connections=$2; shift 2 ;; --reuse) reuse=1; shift ;;
    *) echo "usage: $0 [--pupils N] [--seed N] [--as-of yyyy-mm-dd] [--duration 20s] [--connections 16] [--reuse]" >&2; exit 2 ;;
  esac
done
# shellcheck source=ensure-postgres.sh
source scripts/ensure-postgres.sh
command -v wrk >/dev/null || tz_apt_install wrk
db=thuiszitters_feedbench
server=$ConnectionStrings__Register
export ConnectionStrings__Register="${server/Database=thuiszitters;/Database=$db;}"
psql_server() { PGPASSWORD=thuiszitters psql -h 127.0.0.1 -p "${TZ_PG_PORT:-5432}" -U thuiszitters -d thuiszitters -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_db() { PGPASSWORD=thuiszitters psql -h 127.0.0.1 -p "${TZ_PG_PORT:-5432}" -U thuiszitters -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"; [[ -n ${gateway_pid:-} ]] && kill "$gateway_pid" 2>/dev/null || true' EXIT
dotnet build src/Gateway -c Release -v quiet -nologo >/dev/null
gateway() { dotnet run --project src/Gateway -c Release --no-build -- "$@"; }
if [[ -z $reuse ]]; then
  psql_server -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  dotnet build src/Generator -c Release -v quiet -nologo >/dev/null
  dotnet run --project src/Generator -c Release --no-build -- --out "$work/drop" --pupils "$pupils" --seed "$seed" --as-of "$as_of" >/dev/null
  gateway ingest --input "$work/drop" >/dev/null
  week_later=$(date -d "$as_of + 7 days" +%F)
  for day in "$as_of" "$as_of" "$week_later"; do gateway reconcile-register --as-of "$day" | head -1; done
elif ! psql_db -c "SELECT 1" >/dev/null 2>&1; then
  echo "--reuse: there is no $db database to reuse; run once without --reuse" >&2; exit 2
fi
echo
echo "run  mode  run ms  change-log ms  share  upserts  removals  refreshes"
psql_db -F '  ' -c "
  SELECT r.id, r.mode, round(extract(epoch FROM r.finished_at - r.started_at) * 1000), f.milliseconds,
    round(100.0 * f.milliseconds / greatest(1, extract(epoch FROM r.finished_at - r.started_at) * 1000 - f.milliseconds), 1) || '%',
    f.upserts, f.removals, f.refreshes
  FROM reconciliation_runs r JOIN feed_run_logs f ON f.run_id = r.id ORDER BY r.id"
gemeente=$(psql_db -c "SELECT gemeente FROM feed_items WHERE present GROUP BY gemeente ORDER BY count(*) DESC LIMIT 1")
items=$(psql_db -c "SELECT count(*) FROM feed_items WHERE present AND gemeente = '$gemeente'")
key=$(gateway api-key create --name feed-bench --scope "leerplicht:$gemeente" | tail -1)
# The built host itself (not `dotnet run`, whose child would outlive a kill of it).
(cd src/Gateway && ASPNETCORE_URLS="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning exec ./bin/Release/net10.0/Thuiszitters.Gateway) >"$work/gateway.log" 2>&1 &
gateway_pid=$!
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
url="http://127.0.0.1:$port/api/v1/gemeenten/$gemeente/feed?limit=100"
curl -fs -o /dev/null -w "one page: HTTP %{http_code}, %{size_download} bytes, %{time_total} s\n" -H "Authorization: Bearer $key" "$url"
# Every position in the gemeente's feed as a cursor (the page after each event's predecessor).
psql_db -c "
  SELECT rtrim(translate(encode(convert_to('f1:' || gemeente || ':' || (sequence - 1), 'UTF8'), 'base64'), '+/', '-_'), '=')
  FROM feed_events WHERE gemeente = '$gemeente' ORDER BY sequence" >"$work/cursors"
backends() { psql_db -c "SELECT pid FROM pg_stat_activity WHERE datname = '$db' AND pid <> pg_backend_pid()"; }
ticks() { local total=0 pid; for pid in "$@"; do [[ -r /proc/$pid/stat ]] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done; echo "$total"; }
measure() { # name, then wrk arguments after the common ones
  local name=$1; shift
  wrk -t2 -c"$connections" -d5s -H "Authorization: Bearer $key" "$@" >/dev/null
  local pg before_gw before_pg out requests hz
  pg=$(backends | tr '\n' ' ')
  before_gw=$(ticks "$gateway_pid"); before_pg=$(ticks $pg)
  echo "== $name: load average before $(cut -d' ' -f1-3 /proc/loadavg)"
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $key" "$@")
  echo "$out"
  hz=$(getconf CLK_TCK)
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  echo "== $name: load average after $(cut -d' ' -f1-3 /proc/loadavg); CPU per request: gateway $(awk -v t=$(( $(ticks "$gateway_pid") - before_gw )) -v n="$requests" -v hz="$hz" 'BEGIN {printf "%.3f", 1000 * t / hz / n}') ms, PostgreSQL backends $(awk -v t=$(( $(ticks $pg) - before_pg )) -v n="$requests" -v hz="$hz" 'BEGIN {printf "%.3f", 1000 * t / hz / n}') ms ($(wc -w <<<"$pg") backends)"
}
echo "wrk: gemeente $gemeente ($items items in its feed, $(wc -l <"$work/cursors") events), 100-item pages, $connections connections, $duration"
measure "(a) first page" "$url"
TZ_CURSORS="$work/cursors" measure "(b) walk over random cursors" -s scripts/feed-bench-walk.lua "$url"
kill "$gateway_pid"; wait "$gateway_pid" 2>/dev/null || true; gateway_pid=
