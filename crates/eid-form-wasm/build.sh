#!/usr/bin/env bash
# Builds the npm package into pkg/ (a build output, not committed): this crate
# compiled to wasm32 (profile wasm-release, Cargo.toml) and passed through wasm-bindgen (--target web, with the
# reset-state function the glue uses to restart the module after a panic), plus
# the thin entry points, types, README and CHANGELOG from js/, plus each
# locale's text as a module of its own under locales/ (the core's build.rs writes
# the text; locale-modules.mjs wraps it).
#   crates/eid-form-wasm/build.sh                 the package, into pkg/
#   crates/eid-form-wasm/build.sh --panic-test    a test build with a deliberate panic, into target/pkg-panic-test/
#   crates/eid-form-wasm/build.sh --out DIR --target-dir DIR [--config KEY=VALUE]...
#                                                 a build with cargo settings of its own (tests/benches/opt-levels.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tests/setup.sh
out=pkg
features=()
target_dir=target
config=()
while [ $# -gt 0 ]; do
  case "$1" in
    --panic-test) out=target/pkg-panic-test; features=(--features panic-test); target_dir=target/panic-test ;;
    --out) out=$2; shift ;;
    --target-dir) target_dir=$2; shift ;;
    --config) config+=(--config "$2"); shift ;;
    *) echo "build.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
# The core's build script reports where it wrote each locale's text (its OUT_DIR);
# cargo names the package `...#eid-form@0.3.0`, or `.../eid-form#0.3.0` when
# its folder has its name.
messages=$(cargo build -p eid-form-wasm --lib --profile wasm-release --target wasm32-unknown-unknown \
  --target-dir "$target_dir" "${features[@]}" "${config[@]}" --message-format=json-render-diagnostics)
core_out=$(printf '%s\n' "$messages" | grep '"reason":"build-script-executed"' \
  | grep -E '"package_id":"path\+file://[^"]*(#eid-form@|/eid-form#)' \
  | sed -n 's/.*"out_dir":"\([^"]*\)".*/\1/p' | tail -n 1)
[ -d "$core_out/locales" ] || { echo "build.sh: the core's build script wrote no locales/" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"
# --remove-name-section: function names (108 KB raw, 25 KB brotli) only a debugger reads.
wasm-bindgen --target web --no-typescript --experimental-reset-state-function \
  --remove-name-section --remove-producers-section \
  --out-dir "$out" --out-name eid_form "$target_dir/wasm32-unknown-unknown/wasm-release/eid_form_wasm.wasm"
js=crates/eid-form-wasm/js
cp "$js/api.js" "$js/node.js" "$js/browser.js" "$js/package.json" "$js/index.d.ts" \
  "$js/README.md" "$js/CHANGELOG.md" "$out/"
node crates/eid-form-wasm/locale-modules.mjs "$core_out/locales" "$out/locales"
echo "built $out/: $(wc -c < "$out/eid_form_bg.wasm") bytes of wasm"
