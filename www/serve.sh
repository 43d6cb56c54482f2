#!/usr/bin/env bash
# The main job: builds the npm package and the server, then serves the portal
# and kiosk pages (www/) and the package (pkg/) on http://127.0.0.1:8080.
# Environment: see README.md (EID_FORM_DB, EID_FORM_TODAY, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
bash crates/eid-form-wasm/build.sh
cargo build --release -p eid-form-server
addr="${EID_FORM_ADDR:-127.0.0.1:8080}"
echo "portal: http://$addr/   kiosk: http://$addr/kiosk.html"
exec ./target/release/eid-form-server --addr "$addr"
