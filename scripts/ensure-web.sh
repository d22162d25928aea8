#!/usr/bin/env bash
# Makes sure the web pages' front-end packages and, for the browser tests, Debian's
# Chromium are installed. Safe to run any number of times.
#
#   source scripts/ensure-web.sh; tz_web_packages          # npm ci in src/Gateway when needed
#   source scripts/ensure-web.sh; tz_web_packages; tz_browser   # and /usr/bin/chromium
#
# The pages use the NL Design System CSS and chart.js from npm (src/Gateway/package.json,
# locked by package-lock.json); the gateway serves them under /lib from
# src/Gateway/node_modules. Nothing of them is copied into the repository.
#
# Environment:
#   TZ_CHROMIUM   the Chromium the browser tests drive (default /usr/bin/chromium)

# shellcheck source=ensure-postgres.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/ensure-postgres.sh"

tz_web_log() { printf 'ensure-web: %s\n' "$*" >&2; }

# npm ci in src/Gateway unless node_modules already matches package-lock.json.
tz_web_packages() {
  local web
  web="$(tz_repo_root)/src/Gateway"
  if ! command -v npm >/dev/null 2>&1; then
    tz_apt_install nodejs npm || return 1
  fi
  if [[ -f $web/node_modules/.package-lock.json && $web/node_modules/.package-lock.json -nt $web/package-lock.json ]]; then
    return 0
  fi
  tz_web_log "installing the pages' npm packages (npm ci in src/Gateway)"
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error >&2) || {
    tz_web_log "ERROR: npm ci in src/Gateway failed (see above)"
    return 1
  }
}

# Debian's Chromium for the Playwright browser tests.
tz_browser() {
  local chromium=${TZ_CHROMIUM:-/usr/bin/chromium}
  [[ -x $chromium ]] && return 0
  tz_apt_install chromium || return 1
  [[ -x $chromium ]] || { tz_web_log "ERROR: $chromium is missing after installing chromium"; return 1; }
}
