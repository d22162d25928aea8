#!/usr/bin/env bash
# The case pages' latency on a generated region (issue 16): not a timed test, the figures for the README.
#
#   scripts/cases-bench.sh [--pupils 200000] [--schools N] [--gemeenten 10] [--seed 42] [--as-of 2026-04-15]
#                          [--requests 200] [--sample 200] [--port 5093] [--reuse]
#
# Works in a database of its own, thuiszitters_casebench: generates the region (src/Generator), ingests it and
# reconciles it as of the date (reconcile-register), unless --reuse finds that database already holding a region of the
# same size, seed and date (its COMMENT says which). Then it starts the Release host on a loopback port with two
# configured token users (Security:Users): SWV staff of the region (the largest scope) and the leerplicht officer of
# the gemeente with the most pupils, and times with curl (one connection, keep-alive, requests one after the other):
#   1. the first read after a reconciliation run, which rebuilds case_people (forced by clearing case_index_state);
#   2. --requests times the overview's first page with the default sort (GET /api/cases), as SWV and as leerplicht;
#   3. the pupil page (GET /api/cases/pupil?key=..&purpose=..) of --sample pupils drawn from the caller's cases;
# printing p50, p95 and max per scenario. Every request is a real, audited read (audit_log grows by one row each).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pupils=200000 schools='' gemeenten=10 seed=42 as_of=2026-04-15 requests=200 sample=200 port=5093 reuse=0
usage="usage: $0 [--pupils N] [--schools N] [--gemeenten N] [--seed N] [--as-of yyyy-mm-dd] [--requests N] [--sample N] [--port N] [--reuse]"
while [[ $# -gt 0 ]]; do
  case $1 in
    --pupils) pupils=$2; shift 2 ;; --schools) schools=$2; shift 2 ;; --gemeenten) gemeenten=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;; --as-of) as_of=$2; shift 2 ;; --requests) requests=$2; shift 2 ;;
    --sample) sample=$2; shift 2 ;; --port) port=$2; shift 2 ;; --reuse) reuse=1; shift ;;
    -h|--help) echo "$usage"; exit 0 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
