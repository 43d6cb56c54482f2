#!/usr/bin/env bash
# Load figures for README "Deployment": requests per second and p50/p99 for
# POST /api/check and POST /api/applications at 32 and 128 clients, on SQLite and
# on PostgreSQL, with one and with two servers, measured by Debian's `wrk`.
# Two servers are loaded by two wrk processes at once (half the clients each);
# their requests per second add up and the worse of their percentiles is shown.
# Every run is DURATION seconds (default 10) against 127.0.0.1 only.
#   bash tests/load.sh            prints a Markdown table
# STORES (default "sqlite postgres"), ROUTES ("check applications"), CLIENTS
# ("32 128") and SERVERS ("1 2") choose the rows.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${DURATION:-10}"
bash tests/setup.sh --load >/dev/null
cargo build --release -p eid-form-server >&2
pg_url="$(bash tests/postgres.sh start | tail -n 1)"
pg_base="${pg_url%/*}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait "${pids[@]}" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Starts a server on $1 (a path or URL); sets $addr to its address and
# remembers its process, which the row (or the exit) stops.
start_server() {
  local out="$work/server-$RANDOM.out"
  EID_FORM_DB="$1" EID_FORM_TODAY=2025-07-01 EID_FORM_METRICS_ADDR=off \
    EID_FORM_DB_POOL="${POOL:-16}" ./target/release/eid-form-server --addr 127.0.0.1:0 \
    >"$out" 2>/dev/null &
  pids+=("$!")
  for _ in $(seq 1 100); do
    if grep -q 'http://' "$out" 2>/dev/null; then break; fi
    sleep 0.1
  done
  addr="$(head -n 1 "$out" | sed 's|.*http://||')"
}

# A fresh store of kind $1 (sqlite|postgres), named $2; prints what EID_FORM_DB takes.
fresh_store() {
  if [ "$1" = sqlite ]; then
    echo "$work/$2.db"
  else
    psql -q "$pg_url" -c "SET client_min_messages = warning" \
      -c "DROP DATABASE IF EXISTS load_$2 WITH (FORCE)" -c "CREATE DATABASE load_$2" >/dev/null
    echo "$pg_base/load_$2?sslmode=disable"
  fi
}

# wrk's figures: requests/s, p50 and p99 in ms, non-2xx count.
run_wrk() {
  local addr="$1" clients="$2" script="$3" index="$4"
  wrk -t 2 -c "$clients" -d "${duration}s" --latency -s "$script" "http://$addr" -- "$index" 2>&1
}

to_ms() {
  awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); printf "%.2f", v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); printf "%.2f", v } else if (v ~ /s$/) { sub(/s$/,"",v); printf "%.0f", v*1000 } }'
}

echo "| store | servers | route | clients | requests/s | p50 ms | p99 ms | non-2xx |"
echo "|---|---|---|---|---|---|---|---|"
for store in ${STORES:-sqlite postgres}; do
  for servers in ${SERVERS:-1 2}; do
    for route in ${ROUTES:-check applications}; do
      for clients in ${CLIENTS:-32 128}; do
        name="${store}_${servers}_${route}_${clients}"
        db="$(fresh_store "$store" "$name")"
        start_server "$db"
        addrs=("$addr")
        if [ "$servers" = 2 ]; then
          start_server "$db"
          addrs+=("$addr")
        fi
        script="tests/load/$route.lua"
        per=$((clients / servers))
        outs=()
        wrks=()
        for i in "${!addrs[@]}"; do
          out="$work/$name-$i.wrk"
          run_wrk "${addrs[$i]}" "$per" "$script" "$i" >"$out" &
          wrks+=("$!")
          outs+=("$out")
        done
        wait "${wrks[@]}"
        rps=0; p50=0; p99=0; bad=0
        for out in "${outs[@]}"; do
          r=$(awk '/Requests\/sec/ {print $2}' "$out")
          a=$(awk '$1=="50%" {print $2}' "$out" | to_ms)
          b=$(awk '$1=="99%" {print $2}' "$out" | to_ms)
          n=$(awk '/Non-2xx/ {print $5}' "$out")
          rps=$(awk -v x="$rps" -v y="$r" 'BEGIN { printf "%.0f", x + y }')
          p50=$(awk -v x="$p50" -v y="$a" 'BEGIN { print (y > x ? y : x) }')
          p99=$(awk -v x="$p99" -v y="$b" 'BEGIN { print (y > x ? y : x) }')
          bad=$((bad + ${n:-0}))
        done
        echo "| $store | $servers | /api/$route | $clients | $rps | $p50 | $p99 | $bad |"
        for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
        wait "${pids[@]}" 2>/dev/null || true
        pids=()
      done
    done
  done
done
