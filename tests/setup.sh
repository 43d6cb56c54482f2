#!/usr/bin/env bash
# Installs what the project needs on a fresh machine; safe to run again.
#   tests/setup.sh          Rust components, the wasm32 target, wasm-bindgen-cli
#   tests/setup.sh --node   also the npm packages of the JavaScript tests (tests/js) and of
#                           the bundlers' apps (tests/bundlers: Vite, webpack, esbuild, Rollup)
#   tests/setup.sh --browser  also Debian's Chromium for the browser tests, and its Noto
#                             fonts (CJK, Thai, Arabic, ...) so screenshots show real glyphs
#   tests/setup.sh --postgres also Debian's PostgreSQL, started for the tests on its own
#                             port and data directory (tests/postgres.sh); prints its URL
#   tests/setup.sh --load     also the HTTP load generator (Debian's wrk) for tests/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

rustup component add rustfmt clippy >/dev/null 2>&1 || true
rustup target list --installed | grep -qx wasm32-unknown-unknown \
  || rustup target add wasm32-unknown-unknown

# wasm-bindgen-cli at exactly the version of the wasm-bindgen crate pinned in Cargo.toml.
wanted=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' crates/eid-form-wasm/Cargo.toml)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wanted" ]; then
  echo "installing wasm-bindgen-cli $wanted (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$wanted"
fi

for want in "$@"; do
  case "$want" in
    --node)
      (cd tests/js && npm install --no-audit --no-fund --loglevel=error)
      (cd tests/bundlers && npm install --no-audit --no-fund --loglevel=error)
      ;;
    --postgres)
      bash tests/postgres.sh start
      ;;
    --load)
      if ! command -v wrk >/dev/null 2>&1; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
      fi
      ;;
    --browser)
      missing=()
      command -v chromium >/dev/null 2>&1 || missing+=(chromium)
      for fonts in fonts-noto-cjk fonts-noto; do
        dpkg-query -W -f='${Status}' "$fonts" 2>/dev/null | grep -q 'install ok installed' || missing+=("$fonts")
      done
      if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
      fi
      ;;
  esac
done
