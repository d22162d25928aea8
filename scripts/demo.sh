#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The demo: PostgreSQL, build, a generated region in a drop folder, ingest,
# reconcile, then the web page and API on a local URL (Ctrl+C stops it).
#
#   ./scripts/demo.sh [--pupils N] [--seed N] [--url URL] [--keep-db] [--no-serve]
#
#   --pupils N   size of the generated region (default 20000)
#   --seed N     generator seed (default 42); the same seed gives the same files
#   --as-of D    reference date of the demo region (default 2026-04-15, a school day)
#   --url URL    where the web host listens (default http://127.0.0.1:5080)
#   --keep-db    keep the demo database from an earlier run instead of starting afresh
#   --no-serve   stop after reconciling (for a smoke check)
#
# Unless ConnectionStrings__Register is set, the demo uses its own database
# "thuiszitters_demo" next to the register database, recreated on every run, so a
# second run shows the same picture as the first. The drop folder is demo/drop.
# While it serves, the source "demo-drop" syncs demo/drop every 10 seconds (Hangfire):
# a file dropped there (write it as NAME.part, then rename) is applied, reconciled
# as of the demo's date, moved to demo/archive, and shown on /sync/ (IT-beheer).
# Two fakes run beside it on loopback ports (the web port + 1 and + 2, WireMock.Net,
# tests/DemoFakes): a school system's API serving one school of the region (its export
# files are moved to demo/sis and reach the register only through the source
# "demo-school-api", every 30 seconds), and DUO's ROD API, to which the source "rod-poll"
# submits the corrections of the demo board (automatic submission on) and which
# accepts or rejects them. They stop with the demo.
# TZ_ARTIFACTS builds into that folder instead of the in-tree bin/obj.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

pupils=20000
seed=42
as_of=2026-04-15
url=http://127.0.0.1:5080
keep_db=false
serve=true
drop=$root/demo/drop
archive=$root/demo/archive
sis_data=$root/demo/sis

usage() { awk 'NR > 2 && /^#/ { sub(/^# ?/, ""); print; next } NR > 2 { exit }' "${BASH_SOURCE[0]}"; }
while (($# > 0)); do
  case $1 in
    --pupils) pupils=${2:?--pupils needs a number}; shift 2 ;;
    --seed) seed=${2:?--seed needs a number}; shift 2 ;;
    --as-of) as_of=${2:?--as-of needs a date}; shift 2 ;;
    --url) url=${2:?--url needs a URL}; shift 2 ;;
    --keep-db) keep_db=true; shift ;;
    --no-serve) serve=false; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "demo.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

started=$SECONDS
step() { printf '\n==> [%3ds] %s\n' "$((SECONDS - started))" "$*"; }

artifacts=()
[[ -n ${TZ_ARTIFACTS:-} ]] && artifacts=(--artifacts-path "$TZ_ARTIFACTS")

# The gateway's command line: `gateway ingest ...`, `gateway reconcile-register ...`, or the web host.
gateway() {
  dotnet run --project src/Gateway -c Release --no-build "${artifacts[@]}" -- "$@"
}

# The synthetic region's generator, a program of its own (not part of the gateway).
generator() {
  dotnet run --project src/Generator -c Release --no-build "${artifacts[@]}" -- "$@"
}

demo_database() {
  local user_set=${ConnectionStrings__Register:+yes}
  # shellcheck source=ensure-postgres.sh
  source "$root/scripts/ensure-postgres.sh"
  if [[ $user_set == yes ]]; then
    echo "Using the database from ConnectionStrings__Register as it is."
    return 0
  fi
  local cs=$ConnectionStrings__Register port
  port=$(tz_cs_get "$cs" port)
  if [[ $keep_db == false ]]; then
    echo "Recreating database thuiszitters_demo"
    PGPASSWORD=thuiszitters psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" \
      -U thuiszitters -d thuiszitters -c 'SET client_min_messages = warning' \
      -c 'DROP DATABASE IF EXISTS thuiszitters_demo WITH (FORCE)' \
      -c 'CREATE DATABASE thuiszitters_demo'
  fi
  export ConnectionStrings__Register="${cs/Database=thuiszitters/Database=thuiszitters_demo}"
}

