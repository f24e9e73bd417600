#!/usr/bin/env bash
# Installs code-server (VS Code in a browser; the real editor the end-to-end suite drives) from
# the npm registry into a cache directory, offline apart from the registry: @vscode/ripgrep's
# postinstall would download rg from GitHub, so its download cache is seeded with Debian's rg.
# Prints the install directory. Safe to run again: an installed copy of the pinned version is
# reused. Needs Node 20 (code-server's requirement), g++/make/python3 and the apt packages that
# scripts/test-vscode.sh installs (native modules: kerberos, node-pty, spdlog …).
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# What code-server 4.100.3's lib/vscode/npm-shrinkwrap.json pins, and the rg release that
# @vscode/ripgrep 1.15.11 downloads (its lib/postinstall.js `VERSION`).
RIPGREP_PACKAGE_VERSION=1.15.11
RIPGREP_RELEASE=v13.0.0-10

cache=${SELFHEAL_E2E_CACHE:-$HOME/.cache/selfheal-e2e}
prefix="$cache/code-server-$CODE_SERVER_VERSION"
entry="$prefix/node_modules/code-server/out/node/entry.js"

if [ -f "$prefix/.installed" ] && [ -f "$entry" ]; then
  echo "$prefix"
  exit 0
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" != 20 ]; then
  echo "code-server $CODE_SERVER_VERSION needs Node 20; this is Node $node_major" >&2
  exit 1
fi
rg_path=$(command -v rg) || { echo "ripgrep (rg) is missing: apt-get install ripgrep" >&2; exit 1; }

# The file @vscode/ripgrep's postinstall looks for before it downloads.
target=x86_64-unknown-linux-musl
case "$(uname -m)" in
  aarch64) target=aarch64-unknown-linux-musl ;;
esac
ripgrep_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
archive="$ripgrep_cache/ripgrep-$RIPGREP_RELEASE-$target.tar.gz"
if [ ! -f "$archive" ]; then
  staging=$(mktemp -d)
  cp "$rg_path" "$staging/rg"
  mkdir -p "$ripgrep_cache"
  tar -czf "$archive" -C "$staging" rg
  rm -rf "$staging"
fi

rm -rf "$prefix"
mkdir -p "$prefix"
echo '{"name": "selfheal-e2e-code-server", "private": true}' >"$prefix/package.json"
# code-server's postinstall refuses to run as root without unsafe-perm, and runs `npm install`
# in lib/vscode and lib/vscode/extensions, building native modules against the local Node.
(
  cd "$prefix"
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
)
[ -f "$entry" ] || { echo "code-server did not install: $entry is missing" >&2; exit 1; }
touch "$prefix/.installed"
echo "$prefix"
