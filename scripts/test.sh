#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Runs the whole test suite against a real PostgreSQL and ends with one line
# "N passed, N failed, N skipped", summed over all test projects from their TRX files.
# Exits non-zero on any failure, including a build error or a test project that
# produced no results.
#
#   ./scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Rod]
#
# Environment:
#   ConnectionStrings__Register  use this server (see scripts/ensure-postgres.sh)
#   TZ_ARTIFACTS                 build into this folder instead of the in-tree bin/obj
#   TZ_TEST_RESULTS              where the TRX files go (default: TestResults/<time>-<pid>)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
solution=Thuiszitters.sln
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# Plain, line-by-line output also in a terminal, so the per-project summaries stay visible.
export MSBUILDTERMINALLOGGER=off

# shellcheck source=ensure-postgres.sh
source "$root/scripts/ensure-postgres.sh"
# The pages' npm packages (NL Design System CSS, charts, axe-core) and Debian's Chromium for the browser tests.
# shellcheck source=ensure-web.sh
source "$root/scripts/ensure-web.sh"
tz_web_packages
tz_browser

results=${TZ_TEST_RESULTS:-$root/TestResults/$(date +%Y%m%d-%H%M%S)-$$}
mkdir -p "$results"

artifacts=()
[[ -n ${TZ_ARTIFACTS:-} ]] && artifacts=(--artifacts-path "$TZ_ARTIFACTS")

# Lower-case assembly names of the test projects in the solution.
expected_test_assemblies() {
  local project name
  dotnet sln "$solution" list | grep -E '\.csproj$' | while read -r project; do
    project=${project//\\//}
    [[ -f $project ]] || continue
    grep -qiE '<IsTestProject>[[:space:]]*true|"Microsoft\.NET\.Test\.Sdk"' "$project" || continue
    name=$(sed -n 's|.*<AssemblyName>\(.*\)</AssemblyName>.*|\1|p' "$project" | head -n 1)
    [[ -n $name ]] || name=$(basename "$project" .csproj)
    printf '%s\n' "${name,,}"
  done
}

# Lower-case assembly name a TRX file reports on (empty when it lists no test).
trx_assembly() {
  local storage
  storage=$(grep -o -m 1 'storage="[^"]*"' "$1" | head -n 1 || true)
  storage=${storage#storage=\"}
  storage=${storage%\"}
  [[ -n $storage ]] || return 0
  storage=$(basename "$storage")
  storage=${storage%.dll}
  printf '%s\n' "${storage,,}"
}

# Sums the <Counters> of all TRX files: prints "passed failed skipped".
sum_trx_counters() {
  awk '
    function attr(line, name,   re) {
      re = " " name "=\"[0-9]+\""
      if (match(line, re)) return substr(line, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0
      return 0
    }
    /<Counters / {
      passed += attr($0, "passed")
      failed += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
      skipped += attr($0, "total") - attr($0, "executed")
    }
    END { printf "%d %d %d\n", passed, failed, skipped }
  ' "$@"
}

set +e
dotnet test "$solution" -c Release --logger trx --results-directory "$results" "${artifacts[@]}" "$@"
status=$?
set -e

shopt -s nullglob
trx_files=("$results"/*.trx)
shopt -u nullglob

passed=0 failed=0 skipped=0
if ((${#trx_files[@]} > 0)); then
  read -r passed failed skipped < <(sum_trx_counters "${trx_files[@]}")
fi

echo
echo "Test results: $results"

# Every test project must have reported; a build error or a crashed test host
# shows up here as a project without results.
missing=0
if (($# == 0)); then
  reported=$(for f in "${trx_files[@]}"; do trx_assembly "$f"; done | sort -u)
  while read -r assembly; do
    [[ -n $assembly ]] || continue
    if ! grep -qxF "$assembly" <<<"$reported"; then
      echo "No test results from $assembly (build error or aborted test run, see above)"
      missing=$((missing + 1))
    fi
  done < <(expected_test_assemblies)
fi
failed=$((failed + missing))

if ((status != 0 && failed == 0)); then
  echo "dotnet test exited with $status without a failing test (see above); counted as 1 failure"
  failed=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
((status == 0 && failed == 0))