demo_build() {
  # shellcheck source=ensure-web.sh
  source "$root/scripts/ensure-web.sh"
  tz_web_packages
  dotnet build src/Gateway -c Release "${artifacts[@]}" -v quiet -nologo
  dotnet build src/Generator -c Release "${artifacts[@]}" -v quiet -nologo
  dotnet build tests/DemoFakes -c Release "${artifacts[@]}" -v quiet -nologo
}

demo_generate() {
  rm -rf "$drop" "$archive" "$sis_data"
  mkdir -p "$drop" "$sis_data"
  generator --out "$drop" --pupils "$pupils" --seed "$seed" --as-of "$as_of"
  echo "$(find "$drop" -type f | wc -l) files in $drop"
  # The school whose system offers an API: the first with a pupils and an absence CSV export. Its exports go to the
  # fake school system's folder; the register gets that school only by pulling the fake's API.
  sis_school=$(find "$drop" -maxdepth 1 -name 'verzuim_*.csv' -printf '%f\n' | sed -E 's/^verzuim_([0-9A-Z]{6})_.*/\1/' | sort |
    while read -r school; do compgen -G "$drop/leerlingen_${school}_*.csv" >/dev/null && { echo "$school"; break; }; done)
  if [[ -n $sis_school ]]; then
    mv "$drop"/leerlingen_"$sis_school"_*.csv "$drop"/verzuim_"$sis_school"_*.csv "$sis_data"/
    echo "School $sis_school is pulled over its (fake) school system's API: its exports are in $sis_data"
  fi
}

demo_ingest() {
  gateway ingest --input "$drop"
}

demo_reconcile() {
  gateway reconcile-register --as-of "$as_of"
}

# A query on the demo's register (one value per line).
demo_sql() {
  local cs=$ConnectionStrings__Register
  PGPASSWORD=$(tz_cs_get "$cs" "password pwd") psql -X -q -A -t -v ON_ERROR_STOP=1 \
    -h "$(tz_cs_get "$cs" "host server")" -p "$(tz_cs_get "$cs" port)" \
    -U "$(tz_cs_get "$cs" "username userid user")" -d "$(tz_cs_get "$cs" "database db")" -c "$1"
}

# PUT /api/boards/rod-corrections/settings {"autoSubmit": true} as the demo board (bash's /dev/tcp: no curl needed).
demo_board_auto_submit() {
  local host=$1 port=$2 body='{"autoSubmit": true}' status
  exec 3<>"/dev/tcp/$host/$port" || return 1
  printf 'PUT /api/boards/rod-corrections/settings HTTP/1.1\r\nHost: %s:%s\r\nAuthorization: Bearer demo-schoolbestuur-leerlingen\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' \
    "$host" "$port" "${#body}" "$body" >&3
  read -r _ status _ <&3 || status=
  exec 3>&-
  [[ $status == 200 ]]
}

