// The package against the JavaScript peer (tests/js/peer/: zod, libphonenumber-js/max,
// mrz, @fluent/bundle), side by side, in one run:
//   node tests/js/bench.mjs          (after crates/eid-form-wasm/build.sh; Chromium from tests/setup.sh --browser)
// 1. verdicts: both must give the same verdict (valid, then every issue's severity,
//    path and code, in order) on every golden vector, for `validate` and for
//    `validateField("contact.phone", ...)` (its judged fields too); the run stops
//    here if they do not;
// 2. transfer size: pages built by Vite (production, minified) under
//    target/bench/dist/, each for one locale (ja, then en): A importing `eid-form`
//    (its browser entry) and loading the locale with loadLocale, B the peer's
//    browser.mjs with the Fluent files of en, vi and that locale; what the browser
//    fetches (the JS and .wasm, for A without the other locales' chunks), raw,
//    gzip -9 and brotli -q 11, each file on its own; and the package's own files;
// 3. cold start in Node: fresh processes (tests/js/bench/node-cold.mjs), import
//    (for us: compile and instantiate the wasm), then the first validate;
// 4. warm in Node: 10,000 calls of `validate` and of `validateField("contact.phone")`
//    after a warm-up, on three forms, median and p99 of each call;
// 5. cold start in headless Chromium: fresh browser contexts (empty cache) on the
//    ja pages, served over local HTTP: navigation start to module ready, then
//    loadLocale("ja") (ours; the peer's is in its bundle), then the first validate
//    in ja, read from performance.now() in the page; for ours also the time from
//    the .wasm's request (instantiation streams from there) to that first verdict;
// 6. warm in Chromium: the same loops as 4, inside one page per side (the pages are
//    cross-origin isolated, so performance.now() has 5 µs resolution, not 100 µs;
//    each sample times BROWSER_BATCH (20) calls together, so medians and p99 are
//    of 20-call means).
// Prints a markdown table for README.md and writes everything to
// target/bench/results.json. Not a test: machines are noisy, so the only
// assertion is the verdict check. RUNS (20), WARM_CALLS (10000),
// BROWSER_WARM_CALLS (10000), BROWSER_BATCH (20), CHROMIUM (/usr/bin/chromium) override the defaults.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { createServer } from "node:http";
import { execFileSync, spawnSync } from "node:child_process";
import { join, extname, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { launchChromium } from "./chromium.mjs";

const root = new URL("../../", import.meta.url).pathname;
const here = new URL("./", import.meta.url).pathname;
const benchDir = join(here, "bench");
const out = join(root, "target/bench");
const pkg = join(root, "pkg");
const RUNS = Number(process.env.RUNS ?? 20);
const WARM_CALLS = Number(process.env.WARM_CALLS ?? 10000);
const BROWSER_WARM_CALLS = Number(process.env.BROWSER_WARM_CALLS ?? 10000);
const BROWSER_BATCH = Number(process.env.BROWSER_BATCH ?? 20);
const WARM_UP = 1000;
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ATTEMPT = Number(process.env.BENCH_ATTEMPT ?? 1);
const FIELD = "contact.phone";
const SIDES = ["ours", "peer"];
// The pages are built for one locale each; cold and warm figures come from the first.
const PAGE_LOCALES = ["ja", "en"];

// ---------------------------------------------------------------- pkg/ guard
// Someone may be rebuilding pkg/ meanwhile: wait until it is complete and stable,
// and start again (a fresh process, so a fresh import) if it changes mid-run.
const PKG_FILES = ["eid_form_bg.wasm", "eid_form.js", "api.js", "browser.js", "node.js", "package.json"];
const pkgStamp = () => {
  const hash = createHash("sha256");
  for (const file of PKG_FILES) hash.update(readFileSync(join(pkg, file)));
  return hash.digest("hex");
};
async function waitForPkg() {
  const deadline = Date.now() + Number(process.env.PKG_WAIT ?? 120) * 1000;
  for (let said = false; ; ) {
    if (PKG_FILES.every((f) => existsSync(join(pkg, f)))) {
      try {
        const a = pkgStamp();
        await sleep(2000);
        if (pkgStamp() === a) return a;
      } catch {}
    }
    if (Date.now() > deadline) throw new Error("pkg/ is missing or keeps changing: run `bash crates/eid-form-wasm/build.sh`");
    if (!said) console.log("waiting for pkg/ to be complete and stable...");
    said = true;
    await sleep(10000);
  }
}
class PkgChanged extends Error {}
let stamp;
const checkPkg = () => {
  let now;
  try {
    now = pkgStamp();
  } catch {}
  if (now !== stamp) throw new PkgChanged("pkg/ changed during the run");
};

// ---------------------------------------------------------------- helpers
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const median = (xs) => sorted(xs)[xs.length >> 1];
const stats = (xs) => ({ n: xs.length, median: median(xs), p99: quantile(xs, 0.99), min: Math.min(...xs), max: Math.max(...xs), mean: xs.reduce((a, b) => a + b, 0) / xs.length });
const int = (n) => n.toLocaleString("en-US");
const ms = (x) => `${x.toFixed(1)} ms`;
const us = (x) => `${x < 0.1 ? (x * 1000).toFixed(1) : Math.round(x * 1000)} µs`;
const ratio = (a, b) => (a / b).toFixed(2);
const size = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length,
});
const total = (files) => ({
  raw: files.reduce((a, f) => a + f.raw, 0),
  gzip: files.reduce((a, f) => a + f.gzip, 0),
  brotli: files.reduce((a, f) => a + f.brotli, 0),
});
const sizeLine = (s) => `${int(s.raw)} raw, ${int(s.gzip)} gzip, ${int(s.brotli)} brotli`;
const verdict = (report) => JSON.stringify({ valid: report.valid, issues: report.issues.map((i) => `${i.severity} ${i.path} ${i.code}`) });
// validateField answers { fields, issues } (FORM.md 1.1): the fields judged, then the verdict on them.
const fieldVerdict = ({ fields, issues }) => JSON.stringify({ fields, issues: issues.map((i) => `${i.severity} ${i.path} ${i.code}`) });

