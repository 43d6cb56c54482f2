// Size and speed of the package, in Node and in headless Chromium.
//   node tests/js/bench.mjs          (after src/js/build.sh; Chromium from tests/setup.sh --browser)
// Prints the numbers README.md quotes. Not a test: machines are noisy.
import { readFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { createServer } from "node:http";
import { join, extname } from "node:path";
import { performance } from "node:perf_hooks";

const root = new URL("../../", import.meta.url).pathname;
const here = new URL("./", import.meta.url).pathname;
const runs = Number(process.env.RUNS ?? 20);
const cases = JSON.parse(readFileSync(join(root, "tests/vectors/public.json"), "utf8"));
const form = cases.find((c) => c.id === "child-10-level2-with-parent").form;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (x) => `${x.toFixed(2)} ms`;

const wasm = readFileSync(join(root, "pkg/eid_form_bg.wasm"));
const glue = readFileSync(join(root, "pkg/eid_form.js"));
const size = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
console.log("size  .wasm", size(wasm), " glue", size(glue));

// Node: fresh instances from the bytes, as node.js does on import.
const raw = await import(join(root, "pkg/eid_form.js"));
const instantiate = [];
const first = [];
for (let i = 0; i < runs; i++) {
  const url = `${join(root, "pkg/eid_form.js")}?run=${i}`;
  const fresh = await import(url);
  const t0 = performance.now();
  fresh.initSync({ module: wasm });
  const t1 = performance.now();
  JSON.parse(fresh.validate(form, { today: "2025-07-01", locale: "en" }));
  first.push(performance.now() - t1);
  instantiate.push(t1 - t0);
}
raw.initSync({ module: wasm });
const warm = [];
for (let i = 0; i < 10000; i++) {
  const t0 = performance.now();
  JSON.parse(raw.validate(form, { today: "2025-07-01", locale: "en" }));
  warm.push(performance.now() - t0);
}
const field = [];
for (let i = 0; i < 10000; i++) {
  const t0 = performance.now();
  JSON.parse(raw.validateField("contact.phone", form, { today: "2025-07-01", locale: "en" }));
  field.push(performance.now() - t0);
}
console.log(`node  instantiate ${ms(median(instantiate))}, first validate ${ms(median(first))}, ` +
  `warm validate ${ms(median(warm))}, warm validateField ${ms(median(field))} (medians; ${runs} fresh starts, 10,000 warm calls)`);

// Chromium: fresh pages.
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  console.log("chromium: playwright-core not installed (tests/setup.sh --node)");
  process.exit(0);
}
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
const server = createServer((request, response) => {
  const url = new URL(request.url, "http://localhost");
  if (url.pathname === "/bench-form.json") return response.end(JSON.stringify(form));
  const file = url.pathname.startsWith("/pkg/") ? join(root, url.pathname) : join(here, url.pathname);
  try {
    const body = readFileSync(file);
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const results = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/pages/bench.html`);
  await page.waitForFunction(() => document.getElementById("status").textContent === "done");
  results.push(await page.evaluate(() => window.eidBench));
  await context.close();
}
await browser.close();
server.close();
const pick = (key) => median(results.map((r) => r[key]));
console.log(`chromium  instantiate ${ms(pick("instantiate"))}, first validate ${ms(pick("first"))}, ` +
  `warm validate ${ms(pick("warmMedian"))} (medians of ${runs} fresh pages)`);
