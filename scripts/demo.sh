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
}

demo_generate() {
  rm -rf "$drop" "$archive"
  mkdir -p "$drop"
  generator --out "$drop" --pupils "$pupils" --seed "$seed" --as-of "$as_of"
  echo "$(find "$drop" -type f | wc -l) files in $drop"
}

demo_ingest() {
  gateway ingest --input "$drop"
}

demo_reconcile() {
  gateway reconcile-register --as-of "$as_of"
}

# Prints where to look once the web host answers (it runs in the foreground).
announce_when_ready() {
  local hostport=${url#*://}
  hostport=${hostport%%/*}
  local host=${hostport%:*} port=${hostport##*:}
  local i
  for ((i = 0; i < 180; i++)); do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
      printf '\n==> The demo is up (%ds): open %s/ in a browser; the API is under the same address.\n' \
        "$((SECONDS - started))" "${url%/}"
      printf '    Drop folder: %s (synced every 10 s; see %s/sync/ as IT-beheer)   Stop with Ctrl+C.\n\n' "$drop" "${url%/}"
      return 0
    fi
    sleep 1
  done
  printf '\n==> The web host did not answer on %s within 3 minutes (see its output above).\n' "$url"
}

demo_serve() {
  # The demo users (appsettings.Demo.json) get a real school and board of the generated region.
  local -a schools
  mapfile -t schools < <(find "$drop" -maxdepth 1 -name 'leerlingen_*.csv' -printf '%f\n' | sed -E 's/^leerlingen_([0-9A-Z]{6})_.*/\1/' | sort | head -n 3)
  if ((${#schools[@]} > 0)); then
    export Security__Users__2__Organisation=${schools[0]}
    local i
    for i in "${!schools[@]}"; do export "Security__Users__3__Schools__${i}=${schools[$i]}"; done
  fi
  export ASPNETCORE_ENVIRONMENT=Demo
  # The sync source on the drop folder (see appsettings.Demo.json for the rest of it).
  export Sources__0__Folder=$drop Sources__0__ArchiveFolder=$archive Sync__AsOf=$as_of
  announce_when_ready &
  watcher_pid=$!
  trap 'kill "$watcher_pid" 2>/dev/null || true' EXIT
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
