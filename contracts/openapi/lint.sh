#!/usr/bin/env bash
# Lints the published OpenAPI documents with Redocly CLI (the devDependency @redocly/cli in
# src/Gateway/package.json, installed by scripts/ensure-web.sh with npm ci). Exits non-zero on any
# error or warning.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../../scripts/ensure-web.sh
source "$here/../../scripts/ensure-web.sh"
tz_web_packages
output="$("$here/../../src/Gateway/node_modules/.bin/redocly" lint --config "$here/redocly.yaml" --max-problems 100 "$here/feed.json" "$here/../sis-api/openapi.json" "$here/../duo-rod-api/openapi.json" 2>&1)" || { printf '%s\n' "$output"; exit 1; }
printf '%s\n' "$output" | grep -v -e '^ *[║╔╚]' -e '^$'
if grep -q -E 'You have [0-9]+ warning' <<<"$output"; then
  echo "lint.sh: warnings count as failures" >&2
  exit 1
fi
