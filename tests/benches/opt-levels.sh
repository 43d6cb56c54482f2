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

# One variant: its name, then the level of every crate, of the core, and of the
# crate the LTO pass takes its level from (the binding, or the CLI), each set
# explicitly, so Cargo.toml's own per-crate levels do not leak in.
settings() { # profile, top crate, all, core, top, [extra crate=level...]
  local p=$1 top=$2 all=$3 core=$4 toplevel=$5
  shift 5
  echo -n "profile.$p.opt-level=$all profile.$p.package.eid-form.opt-level=$core profile.$p.package.$top.opt-level=$toplevel"
  for extra in "$@"; do echo -n " profile.$p.package.${extra%=*}.opt-level=${extra#*=}"; done
  echo
}

variants() {
  local p=wasm-release t=eid-form-wasm
  echo "all-s|$(settings $p $t '"s"' '"s"' '"s"')"
  echo "all-z|$(settings $p $t '"z"' '"z"' '"z"')"
  echo "all-2|$(settings $p $t 2 2 2)"
  echo "all-3|$(settings $p $t 3 3 3)"
  echo "core-3|$(settings $p $t '"s"' 3 '"s"')"
  echo "core-2|$(settings $p $t '"s"' 2 '"s"')"
  echo "core-binding-3|$(settings $p $t '"s"' 3 3)"
  echo "core-binding-2|$(settings $p $t '"s"' 2 2)"
  echo "core-binding-deps-3|$(settings $p $t '"s"' 3 3 fluent-bundle=3 fluent-syntax=3 serde_json=3)"
}

native_variants() { # the batch checker: the core and the CLI crate (whose level the LTO pass takes)
  local p=release t=eid-form-cli
  echo "all-s|$(settings $p $t '"s"' '"s"' '"s"')"
  echo "all-2|$(settings $p $t 2 2 2)"
  echo "all-3|$(settings $p $t 3 3 3)"
  echo "core-3|$(settings $p $t '"s"' 3 '"s"')"
  echo "core-cli-2|$(settings $p $t '"s"' 2 2)"
  echo "core-cli-3|$(settings $p $t '"s"' 3 3)"
}

case "$what" in
  wasm)
    names=()
    while IFS='|' read -r name settings; do
      [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]] && continue
      args=()
      for s in $settings; do args+=(--config "$s"); done
      echo "== build $name: $settings" >&2
      bash crates/eid-form-wasm/build.sh --out "$dir/$name/pkg" --target-dir "$dir/target-wasm" "${args[@]}" >&2
      names+=("$name")
    done < <(variants)
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
        echo "{\"variant\":\"$name\",\"round\":$round,\"seconds$count\":$(echo "$end $start" | awk "{printf \"%.3f\", \$1 - \$2}")}"
      done
    done
    ;;
  *) echo "usage: opt-levels.sh wasm|native" >&2; exit 2 ;;
esac
