#!/usr/bin/env bash
# The whole test suite: lints, native tests (golden vectors, rules, oracles,
# CLI), and the wasm32 build. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/setup.sh

echo "== format"
cargo fmt --check
echo "== clippy (native, with the CLI)"
cargo clippy --all-targets --features cli -- -D warnings
echo "== clippy (wasm32)"
cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
echo "== tests (native)"
cargo test --features cli
echo "== wasm32 build"
cargo build --lib --release --target wasm32-unknown-unknown
