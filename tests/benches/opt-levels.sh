#!/usr/bin/env bash
# Issue 13, item 5: opt-level per crate, measured (README "Size and speed").
#   bash tests/benches/opt-levels.sh wasm     builds the package once per variant below into
#                                             target/opt-levels/<variant>/pkg, then runs
#                                             tests/js/bench/warm-node.mjs on each, five rounds
#                                             interleaved; prints one JSON line per run
#   bash tests/benches/opt-levels.sh native   the batch checker once per variant: instructions
#                                             (callgrind) for 5,000 generated applications and
#                                             wall time of five runs on 50,809
# A variant is a list of `profile.<p>.package.<crate>.opt-level` settings over the
# profile the build uses (wasm-release for the package, release for the CLI),
# given with cargo's --config, so Cargo.toml is untouched while measuring.
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-wasm}
dir=target/opt-levels
mkdir -p "$dir"

set_all() { echo "profile.$1.opt-level=$2"; }
set_pkg() { echo "profile.$1.package.$2.opt-level=$3"; }

variants() { # name, then settings; $1 = profile
  local p=$1
  echo "all-s|$(set_all "$p" '"s"')"
  echo "all-z|$(set_all "$p" '"z"')"
  echo "all-2|$(set_all "$p" 2)"
  echo "all-3|$(set_all "$p" 3)"
  echo "core-3|$(set_all "$p" '"s"') $(set_pkg "$p" eid-form 3)"
  echo "core-2|$(set_all "$p" '"s"') $(set_pkg "$p" eid-form 2)"
  echo "core-binding-3|$(set_all "$p" '"s"') $(set_pkg "$p" eid-form 3) $(set_pkg "$p" eid-form-wasm 3)"
  echo "core-binding-2|$(set_all "$p" '"s"') $(set_pkg "$p" eid-form 2) $(set_pkg "$p" eid-form-wasm 2)"
  echo "core-binding-deps-3|$(set_all "$p" '"s"') $(set_pkg "$p" eid-form 3) $(set_pkg "$p" eid-form-wasm 3) $(set_pkg "$p" fluent-bundle 3) $(set_pkg "$p" fluent-syntax 3) $(set_pkg "$p" serde_json 3)"
}

native_variants() { # the batch checker: the core and the CLI crate (whose level the LTO pass takes)
  local p=release
  echo "all-s|$(set_all "$p" '"s"')"
  echo "all-2|$(set_all "$p" 2)"
  echo "all-3|$(set_all "$p" 3)"
  echo "core-3|$(set_all "$p" '"s"') $(set_pkg "$p" eid-form 3)"
  echo "core-cli-2|$(set_all "$p" '"s"') $(set_pkg "$p" eid-form 2) $(set_pkg "$p" eid-form-cli 2)"
  echo "core-cli-3|$(set_all "$p" '"s"') $(set_pkg "$p" eid-form 3) $(set_pkg "$p" eid-form-cli 3)"
}

case "$what" in
  wasm)
    profile=${PROFILE:-release}
    names=()
    while IFS='|' read -r name settings; do
      [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]] && continue
      args=()
      for s in $settings; do args+=(--config "$s"); done
      echo "== build $name: $settings" >&2
      bash crates/eid-form-wasm/build.sh --out "$dir/$name/pkg" --target-dir "$dir/target-wasm" "${args[@]}" >&2
      names+=("$name")
    done < <(variants "$profile")
    for round in 1 2 3 4 5; do
      for name in "${names[@]}"; do
        echo "{\"variant\":\"$name\",\"round\":$round,\"figures\":$(node tests/js/bench/warm-node.mjs "$dir/$name/pkg")}"
      done
    done
    ;;
  native)
    count=50809
    [ -f "$dir/apps-$count.jsonl" ] || cargo run --quiet --release -p eid-form-cli -- generate --count $count --seed 1 > "$dir/apps-$count.jsonl"
    head -n 5000 "$dir/apps-$count.jsonl" > "$dir/apps-5000.jsonl"
    names=()
    while IFS='|' read -r name settings; do
      [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]] && continue
      args=()
      for s in $settings; do args+=(--config "$s"); done
      echo "== build $name: $settings" >&2
      cargo build --quiet --release -p eid-form-cli --target-dir "$dir/target-native" "${args[@]}"
      mkdir -p "$dir/$name"
      cp "$dir/target-native/release/eid-form" "$dir/$name/eid-form"
      names+=("$name")
    done < <(native_variants)
    for name in "${names[@]}"; do
      instructions=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$dir/$name/eid-form" check --today 2025-07-01 "$dir/apps-5000.jsonl" 2>&1 >/dev/null \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p') || true
      echo "{\"variant\":\"$name\",\"instructions5000\":$instructions,\"bytes\":$(wc -c < "$dir/$name/eid-form")}"
    done
    for round in 1 2 3 4 5; do
      for name in "${names[@]}"; do
        start=$(date +%s.%N)
        "$dir/$name/eid-form" check --today 2025-07-01 "$dir/apps-$count.jsonl" > /dev/null 2>&1 || true
        end=$(date +%s.%N)
        echo "{\"variant\":\"$name\",\"round\":$round,\"seconds$count\":$(echo "$end - $start" | bc)}"
      done
    done
    ;;
  *) echo "usage: opt-levels.sh wasm|native" >&2; exit 2 ;;
esac
