#!/usr/bin/env bash
# Builds the npm package into pkg/ (a build output, not committed): the wasm32
# library through wasm-bindgen (--target web), plus the thin entry points, types,
# README and CHANGELOG from src/js/.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tests/setup.sh
cargo build --lib --release --target wasm32-unknown-unknown
rm -rf pkg
mkdir -p pkg
wasm-bindgen --target web --no-typescript --out-dir pkg --out-name eid_form \
  target/wasm32-unknown-unknown/release/eid_form.wasm
cp src/js/api.js src/js/node.js src/js/browser.js src/js/package.json src/js/index.d.ts \
  src/js/README.md src/js/CHANGELOG.md pkg/
echo "built pkg/: $(wc -c < pkg/eid_form_bg.wasm) bytes of wasm"
