#!/usr/bin/env bash
# Installs every test prerequisite from the package registries, then runs every test suite.
# This is the README's test command and what CI runs (.ci/run). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "prerequisites"
# The Rust toolchain's own checkers.
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy

step "format"
cargo fmt --all -- --check

step "lint"
cargo clippy --locked --all-targets -- -D warnings

step "tests"
cargo test --locked