async function main() {
  stamp = await waitForPkg();
  const results = { date: new Date().toISOString(), node: process.version, runs: RUNS, warmCalls: WARM_CALLS };
  const ours = await import("eid-form");
  const peer = await import("./peer/node.mjs");
  const api = { ours, peer };
  const { severalErrors } = await import("./bench/forms.mjs");

  // ------------------------------------------------------------ 1. verdicts
  const cases = ["public.json", "project.json"].flatMap((file) => JSON.parse(readFileSync(join(root, "tests/vectors", file), "utf8")));
  const items = [
    ...cases.map((c) => ({ id: c.id, form: c.form, options: { today: c.today, locale: "en", ...c.options } })),
    severalErrors,
  ];
  const differences = [];
  for (const { id, form, options } of items) {
    const [a, b] = [ours.validate(form, options), peer.validate(form, options)].map(verdict);
    if (a !== b) differences.push(`${id}: validate\n  package ${a}\n  peer    ${b}`);
    const [fa, fb] = [ours.validateField(FIELD, form, options), peer.validateField(FIELD, form, options)].map(fieldVerdict);
    if (fa !== fb) differences.push(`${id}: validateField("${FIELD}")\n  package ${fa}\n  peer    ${fb}`);
  }
  if (differences.length > 0) {
    console.error(`VERDICTS DIFFER on ${differences.length} of ${items.length * 2} checks; no timing:\n${differences.join("\n")}`);
    process.exit(1);
  }
  console.log(`verdicts: equal on ${cases.length} golden vectors + the bench form (validate and validateField("${FIELD}"))`);
  // The warm forms: a valid adult, the child with a parent (both golden vectors), and the bench form.
  const forms = ["adult-level2-complete", "child-10-level2-with-parent", severalErrors.id].map((id) => {
    const { form, options } = items.find((i) => i.id === id);
    const issues = ours.validate(form, options).issues.length;
    return { id, form, options, label: issues ? `\`${id}\` (${issues} issues)` : `\`${id}\` (valid)` };
  });

  // ------------------------------------------------------------ 2. transfer size
  // One page per side and locale, each built for that one locale: ours loads it
  // with loadLocale (its own chunk; en and vi are in the .wasm), the peer's bundle
  // holds en, vi and it. What a browser fetches is counted: for ours, every file
  // but the other locales' chunks.
  const { build } = await import("vite");
  results.size = { pages: {} };
  const isLocaleChunk = (bytes) => bytes.includes("field-application = ");
  for (const side of SIDES) {
    for (const locale of PAGE_LOCALES) {
      const name = `${side}-${locale}`;
      const outDir = join(out, "dist", name);
      const peerLocales = {
        name: "peer-locales",
        resolveId: (id) => (id === "virtual:peer-locales" ? "\0peer-locales" : null),
        load(id) {
          if (id !== "\0peer-locales") return null;
          const tags = [...new Set(["en", "vi", locale])];
          const lines = tags.flatMap((tag, i) => ["form", "messages"].map((file) => `import t${i}${file} from ${JSON.stringify(`${join(root, "locales", tag, `${file}.ftl`)}?raw`)};`));
          const entries = tags.map((tag, i) => `${JSON.stringify(tag)}: { "form.ftl": t${i}form, "messages.ftl": t${i}messages }`);
          return `${lines.join("\n")}\nexport default { ${entries.join(", ")} };\n`;
        },
      };
      await build({
        configFile: false,
        root: join(benchDir, side),
        base: `/${name}/`,
        mode: "production",
        logLevel: "warn",
        define: { __LOCALE__: JSON.stringify(locale) },
        plugins: side === "peer" ? [peerLocales] : [],
        build: {
          outDir,
          emptyOutDir: true,
          target: "es2022",
          minify: "esbuild",
          modulePreload: { polyfill: false },
          reportCompressedSize: false,
          chunkSizeWarningLimit: 1 << 20,
          // zod's sources carry comments Rollup cannot place; harmless, and noisy.
          rollupOptions: { onwarn: (warning, warn) => warning.code === "INVALID_ANNOTATION" || warn(warning) },
        },
      });
      const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
      const files = walk(outDir)
        .filter((f) => [".js", ".mjs", ".wasm"].includes(extname(f)))
        .map((f) => ({ path: f, bytes: readFileSync(f) }))
        .filter(({ path, bytes }) => !(side === "ours" && extname(path) === ".js" && isLocaleChunk(bytes.toString("latin1")) && !path.split("/").pop().startsWith(`${locale}-`)))
        .map(({ path, bytes }) => ({ file: relative(outDir, path), ...size(bytes) }));
      results.size.pages[name] = { files, total: total(files) };
    }
  }
  results.size.pkg = ["eid_form_bg.wasm", "eid_form.js", "api.js", "browser.js"].map((file) => ({ file, ...size(readFileSync(join(pkg, file))) }));
  results.size.pkgTotal = total(results.size.pkg);
  for (const name of Object.keys(results.size.pages)) {
    const { files, total: t } = results.size.pages[name];
    console.log(`size  Vite page ${name}: ${sizeLine(t)}`);
    for (const f of files) console.log(`        ${f.file}: ${sizeLine(f)}`);
  }
  console.log(`size  pkg/ as shipped (browser entry): ${sizeLine(results.size.pkgTotal)}`);
  for (const f of results.size.pkg) console.log(`        ${f.file}: ${sizeLine(f)}`);
  checkPkg();

  // ------------------------------------------------------------ 3. cold start, Node
  const nodeCold = { ours: [], peer: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const side of i % 2 ? [...SIDES].reverse() : SIDES) {
      const t0 = performance.now();
      const text = execFileSync(process.execPath, [join(benchDir, "node-cold.mjs"), side], { cwd: benchDir, encoding: "utf8" });
      nodeCold[side].push({ ...JSON.parse(text), process: performance.now() - t0 });
    }
  }
  results.nodeCold = {};
  for (const side of SIDES) {
    const runs = nodeCold[side];
    results.nodeCold[side] = {
      ready: stats(runs.map((r) => r.ready)),
      first: stats(runs.map((r) => r.first)),
      process: stats(runs.map((r) => r.process)),
    };
    const r = results.nodeCold[side];
    console.log(`node cold ${side}: import ${ms(r.ready.median)}, first validate ${ms(r.first.median)}, whole process ${ms(r.process.median)} (medians of ${RUNS})`);
  }
  checkPkg();

  // ------------------------------------------------------------ 4. warm, Node
  const loop = (call, calls) => {
    for (let i = 0; i < WARM_UP; i++) call();
    const times = new Float64Array(calls);
    for (let i = 0; i < calls; i++) {
      const t0 = performance.now();
      call();
      times[i] = performance.now() - t0;
    }
    return [...times];
  };
  results.nodeWarm = {};
  for (const { id, form, options } of forms) {
    results.nodeWarm[id] = {};
    for (const fn of ["validate", "validateField"]) {
      results.nodeWarm[id][fn] = {};
      for (const side of SIDES) {
        const call = fn === "validate" ? () => api[side].validate(form, options) : () => api[side].validateField(FIELD, form, options);
        results.nodeWarm[id][fn][side] = stats(loop(call, WARM_CALLS));
      }
      const w = results.nodeWarm[id][fn];
      console.log(`node warm ${id} ${fn}: ours ${us(w.ours.median)} (p99 ${us(w.ours.p99)}), peer ${us(w.peer.median)} (p99 ${us(w.peer.p99)}), ours/peer ${ratio(w.ours.median, w.peer.median)}`);
    }
  }
  checkPkg();

  // ------------------------------------------------------------ 5, 6. Chromium
  let chromium;
  try {
    ({ chromium } = await import("playwright-core"));
    if (!existsSync(CHROMIUM)) throw new Error();
  } catch {
    console.log(`chromium: skipped (playwright-core or ${CHROMIUM} missing; tests/setup.sh --browser)`);
  }
  if (chromium) {
    const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".css": "text/css" };
    const server = createServer((request, response) => {
      const path = new URL(request.url, "http://localhost").pathname;
      const file = join(out, "dist", path.endsWith("/") ? `${path}index.html` : path);
      if (path.includes("..") || !existsSync(file) || statSync(file).isDirectory()) {
        response.writeHead(404);
        return response.end();
      }
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        // Cross-origin isolation: performance.now() at 5 µs instead of 100 µs.
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-embedder-policy": "require-corp",
      });
      response.end(readFileSync(file));
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${server.address().port}`;
    const browser = await launchChromium(CHROMIUM);
    results.chromium = browser.version();
    try {
      // One fresh context (its own empty cache) per start.
      const open = async (side) => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const problems = [];
        page.on("pageerror", (e) => problems.push(e.message));
        await page.goto(`${base}/${side}-${PAGE_LOCALES[0]}/`);
        await page.waitForFunction(() => document.getElementById("status")?.textContent === "done", null, { timeout: 60000 })
          .catch((e) => { throw new Error(`${side} page: ${problems.join("; ") || e.message}`); });
        return { context, page };
      };
      const cold = { ours: [], peer: [] };
      for (let i = -1; i < RUNS; i++) {
        for (const side of i % 2 ? [...SIDES].reverse() : SIDES) {
          const { context, page } = await open(side);
          const r = await page.evaluate(() => ({ ...window.benchResult, isolated: crossOriginIsolated }));
          await context.close();
          if (i >= 0) cold[side].push(r); // run -1 warms up the browser process
        }
      }
      const [a, b] = SIDES.map((side) => verdict(cold[side][0].report));
      if (a !== b || a !== verdict(ours.validate(severalErrors.form, severalErrors.options))) {
        console.error(`VERDICTS DIFFER in Chromium on ${severalErrors.id}:\n  package ${a}\n  peer    ${b}`);
        process.exit(1);
      }
      results.chromiumCold = {};
      for (const side of SIDES) {
        results.chromiumCold[side] = Object.fromEntries(["ready", "locale", "first", "verdict", "fromInstantiate"]
          .filter((key) => cold[side][0][key] !== null)
          .map((key) => [key, stats(cold[side].map((r) => r[key]))]));
        const r = results.chromiumCold[side];
        console.log(`chromium cold ${side}: ready ${ms(r.ready.median)} [${ms(r.ready.min)}–${ms(r.ready.max)}], ` +
          `locale ${ms(r.locale.median)}, first validate ${ms(r.first.median)} [${ms(r.first.min)}–${ms(r.first.max)}], ` +
          `navigation to first verdict ${ms(r.verdict.median)}` +
          (r.fromInstantiate ? `, .wasm asked for to first verdict ${ms(r.fromInstantiate.median)}` : "") + ` (medians of ${RUNS} fresh contexts)`);
      }

      results.chromiumWarm = {};
      results.browserWarmCalls = BROWSER_WARM_CALLS;
      for (const side of SIDES) {
        const { context, page } = await open(side);
        results.chromiumIsolated = await page.evaluate(() => crossOriginIsolated);
        for (const { id, form, options } of forms) {
          results.chromiumWarm[id] ??= { validate: {}, validateField: {} };
          // performance.now() moves in steps of 5 µs even here: each sample is the
          // mean of BROWSER_BATCH calls timed together (0.25 µs steps at 20).
          const times = await page.evaluate(({ form, options, field, calls, warmUp, batch }) => {
            const { validate, validateField } = window.benchApi;
            const loop = (call) => {
              for (let i = 0; i < warmUp; i++) call();
              const times = new Float64Array(Math.ceil(calls / batch));
              for (let i = 0; i < times.length; i++) {
                const t0 = performance.now();
                for (let j = 0; j < batch; j++) call();
                times[i] = (performance.now() - t0) / batch;
              }
              return [...times];
            };
            return {
              validate: loop(() => validate(form, options)),
              validateField: loop(() => validateField(field, form, options)),
            };
          }, { form, options, field: FIELD, calls: BROWSER_WARM_CALLS, warmUp: WARM_UP, batch: BROWSER_BATCH });
          for (const fn of ["validate", "validateField"]) results.chromiumWarm[id][fn][side] = stats(times[fn]);
        }
        await context.close();
      }
      for (const { id } of forms) {
        for (const fn of ["validate", "validateField"]) {
          const w = results.chromiumWarm[id][fn];
          console.log(`chromium warm ${id} ${fn}: ours ${us(w.ours.median)} (p99 ${us(w.ours.p99)}), peer ${us(w.peer.median)} (p99 ${us(w.peer.p99)}), ours/peer ${ratio(w.ours.median, w.peer.median)}`);
        }
      }
    } finally {
      await browser.close();
      server.close();
    }
  }
  checkPkg();

  // ------------------------------------------------------------ summary
  const P = results.size.pages;
  const rows = PAGE_LOCALES.flatMap((locale) => {
    const [a, b] = SIDES.map((side) => P[`${side}-${locale}`].total);
    return ["brotli", "gzip", "raw"].map((key) =>
      [`Vite page for ${locale} alone, JS + wasm + ${locale}'s text, ${key}`, `${int(a[key])} B`, `${int(b[key])} B`, ratio(a[key], b[key])]);
  });
  const cold = (label, r, key) => rows.push([label,
    `${ms(r.ours[key].median)} [${r.ours[key].min.toFixed(1)}–${r.ours[key].max.toFixed(1)}]`,
    `${ms(r.peer[key].median)} [${r.peer[key].min.toFixed(1)}–${r.peer[key].max.toFixed(1)}]`,
    ratio(r.ours[key].median, r.peer[key].median)]);
  if (results.chromiumCold) {
    cold(`Chromium cold, ${PAGE_LOCALES[0]} page, navigation to module ready (median [min–max], ${RUNS} starts)`, results.chromiumCold, "ready");
    cold(`Chromium cold, loadLocale("${PAGE_LOCALES[0]}")`, results.chromiumCold, "locale");
    cold(`Chromium cold, first validate in ${PAGE_LOCALES[0]}`, results.chromiumCold, "first");
    cold("Chromium cold, navigation to first verdict", results.chromiumCold, "verdict");
    const w = results.chromiumCold.ours.fromInstantiate;
    rows.push(["Chromium cold, .wasm asked for (instantiation) to first verdict, locale loaded", `${ms(w.median)} [${w.min.toFixed(1)}–${w.max.toFixed(1)}]`, "", ""]);
  }
  cold(`Node cold, import until usable (median [min–max], ${RUNS} processes)`, results.nodeCold, "ready");
  cold("Node cold, first validate", results.nodeCold, "first");
  const warm = (where, table, calls) => {
    for (const { id, label: form } of forms) {
      for (const fn of ["validate", "validateField"]) {
        const w = table[id][fn];
        const label = `${where} warm, ${fn === "validate" ? "validate" : "validateField contact.phone"}, ${form} (median / p99 of ${int(calls)})`;
        rows.push([label, `${us(w.ours.median)} / ${us(w.ours.p99)}`, `${us(w.peer.median)} / ${us(w.peer.p99)}`, ratio(w.ours.median, w.peer.median)]);
      }
    }
  };
  warm("Node", results.nodeWarm, WARM_CALLS);
  if (results.chromiumWarm) warm("Chromium", results.chromiumWarm, BROWSER_WARM_CALLS);
  const table = [
    "| measure | eid-form (wasm) | JS peer | ours/peer |",
    "|---|--:|--:|--:|",
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
  const note = `pkg/ as shipped for browsers (wasm + glue + api.js + browser.js): ${sizeLine(results.size.pkgTotal)}. ` +
    `Node ${process.version}${results.chromium ? `, Chromium ${results.chromium}` : ""}, ${results.date.slice(0, 10)}.`;
  results.markdown = `${table}\n\n${note}`;
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${results.markdown}\n\n(also in ${relative(process.cwd(), join(out, "results.json")) || "target/bench/results.json"})`);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof PkgChanged)) throw error;
  if (ATTEMPT >= 3) throw new Error("pkg/ kept changing during the benchmark; try again when the rebuilds are over");
  console.log(`${error.message}: waiting a minute, then starting again (attempt ${ATTEMPT + 1} of 3)`);
  await sleep(60000);
  const again = spawnSync(process.execPath, [new URL(import.meta.url).pathname], {
    stdio: "inherit",
    env: { ...process.env, BENCH_ATTEMPT: String(ATTEMPT + 1) },
  });
  process.exit(again.status ?? 1);
}
