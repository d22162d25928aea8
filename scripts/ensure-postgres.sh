#!/usr/bin/env bash
# Makes sure the tools and the PostgreSQL server the gateway needs are there, and
# exports ConnectionStrings__Register.
#
#   source scripts/ensure-postgres.sh       # exports into the calling shell
#   eval "$(scripts/ensure-postgres.sh)"    # prints one `export ...` line on stdout
#
# Environment:
#   ConnectionStrings__Register  use that server as it is: only wait until it answers
#   TZ_PG_CLUSTER  as root: Debian cluster "<version>/<name>" (default: the newest "main")
#   TZ_PG_DIR      as a normal user: private cluster folder
#                  (default: ${XDG_DATA_HOME:-$HOME/.local/share}/thuiszitters/pg)
#   TZ_PG_PORT     as a normal user: port of the private cluster (default: 54329)
#
# Everything it reports goes to stderr; it is safe to run any number of times and
# leaves the server running.

tz_log() { printf 'ensure-postgres: %s\n' "$*" >&2; }
tz_fail() { printf 'ensure-postgres: ERROR: %s\n' "$*" >&2; return 1; }

tz_repo_root() { (cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd); }

# Installs Debian packages: as root, or through password-less sudo.
tz_apt_install() {
  local -a elevate=()
  if [[ $EUID -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      elevate=(sudo -n)
    else
      tz_fail "the package(s) $* are missing and installing them needs root rights.
  Run this script once as root, or ask an administrator for:
  apt-get update && apt-get install -y $*"
      return 1
    fi
  fi
  tz_log "installing $* with apt-get (this takes a minute)"
  if ! "${elevate[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update >&2 \
    || ! "${elevate[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >&2; then
    tz_fail "apt-get install $* failed (see the output above)"
  fi
}

tz_require_dotnet() {
  command -v dotnet >/dev/null 2>&1 \
    || tz_fail "the .NET 10 SDK is required but 'dotnet' is not on PATH (see https://dot.net)" || return 1
  local version
  version=$(cd "$(tz_repo_root)" && dotnet --version 2>&1) \
    || tz_fail "'dotnet --version' failed in the repository (global.json asks for SDK 10.0.100 or a later feature band): $version" || return 1
  tz_log "dotnet SDK $version"
}

# Newest installed server binaries, e.g. /usr/lib/postgresql/15/bin (empty when none).
tz_pg_bindir() {
  local -a found=(/usr/lib/postgresql/*/bin/postgres)
  [[ -x ${found[0]} ]] || return 0
  printf '%s\n' "${found[@]}" | sort -V | tail -n 1 | sed 's|/postgres$||'
}

tz_require_client() {
  if ! command -v psql >/dev/null 2>&1 || ! command -v pg_isready >/dev/null 2>&1; then
    tz_apt_install postgresql-client || return 1
  fi
}

tz_require_server() {
  if [[ -z $(tz_pg_bindir) ]]; then
    tz_apt_install postgresql || return 1
    [[ -n $(tz_pg_bindir) ]] || tz_fail "postgresql installed, but no /usr/lib/postgresql/*/bin/postgres found" || return 1
  fi
}

# Value of one key of an Npgsql connection string (keys are case-insensitive and
# may contain spaces, e.g. "User ID").
tz_cs_get() {
  local cs=$1 wanted=$2 part key
  local -a parts
  IFS=';' read -r -a parts <<<"$cs"
  for part in "${parts[@]}"; do
    [[ $part == *=* ]] || continue
    key=${part%%=*}
    key=${key// /}
    key=${key,,}
    if [[ " $wanted " == *" $key "* ]]; then
      printf '%s' "${part#*=}"
      return 0
    fi
  done
  return 0
}

# Waits up to ~30 s for the server named by ConnectionStrings__Register, then logs in once.
tz_wait_for_connection_string() {
  local cs=$1 host port user password database
  host=$(tz_cs_get "$cs" "host server")
  port=$(tz_cs_get "$cs" "port")
  user=$(tz_cs_get "$cs" "username userid user")
  password=$(tz_cs_get "$cs" "password pwd")
  database=$(tz_cs_get "$cs" "database db")
  host=${host:-localhost}
  port=${port:-5432}
  [[ -n $user ]] || tz_fail "ConnectionStrings__Register has no Username" || return 1
  database=${database:-$user}

  local deadline=$((SECONDS + 30))
  until pg_isready -q -h "$host" -p "$port" -t 2; do
    ((SECONDS < deadline)) \
      || tz_fail "no PostgreSQL server answers at $host:$port after 30 s (from ConnectionStrings__Register)" || return 1
    sleep 1
  done

  local out
  out=$(PGPASSWORD=$password PGCONNECT_TIMEOUT=10 psql -X -A -t -q -h "$host" -p "$port" \
    -U "$user" -d "$database" -c 'select 1' 2>&1) \
    || tz_fail "PostgreSQL at $host:$port answers, but user '$user' cannot log in to database '$database': $out" || return 1
  tz_log "PostgreSQL ready at $host:$port, database '$database'"
}

# SQL run as the server's superuser: role and database, idempotently.
tz_bootstrap_sql() {
  cat <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'thuiszitters') THEN
    CREATE ROLE thuiszitters LOGIN PASSWORD 'thuiszitters' CREATEDB;
  ELSE
    ALTER ROLE thuiszitters LOGIN PASSWORD 'thuiszitters' CREATEDB;
  END IF;
END
$$;
SELECT 'CREATE DATABASE thuiszitters OWNER thuiszitters ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_database WHERE datname = 'thuiszitters')
\gexec
SQL
}

# Server settings for a gateway that bulk-loads millions of rows next to its own process (the figures in the README
# were measured with them): shared buffers of an eighth of the memory (128 MB to 1 GB), room for WAL between
# checkpoints, compressed full-page images, and memory for index builds. TZ_PG_TUNE=0 leaves the server as it is.
tz_tune_sql() {
  local mem_kb buffers_mb
  mem_kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo 2>/dev/null || echo 0)
  # A quarter of the memory (PostgreSQL's own advice), up to 8 GB: a national register (about 4 GB with its indexes)
  # stays in the buffers, and an incremental run's lookups neither read the pages back nor evict dirty ones itself.
  buffers_mb=$((mem_kb / 4 / 1024))
  ((buffers_mb > 8192)) && buffers_mb=8192
  ((buffers_mb < 128)) && buffers_mb=128
  cat <<SQL
ALTER SYSTEM SET shared_buffers = '${buffers_mb}MB';
ALTER SYSTEM SET max_wal_size = '4GB';
ALTER SYSTEM SET checkpoint_timeout = '15min';
ALTER SYSTEM SET maintenance_work_mem = '256MB';
ALTER SYSTEM SET wal_compression = 'on';
ALTER SYSTEM SET wal_compression = 'lz4';
SELECT pg_reload_conf();
SQL
}

# Applies tz_tune_sql through a psql command line (a string for eval, reading SQL from standard input); prints
# "restart" when a setting waits for one.
tz_tune() {
  [[ ${TZ_PG_TUNE:-1} != 0 ]] || return 0
  local psql_cmd=$1 pending
  # wal_compression = lz4 fails on a server built without lz4; the line before it is the fallback.
  tz_tune_sql | eval "$psql_cmd" >/dev/null 2>&1 || true
  pending=$(echo "SELECT count(*) FROM pg_settings WHERE pending_restart;" | eval "$psql_cmd" 2>/dev/null || echo 0)
  [[ ${pending:-0} -gt 0 ]] && printf 'restart'
  return 0
}

# As root: the Debian cluster (pg_lsclusters / pg_createcluster / pg_ctlcluster).
# Prints the port.
tz_debian_cluster() {
  local version name port status line
  if [[ -n ${TZ_PG_CLUSTER:-} ]]; then
    version=${TZ_PG_CLUSTER%%/*}
    name=${TZ_PG_CLUSTER#*/}
  else
    line=$(pg_lsclusters --no-header 2>/dev/null | awk '$2 == "main"' | sort -V -k1,1 | tail -n 1)
    [[ -n $line ]] || line=$(pg_lsclusters --no-header 2>/dev/null | head -n 1)
    if [[ -n $line ]]; then
      read -r version name _ <<<"$line"
    else
      version=$(basename "$(dirname "$(tz_pg_bindir)")")
      name=main
    fi
  fi

  line=$(pg_lsclusters --no-header 2>/dev/null | awk -v v="$version" -v n="$name" '$1 == v && $2 == n')
  if [[ -z $line ]]; then
    tz_log "creating PostgreSQL cluster $version/$name"
    pg_createcluster --encoding UTF8 --locale C.UTF-8 "$version" "$name" >&2 \
      || tz_fail "pg_createcluster $version $name failed" || return 1
    line=$(pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1 == v && $2 == n')
  fi
  read -r _ _ port status _ <<<"$line"

  if [[ $status != online* ]]; then
    tz_log "starting PostgreSQL cluster $version/$name on port $port"
    pg_ctlcluster "$version" "$name" start >&2 \
      || tz_fail "pg_ctlcluster $version $name start failed; see /var/log/postgresql/postgresql-$version-$name.log" || return 1
  fi

  local deadline=$((SECONDS + 30))
  until pg_isready -q -p "$port" -t 2; do
    ((SECONDS < deadline)) \
      || tz_fail "cluster $version/$name did not accept connections within 30 s" || return 1
    sleep 1
  done

  local out
  out=$(tz_bootstrap_sql | su -s /bin/sh postgres -c "cd / && psql -X -q -v ON_ERROR_STOP=1 -p $port -d postgres" 2>&1) \
    || tz_fail "creating role/database thuiszitters in cluster $version/$name failed: $out" || return 1
  if [[ $(tz_tune "su -s /bin/sh postgres -c 'cd / && psql -X -A -t -q -p $port -d postgres'") == restart ]]; then
    tz_log "restarting PostgreSQL cluster $version/$name for its new settings"
    pg_ctlcluster "$version" "$name" restart >&2 || tz_fail "pg_ctlcluster $version $name restart failed" || return 1
    until pg_isready -q -p "$port" -t 2; do sleep 1; done
  fi
  printf '%s' "$port"
}

# As a normal user: a private cluster under the user's data folder. Prints the port.
tz_private_cluster() {
  local dir=${TZ_PG_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/thuiszitters/pg}
  local port=${TZ_PG_PORT:-54329}
  local data=$dir/data bindir

  # A Unix socket path may not exceed 107 bytes.
  if (( ${#dir} + 16 > 107 )); then
    tz_fail "the folder $dir is too long for a PostgreSQL socket; set TZ_PG_DIR to a shorter path" || return 1
  fi

  if [[ -s $data/PG_VERSION ]]; then
    bindir=/usr/lib/postgresql/$(<"$data/PG_VERSION")/bin
    [[ -x $bindir/postgres ]] \
      || tz_fail "$data was made by PostgreSQL $(<"$data/PG_VERSION"), whose binaries are gone; remove $dir to start afresh" || return 1
  else
    bindir=$(tz_pg_bindir)
    tz_log "creating a private PostgreSQL cluster in $data"
    if ! mkdir -p "$dir" || ! chmod 700 "$dir"; then
      tz_fail "cannot create $dir"
      return 1
    fi
    rm -rf "$data"
    "$bindir/initdb" -D "$data" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
      || { tail -n 20 "$dir/initdb.log" >&2; rm -rf "$data"; tz_fail "initdb failed (log: $dir/initdb.log)"; return 1; }
    {
      printf '\n# thuiszitters: private development server, reachable from this machine only\n'
      printf "listen_addresses = '127.0.0.1'\n"
      printf "unix_socket_directories = '%s'\n" "${dir//\'/\'\'}"
    } >>"$data/postgresql.conf"
  fi

  if ! "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    tz_log "starting the private PostgreSQL server on 127.0.0.1:$port"
    "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 -o "-p $port" start >/dev/null 2>&1 \
      || { tail -n 20 "$dir/server.log" >&2; tz_fail "the private PostgreSQL server did not start (log: $dir/server.log; is port $port taken? set TZ_PG_PORT)"; return 1; }
  else
    # Already running, perhaps on another port: line 4 of postmaster.pid holds it.
    port=$(sed -n 4p "$data/postmaster.pid")
  fi

  local deadline=$((SECONDS + 30))
  until "$bindir/pg_isready" -q -h "$dir" -p "$port" -t 2; do
    ((SECONDS < deadline)) \
      || tz_fail "the private PostgreSQL server did not accept connections within 30 s (log: $dir/server.log)" || return 1
    sleep 1
  done

  local out
  out=$(tz_bootstrap_sql | "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres 2>&1) \
    || tz_fail "creating role/database thuiszitters in $data failed: $out" || return 1
  if [[ $(tz_tune "$(printf '%q ' "$bindir/psql" -X -A -t -q -h "$dir" -p "$port" -U postgres -d postgres)") == restart ]]; then
    tz_log "restarting the private PostgreSQL server for its new settings"
    "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 -o "-p $port" restart >/dev/null 2>&1 \
      || { tail -n 20 "$dir/server.log" >&2; tz_fail "the private PostgreSQL server did not restart (log: $dir/server.log)"; return 1; }
  fi
  printf '%s' "$port"
}

tz_ensure_postgres() {
  tz_require_dotnet || return 1

  if [[ -n ${ConnectionStrings__Register:-} ]]; then
    tz_require_client || return 1
    tz_wait_for_connection_string "$ConnectionStrings__Register" || return 1
    export ConnectionStrings__Register
    return 0
  fi

  tz_require_server || return 1
  tz_require_client || return 1

  local port
  if [[ $EUID -eq 0 ]]; then
    if ! command -v pg_lsclusters >/dev/null 2>&1; then
      tz_apt_install postgresql-common || return 1
    fi
    port=$(tz_debian_cluster) || return 1
  else
    port=$(tz_private_cluster) || return 1
  fi

  # TLS on the loopback protects nothing and costs both ends CPU per message and per byte.
  export ConnectionStrings__Register="Host=127.0.0.1;Port=$port;Username=thuiszitters;Password=thuiszitters;Database=thuiszitters;SSL Mode=Disable"
  tz_wait_for_connection_string "$ConnectionStrings__Register" || return 1
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  tz_ensure_postgres
  printf 'export ConnectionStrings__Register=%q\n' "$ConnectionStrings__Register"
else
  tz_ensure_postgres
fi
