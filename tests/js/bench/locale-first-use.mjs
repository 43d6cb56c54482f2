// What the first use of a locale costs in the package (issue 13, item 4), in
// fresh Node processes and fresh Chromium contexts (plain module page, the
// package's browser entry, served over local HTTP):
//   node tests/js/bench/locale-first-use.mjs [PKG_DIR]     (default pkg/; RUNS=15)
// Node, each process: import; `validate` of the bench form in ja (the first
// call: compiling the code it runs, then parsing ja); the same in ar (code
// compiled: the first use of a locale alone); ar again (warm). Chromium, each
// context: navigation to the import resolved; `loadLocale("ja")` (the chunk's
// fetch and its check; a package without loadLocale has every locale in the
// .wasm); the first `validate` in ja; ar's chunk imported, then `loadLocale("ar")`
// (the check alone); the first `validate` in ar, and the next.
// Medians [min-max] of RUNS. Not a test: machines are noisy.
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, extname, resolve } from "node:path";

const root = new URL("../../../", import.meta.url).pathname;
const pkg = resolve(process.argv[2] ?? join(root, "pkg"));
const RUNS = Number(process.env.RUNS ?? 15);
const form = JSON.parse(readFileSync(join(root, "tests/benches/several-errors.json"), "utf8")).form;

if (process.env.LOCALE_FIRST_USE_CHILD) {
  // One fresh Node process.
  const t0 = performance.now();
  const eid = await import(join(pkg, "node.js"));
  const t1 = performance.now();
  const options = (locale) => ({ today: "2025-07-01", locale });
  eid.validate(form, options("ja"));
  const t2 = performance.now();
  eid.validate(form, options("ar"));
  const t3 = performance.now();
  eid.validate(form, options("ar"));
  const t4 = performance.now();
  process.stdout.write(JSON.stringify({ import: t1 - t0, firstJa: t2 - t1, firstAr: t3 - t2, warmAr: t4 - t3 }));
  process.exit(0);
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const line = (label, xs, unit = "ms") => {
  const s = sorted(xs);
  const f = (x) => (unit === "µs" ? `${Math.round(x * 1000)}` : x.toFixed(2));
  console.log(`${label}: ${f(s[s.length >> 1])} ${unit} [${f(s[0])}–${f(s.at(-1))}]`);
};
const summary = (where, runs) => {
  for (const key of Object.keys(runs[0])) line(`${where} ${key}`, runs.map((r) => r[key]), key.startsWith("warm") ? "µs" : "ms");
};

console.log(`package: ${pkg}, ${RUNS} runs each`);
const nodeRuns = [];
for (let i = 0; i < RUNS; i++) {
  const text = execFileSync(process.execPath, [new URL(import.meta.url).pathname, pkg], {
    env: { ...process.env, LOCALE_FIRST_USE_CHILD: "1" },
    encoding: "utf8",
  });
  nodeRuns.push(JSON.parse(text));
}
summary("node", nodeRuns);

const PAGE = `<!doctype html><meta charset="utf-8"><title>first use</title><script type="module" src="/page.js"></script><output id="status">loading</output>`;
const SCRIPT = `const t0 = performance.now();
const eid = await import("/pkg/browser.js");
const t1 = performance.now();
const form = await (await fetch("/form.json")).json();
const options = (locale) => ({ today: "2025-07-01", locale });
const load = async (tag) => { const a = performance.now(); if (eid.loadLocale) await eid.loadLocale(tag); return performance.now() - a; };
const loadJa = await load("ja");
let a = performance.now(); eid.validate(form, options("ja")); const firstJa = performance.now() - a;
// ar's chunk fetched first, then added: the two parts of loadLocale apart.
a = performance.now();
if (eid.loadLocale) await import("/pkg/locales/ar.js");
const fetchAr = performance.now() - a;
const addAr = await load("ar");
a = performance.now(); eid.validate(form, options("ar")); const firstAr = performance.now() - a;
a = performance.now(); eid.validate(form, options("ar")); const warmAr = performance.now() - a;
window.result = { import: t1, loadJa, firstJa, fetchAr, addAr, firstAr, warmAr };
document.getElementById("status").textContent = "done";`;
const TYPES = { ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };
const server = createServer((request, response) => {
  const path = new URL(request.url, "http://localhost").pathname;
  const headers = { "cache-control": "no-store", "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };
  if (path === "/") return response.writeHead(200, { ...headers, "content-type": "text/html" }).end(PAGE);
  if (path === "/page.js") return response.writeHead(200, { ...headers, "content-type": TYPES[".js"] }).end(SCRIPT);
  if (path === "/form.json") return response.writeHead(200, { ...headers, "content-type": TYPES[".json"] }).end(JSON.stringify(form));
  const file = join(pkg, path.replace(/^\/pkg\//, ""));
  if (!path.startsWith("/pkg/") || path.includes("..") || !existsSync(file) || statSync(file).isDirectory()) {
    return response.writeHead(404).end();
  }
  response.writeHead(200, { ...headers, "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
const { chromium } = await import(join(root, "tests/js/node_modules/playwright-core/index.mjs"));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const pageRuns = [];
for (let i = -1; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.getElementById("status")?.textContent === "done", null, { timeout: 30000 });
  const result = await page.evaluate(() => window.result);
  if (i >= 0) pageRuns.push(result); // run -1 warms up the browser process
  await context.close();
}
const version = browser.version();
await browser.close();
server.close();
summary(`chromium ${version}`, pageRuns);
