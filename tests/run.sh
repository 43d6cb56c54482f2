#!/usr/bin/env bash
# The whole test suite: lints (native and wasm32), native tests (golden vectors,
# rules, oracles, CLI), the npm package built and tested in Node (vectors,
# byte-identical parity with the native checker, API, size budget) and in
# headless Chromium (every vector, a strict CSP, the pages; an app built by each
# of Vite, webpack, esbuild and Rollup, a plain module page, Node by name),
# parity at scale (PARITY_COUNT generated applications, 5,000 by default),
# property tests and panic recovery. The server's tests run against SQLite and
# against a private PostgreSQL that tests/setup.sh --postgres starts (its own
# port and data directory, as the `postgres` user when run as root).
# Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/setup.sh

echo "== format"
cargo fmt --check
echo "== clippy (native, with the CLI and the server)"
cargo clippy --workspace --all-targets -- -D warnings
echo "== clippy (wasm32)"
cargo clippy -p eid-form --lib --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p eid-form-wasm --lib --tests --target wasm32-unknown-unknown -- -D warnings
echo "== tests (native; the server's against SQLite and PostgreSQL)"
EID_FORM_TEST_PG="$(bash tests/setup.sh --postgres | tail -n 1)"
export EID_FORM_TEST_PG
cargo test --workspace
echo "== the core without all-locales (en and vi built in, the others added at run time)"
cargo test -p eid-form --no-default-features --test locales_at_run_time
echo "== the golden vectors in WebAssembly (wasm-bindgen-test in Node)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test -p eid-form-wasm --target wasm32-unknown-unknown --test vectors
echo "== the npm package"
bash crates/eid-form-wasm/build.sh
bash crates/eid-form-wasm/build.sh --panic-test
cargo build --release -p eid-form-cli -p eid-form-server
bash tests/setup.sh --node --browser
echo "== tests (the package in Node and in Chromium)"
node --test tests/js/
