// The package in real Chromium (Debian's, driven by playwright-core): a plain
// <script type="module"> page running every golden vector under `script-src 'self'
// 'wasm-unsafe-eval'`. The reports must be byte-identical to Node's. The package
// through each bundler (Vite, webpack, esbuild, Rollup): bundlers.test.mjs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, extname } from "node:path";
import { launchChromium } from "./chromium.mjs";

const root = new URL("../../", import.meta.url).pathname;
const here = new URL("./", import.meta.url).pathname;
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".css": "text/css" };
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const cases = readdirSync(join(root, "tests/vectors"))
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.parse(readFileSync(join(root, "tests/vectors", f), "utf8")));

let server, port, browser;

function serve(request, response) {
  const url = new URL(request.url, "http://localhost");
  let file;
  if (url.pathname === "/favicon.ico") {
    response.writeHead(204);
    return response.end();
  }
  if (url.pathname === "/vectors.json") {
    response.writeHead(200, { "content-type": TYPES[".json"], "content-security-policy": CSP });
    return response.end(JSON.stringify(cases));
  }
  if (url.pathname.startsWith("/pkg/")) file = join(root, url.pathname);
  else if (url.pathname.startsWith("/pages/")) file = join(here, url.pathname);
  if (!file || !existsSync(file) || file.includes("..")) {
    response.writeHead(404);
    return response.end();
  }
  response.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "content-security-policy": CSP,
  });
  response.end(readFileSync(file));
}

before(async () => {
  server = createServer(serve);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = server.address().port;
  browser = await launchChromium(chromiumPath);
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.waitForFunction(() => document.getElementById("status")?.textContent === "done", null, { timeout: 20000 });
  return { page, problems, requests };
}

const LOCALE_CHUNK = /\/(ar|de|es|fr|ja|ko|ru|th|zh-CN|zh-TW)[-.][^/]*js$/;

test("every golden vector in Chromium, byte-identical to Node, under a strict CSP, in en and in ja and ar loaded on demand", async () => {
  const eid = await import("eid-form");
  const { page, problems, requests } = await open("/pages/module.html");
  const results = await page.evaluate(() => window.eidResults);
  assert.equal(results.length, cases.length);
  results.forEach((result, i) => {
    const node = JSON.stringify(eid.validate(cases[i].form, { today: cases[i].today, locale: "en" }));
    assert.equal(result.report, node, result.id);
  });
  const state = await page.evaluate(() => ({
    locales: window.eidLocales, atStart: window.eidLoadedAtStart, notLoaded: window.eidNotLoaded, loaded: window.eidLoaded,
  }));
  assert.deepEqual(state.locales, eid.locales());
  assert.deepEqual(state.atStart, ["en", "vi"]);
  assert.equal(state.notLoaded, 'eid-form: locale "ja" is not loaded: await loadLocale("ja") first');
  assert.deepEqual(state.loaded, ["ja", "ar"]);
  const byLocale = await page.evaluate(() => window.eidByLocale);
  for (const locale of ["ja", "ar"]) {
    byLocale[locale].forEach((result, i) => {
      const options = { today: cases[i].today, locale, isolating: locale === "ar" };
      assert.equal(result.report, JSON.stringify(eid.validate(cases[i].form, options)), `${result.id} in ${locale}`);
    });
  }
  // Only the chunks of the locales loaded went over the wire.
  assert.deepEqual(requests.filter((path) => LOCALE_CHUNK.test(path)), ["/pkg/locales/ja.js", "/pkg/locales/ar.js"]);
  assert.deepEqual(problems, []);
  await page.close();
});
