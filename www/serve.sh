#!/usr/bin/env bash
# The main job: builds the npm package and the server, then serves the portal
# and kiosk pages (www/) and the package (pkg/) on http://127.0.0.1:8080, with
# the embedded SQLite store (no database server needed). On first start it
# makes a demo officer (role admin) and prints the sign-in.
# Environment: see README.md (EID_FORM_DB, EID_FORM_TODAY, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
bash crates/eid-form-wasm/build.sh
cargo build --release -p eid-form-server
server=./target/release/eid-form-server
if [ -z "$("$server" officer list)" ]; then
  made="$("$server" officer add demo --role admin)"
  echo "officers' sign-in (POST /api/session): name demo, $(echo "$made" | grep '^password: ')"
fi
addr="${EID_FORM_ADDR:-127.0.0.1:8080}"
echo "portal: http://$addr/   kiosk: http://$addr/kiosk.html"
exec "$server" --addr "$addr"
