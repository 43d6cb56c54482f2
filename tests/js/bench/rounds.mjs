// bench.mjs run several times, for the README's figures table (issue 13: each
// figure the median of five runs, with its range):
//   node tests/js/bench/rounds.mjs [ROUNDS]      (default 5)
// Each run is a fresh process; its results.json is kept as
// target/bench/round-<i>.json. Prints one markdown row per measure: ours and the
// peer's as the median [min–max] of the runs' medians, and the ratio ours/peer as
// the median [min–max] of the runs' ratios (both sides of a ratio from one run).
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = new URL("../../../", import.meta.url).pathname;
const out = join(root, "target/bench");
const rounds = Number(process.argv[2] ?? 5);
const runs = [];
for (let i = 1; i <= rounds; i++) {
  console.log(`== round ${i} of ${rounds}`);
  const run = spawnSync(process.execPath, [join(root, "tests/js/bench.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) throw new Error(`bench.mjs failed in round ${i}`);
  copyFileSync(join(out, "results.json"), join(out, `round-${i}.json`));
  runs.push(JSON.parse(readFileSync(join(out, `round-${i}.json`), "utf8")));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const spread = (xs, format) => `${format(median(xs))} [${format(Math.min(...xs))}–${format(Math.max(...xs))}]`;
const ms = (x) => x.toFixed(1);
const us = (x) => (x < 0.1 ? (x * 1000).toFixed(1) : String(Math.round(x * 1000)));
const int = (n) => n.toLocaleString("en-US");
const rows = [];
const row = (label, get, format, unit) => {
  const ours = runs.map((r) => get(r, "ours"));
  const peer = runs.map((r) => get(r, "peer"));
  const hasPeer = peer.every((x) => typeof x === "number" && x > 0);
  const peerText = peer.every((x) => typeof x === "number") ? `${spread(peer, format)} ${unit}` : "";
  rows.push([label, `${spread(ours, format)} ${unit}`, peerText,
    hasPeer ? spread(ours.map((x, i) => x / peer[i]), (x) => x.toFixed(2)) : ""]);
};

const first = runs[0];
for (const name of Object.keys(first.size.pages).filter((n) => n.startsWith("ours-"))) {
  const locale = name.slice(5);
  for (const key of ["brotli", "gzip"]) {
    const [a, b] = ["ours", "peer"].map((side) => first.size.pages[`${side}-${locale}`].total[key]);
    rows.push([`page for ${locale} alone (wasm + JS + ${locale}'s text), ${key}`, `${int(a)} B`, `${int(b)} B`, (a / b).toFixed(2)]);
  }
}
const forms = Object.keys(first.nodeWarm);
for (const [where, key] of [["Node", "nodeWarm"], ["Chromium", "chromiumWarm"]]) {
  for (const fn of ["validate", "validateField"]) {
    for (const id of forms) {
      row(`${where} warm \`${fn}\`${fn === "validateField" ? "(\"contact.phone\")" : ""}, ${id}`, (r, side) => r[key][id][fn][side].median, us, "µs");
    }
  }
}
row("Chromium cold, ja page: navigation to module ready", (r, side) => r.chromiumCold[side].ready.median, ms, "ms");
row("Chromium cold: `loadLocale(\"ja\")` (its chunk fetched)", (r, side) => r.chromiumCold[side].locale.median, ms, "ms");
row("Chromium cold: first `validate` in ja", (r, side) => r.chromiumCold[side].first.median, ms, "ms");
row("Chromium cold: navigation to first verdict (whole page ready)", (r, side) => r.chromiumCold[side].verdict.median, ms, "ms");
row("Chromium cold: .wasm requested (instantiation) to first verdict, ja loaded", (r, side) => r.chromiumCold[side].fromInstantiate?.median, ms, "ms");
row("Node cold: import until usable", (r, side) => r.nodeCold[side].ready.median, ms, "ms");
row("Node cold: first `validate`", (r, side) => r.nodeCold[side].first.median, ms, "ms");

const table = [
  `| measure (median of ${rounds} runs [range]) | eid-form | JS peer | ours/peer |`,
  "|---|--:|--:|--:|",
  ...rows.map((r) => `| ${r.join(" | ")} |`),
].join("\n");
const note = `Node ${first.node}, Chromium ${first.chromium}, ${first.date.slice(0, 10)}; per run: ${first.warmCalls} warm calls, ${first.runs} cold starts per side.`;
writeFileSync(join(out, "rounds.md"), `${table}\n\n${note}\n`);
console.log(`\n${table}\n\n${note}\n\n(also in target/bench/rounds.md)`);