# Prints where to look once the web host answers (it runs in the foreground), and switches automatic ROD corrections
# on for the demo board through the board API, as the board would on its page.
announce_when_ready() {
  local hostport=${url#*://}
  hostport=${hostport%%/*}
  local host=${hostport%:*} port=${hostport##*:}
  local i
  for ((i = 0; i < 180; i++)); do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
      demo_board_auto_submit "$host" "$port" ||
        echo "demo.sh: could not switch automatic ROD corrections on for the demo board" >&2
      printf '\n==> The demo is up (%ds): open %s/ in a browser; the API is under the same address.\n' \
        "$((SECONDS - started))" "${url%/}"
      printf '    Drop folder: %s (synced every 10 s; see %s/sync/ as IT-beheer)   Stop with Ctrl+C.\n' "$drop" "${url%/}"
      printf '    Fake school system %s (school %s, source demo-school-api every 30 s); fake DUO %s (source rod-poll every 20 s;\n' \
        "$sis_url" "${sis_school:-none}" "$duo_url"
      printf '    the board "A. Bakker" submits its ROD corrections automatically: %s/boards/rod-correcties.html).\n\n' "${url%/}"
      return 0
    fi
    sleep 1
  done
  printf '\n==> The web host did not answer on %s within 3 minutes (see its output above).\n' "$url"
}

# The fakes' program (built by demo_build), started directly so that stopping it stops the servers.
demo_fakes_dll() {
  if [[ -n ${TZ_ARTIFACTS:-} ]]; then
    echo "$TZ_ARTIFACTS/bin/Thuiszitters.DemoFakes/release/Thuiszitters.DemoFakes.dll"
  else
    echo "$root/tests/DemoFakes/bin/Release/net10.0/Thuiszitters.DemoFakes.dll"
  fi
}

demo_serve() {
  local hostport=${url#*://}
  hostport=${hostport%%/*}
  local web_port=${hostport##*:}
  sis_url="http://127.0.0.1:$((web_port + 1))/"
  duo_url="http://127.0.0.1:$((web_port + 2))/"
  # Secrets of this run only; the gateway and the fakes read them from the environment (never from a file or argument).
  export SisApi__ClientId=thuiszitters-demo
  SisApi__ClientSecret=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  DuoRod__AccessToken=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
  export SisApi__ClientSecret DuoRod__AccessToken

  # The demo users (appsettings.Demo.json) get a real school and board of the generated region: the school is the one
  # pulled over the API; the board holds the three schools with the most ROD discrepancies.
  local -a schools board
  mapfile -t schools < <(find "$drop" -maxdepth 1 -name 'leerlingen_*.csv' -printf '%f\n' | sed -E 's/^leerlingen_([0-9A-Z]{6})_.*/\1/' | sort | head -n 3)
  mapfile -t board < <(demo_sql "SELECT school FROM conflicts WHERE code IN ('NOT_IN_ROD','ROD_DATE_MISMATCH','STALE_IN_ROD')
    AND state = 'OPEN' AND school IS NOT NULL GROUP BY school ORDER BY count(*) DESC, school LIMIT 3")
  ((${#board[@]} > 0)) || board=("${schools[@]}")
  if [[ -n ${sis_school:-} ]]; then
    export Security__Users__2__Organisation=$sis_school
  elif ((${#schools[@]} > 0)); then
    export Security__Users__2__Organisation=${schools[0]}
  fi
  local i
  for i in "${!board[@]}"; do export "Security__Users__3__Schools__${i}=${board[$i]}"; done
  export ASPNETCORE_ENVIRONMENT=Demo
  # The sync source on the drop folder (see appsettings.Demo.json for the rest of it), the school pulled over the fake's
  # API, and DUO's fake for the ROD corrections (which adds the source rod-poll).
  export Sources__0__Folder=$drop Sources__0__ArchiveFolder=$archive Sync__AsOf=$as_of
  if [[ -n ${sis_school:-} ]]; then
    export Sources__1__Name=demo-school-api Sources__1__Kind=schoolApi Sources__1__Schedule='*/30 * * * * *' \
      Sources__1__SchoolApi__BaseUrl=$sis_url Sources__1__SchoolApi__School=$sis_school
  fi
  export DuoRod__BaseUrl=$duo_url

  dotnet "$(demo_fakes_dll)" --sis-url "$sis_url" --duo-url "$duo_url" --school "${sis_school:-00XX00}" --data "$sis_data" \
    --client-id "$SisApi__ClientId" &
  fakes_pid=$!
  announce_when_ready &
  watcher_pid=$!
  trap 'kill "$watcher_pid" "$fakes_pid" 2>/dev/null || true; wait "$fakes_pid" 2>/dev/null || true' EXIT
  gateway --urls "$url"
}

step "PostgreSQL and .NET"
demo_database
step "Building the gateway"
demo_build
step "Generating a region of $pupils pupils (seed $seed) into $drop"
demo_generate
step "Ingesting the drop folder"
demo_ingest
step "Reconciling the register"
demo_reconcile

if [[ $serve == false ]]; then
  step "Done (--no-serve): the register is in database ${ConnectionStrings__Register##*Database=}"
  exit 0
fi
step "Starting the web host on $url"
demo_serve
