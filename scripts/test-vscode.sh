#!/usr/bin/env bash
# The VS Code integration's checks: installs what they need from the registries (Debian's
# chromium and the headers code-server's native modules build against; the extension's npm
# packages from its lockfile; code-server 4.100.3 from npm, cached), then runs lint + typecheck,
# the unit tests, packages the .vsix, and runs the end-to-end suite in code-server driven by
# headless Chromium with the real selfheal binary. Screenshots and logs: target/e2e-artifacts/.
#
#   scripts/test-vscode.sh            everything
#   scripts/test-vscode.sh --no-e2e   lint, typecheck, unit tests, package only
set -euo pipefail
cd "$(dirname "$0")/.."

e2e=1
[ "${1:-}" = "--no-e2e" ] && e2e=0

step() { printf '\n== vscode: %s (at %ss)\n' "$*" "$SECONDS"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

step "prerequisites"
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo none)
if [ "$node_major" != 20 ]; then
  # code-server 4.100.3 (the e2e suite's editor) runs on Node 20 only.
  echo "Node 20 is needed (found: $node_major)" >&2
  exit 1
fi
apt_packages=()
if [ "$e2e" = 1 ]; then
  for package in chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep python3 make g++; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || apt_packages+=("$package")
  done
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi
# npm ci wipes node_modules each time; skip it while node_modules was installed from this very
# lockfile.
lock_sum=$(sha256sum editors/vscode/package-lock.json | cut -d' ' -f1)
if [ "$(cat editors/vscode/node_modules/.selfheal-lock-sha256 2>/dev/null)" != "$lock_sum" ]; then
  (cd editors/vscode && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" >editors/vscode/node_modules/.selfheal-lock-sha256
fi

step "lint + typecheck"
(cd editors/vscode && npm run --silent lint)

step "unit tests"
(cd editors/vscode && npm test --silent)

step "package"
(cd editors/vscode && npm run --silent package)

if [ "$e2e" = 1 ]; then
  step "code-server $(sed -n 's/^CODE_SERVER_VERSION=//p' editors/vscode/test/e2e/install-code-server.sh) (npm, cached)"
  bash editors/vscode/test/e2e/install-code-server.sh >/dev/null
  step "end-to-end in code-server + Chromium"
  if [ -z "${SELFHEAL_BIN:-}" ]; then
    cargo build --locked
    export SELFHEAL_BIN=$PWD/target/debug/selfheal
  fi
  (cd editors/vscode && timeout 900 npm run --silent e2e)
fi
printf '\n== vscode: done in %ss\n' "$SECONDS"