# About one school (vestiging) per thousand pupils, as the national benchmark.
schools=${schools:-$(( pupils / 1000 < 40 ? 40 : pupils / 1000 ))}
# shellcheck source=ensure-postgres.sh
source scripts/ensure-postgres.sh
db=thuiszitters_casebench
pgport=$(tz_cs_get "$ConnectionStrings__Register" port)
export ConnectionStrings__Register="${ConnectionStrings__Register/Database=thuiszitters;/Database=$db;}"
psql_as() { local d=$1; shift; PGPASSWORD=thuiszitters psql -X -h 127.0.0.1 -p "${pgport:-5432}" -U thuiszitters -d "$d" -v ON_ERROR_STOP=1 -qAt "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"; [[ -n ${gateway_pid:-} ]] && kill "$gateway_pid" 2>/dev/null || true' EXIT
dotnet build src/Gateway -c Release -v quiet -nologo >/dev/null
gateway() { dotnet src/Gateway/bin/Release/net10.0/Thuiszitters.Gateway.dll "$@"; }

label="pupils=$pupils schools=$schools gemeenten=$gemeenten seed=$seed as-of=$as_of"
existing=$(psql_as thuiszitters -c "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$db'")
if [[ $reuse == 1 && $existing == "$label" ]]; then
  echo "reusing $db ($label)"
else
  [[ $reuse == 1 ]] && echo "no $db with $label to reuse (found: ${existing:-none}): building it"
  dotnet build src/Generator -c Release -v quiet -nologo >/dev/null
  psql_as thuiszitters -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  start=$SECONDS
  dotnet src/Generator/bin/Release/net10.0/Thuiszitters.Generator.dll --out "$work/drop" --pupils "$pupils" --schools "$schools" \
    --gemeenten "$gemeenten" --seed "$seed" --as-of "$as_of" >/dev/null
  echo "generated $label in $((SECONDS - start)) s"; start=$SECONDS
  gateway ingest --input "$work/drop" >/dev/null
  echo "ingested in $((SECONDS - start)) s"; start=$SECONDS
  reconciled=$(gateway reconcile-register --as-of "$as_of")
  echo "${reconciled%%$'\n'*}"
  echo "reconciled in $((SECONDS - start)) s"
  rm -rf "$work/drop"
  psql_as "$db" -c "SET client_min_messages = error" -c "VACUUM ANALYZE"
  psql_as thuiszitters -c "COMMENT ON DATABASE $db IS '$label'"
fi

gemeente=$(psql_as "$db" -c "SELECT gemeente FROM pupil_states WHERE gemeente IS NOT NULL GROUP BY gemeente ORDER BY count(*) DESC, gemeente LIMIT 1")
# Environment Benchmark, not Production: Production refuses to start with configured token users (Security:Users).
swv_token=bench-swv-staff-token-0123456789 lp_token=bench-leerplicht-token-0123456789
(cd src/Gateway && ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Benchmark Sync__Enabled=false \
  Logging__LogLevel__Default=Warning \
  Security__Users__0__Token=$swv_token Security__Users__0__Name=Bench-SWV Security__Users__0__Role=Swv Security__Users__0__Organisation=VO2203 \
  Security__Users__1__Token=$lp_token Security__Users__1__Name=Bench-LP Security__Users__1__Role=Leerplicht Security__Users__1__Organisation="$gemeente" \
  exec env Logging__LogLevel__Thuiszitters.Gateway.Cases.CaseIndex=Information ./bin/Release/net10.0/Thuiszitters.Gateway) >"$work/gateway.log" 2>&1 &
gateway_pid=$!
for _ in $(seq 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
base="http://127.0.0.1:$port/api/cases"

# Times each URL of a file (one a line) with one curl over one kept-alive connection; prints the seconds per request.
time_urls() {
  local token=$1 urls=$2
  awk '{ printf "url = \"%s\"\noutput = \"/dev/null\"\n", $0 }' "$urls" >"$work/curl.cfg"
  curl -s -H "Authorization: Bearer $token" -w '%{http_code} %{time_total}\n' -K "$work/curl.cfg" \
    | awk '$1 != 200 { print "HTTP " $1 " from the gateway" > "/dev/stderr"; bad = 1 } { print $2 } END { exit bad }'
}
# p50, p95 and max in milliseconds of the seconds on stdin.
summary() {
  sort -g | awk '{ v[NR] = $1 * 1000 } END {
    p50 = v[int((NR * 50 + 99) / 100)]; p95 = v[int((NR * 95 + 99) / 100)]
    printf "n %d  p50 %.1f ms  p95 %.1f ms  max %.1f ms\n", NR, p50, p95, v[NR] }'
}
repeat_url() { local n=$1 url=$2; for _ in $(seq "$n"); do echo "$url"; done; }

echo "region: $pupils pupils, $(psql_as "$db" -c "SELECT count(*) FROM pupil_states") persons; leerplicht of gemeente $gemeente" \
  "($(psql_as "$db" -c "SELECT count(*) FROM pupil_states WHERE gemeente = '$gemeente'") residents)"

# 1. The first read after a run rebuilds case_people: forced by forgetting which run it was built for.
psql_as "$db" -c "DELETE FROM case_index_state"
echo "$base" >"$work/one"
printf 'first read after a run (rebuilds case_people), SWV, first page: %.0f ms\n' "$(time_urls "$swv_token" "$work/one" | awk '{ print $1 * 1000 }')"
grep -ho 'Case index rebuilt .*' "$work/gateway.log" | sed 's/^/  gateway log: /' || true
echo "cases of the region: $(psql_as "$db" -c "SELECT count(*) FROM case_people")"

# Warm-up (JIT, connection pool, plans), untimed.
repeat_url 20 "$base" >"$work/warm"
time_urls "$swv_token" "$work/warm" >/dev/null
time_urls "$lp_token" "$work/warm" >/dev/null

repeat_url "$requests" "$base" >"$work/list"
printf '%-58s' "GET /api/cases (first page, default sort), SWV:"; time_urls "$swv_token" "$work/list" | summary
printf '%-58s' "GET /api/cases (first page, default sort), leerplicht:"; time_urls "$lp_token" "$work/list" | summary
repeat_url "$requests" "$base?sort=name" >"$work/list-name"
printf '%-58s' "GET /api/cases?sort=name, SWV:"; time_urls "$swv_token" "$work/list-name" | summary
repeat_url "$requests" "$base?q=jan" >"$work/list-search"
printf '%-58s' "GET /api/cases?q=jan (name search), SWV:"; time_urls "$swv_token" "$work/list-search" | summary

# Pupil pages: a fixed sample (by md5 of the key) of the caller's cases, each read once after a warm-up on others.
pupil_urls() {
  local where=$1 n=$2 skip=$3
  psql_as "$db" -c "SELECT k.person_key FROM case_people k JOIN pupil_states p ON p.person_key = k.person_key WHERE $where
                    ORDER BY md5(k.person_key) LIMIT $n OFFSET $skip" \
    | jq -Rr --arg base "$base" '"\($base)/pupil?key=\(@uri)&purpose=CASUSOVERLEG"'
}
pupil_urls "TRUE" 20 "$sample" >"$work/warm-pupils"
time_urls "$swv_token" "$work/warm-pupils" >/dev/null
pupil_urls "TRUE" "$sample" 0 >"$work/pupils-swv"
printf '%-58s' "GET /api/cases/pupil ($(wc -l <"$work/pupils-swv") pupils), SWV:"; time_urls "$swv_token" "$work/pupils-swv" | summary
pupil_urls "p.gemeente = '$gemeente'" "$sample" 0 >"$work/pupils-lp"
printf '%-58s' "GET /api/cases/pupil ($(wc -l <"$work/pupils-lp") pupils), leerplicht:"; time_urls "$lp_token" "$work/pupils-lp" | summary
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores: $(nproc))"
kill "$gateway_pid"; wait "$gateway_pid" 2>/dev/null || true; gateway_pid=
