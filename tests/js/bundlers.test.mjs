// The bundlers people use (issue 13, item 6): one tiny app per toolchain under
// tests/bundlers/ (one package.json, one `npm install` by tests/setup.sh --node),
// each importing the package by name, built here with its own tool, then opened in
// headless Chromium under the server's strict Content-Security-Policy: Vite,
// webpack 5, esbuild, Rollup, and a plain `<script type="module">` page with no
// bundler; and Node 20 by package name. Each page must show the verdict Node
// gives, having fetched one locale's chunk (ja's: en and vi are in the .wasm),
// with no CSP violation, no console error and no failed request.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, realpathSync, rmSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { launchChromium } from "./chromium.mjs";

const root = new URL("../../", import.meta.url).pathname;
const apps = join(root, "tests/bundlers");
// The server's own policy (crates/eid-form-server/src/routes/mod.rs).
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "frame-ancestors 'none'; form-action 'self'";
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm" };
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const today = "2025-07-01";
// What every app validates (tests/bundlers/app/show.js), and Node's answer to compare with.
const { form } = await import(join(apps, "app/show.js"));
const eid = await import("eid-form");
const expected = eid.validate(form, { today, locale: "ja" });

// How each app is built, from tests/bundlers/ (the plain page is not built).
const BUILDS = {
  vite: ["node_modules/vite/bin/vite.js", "build", "--config", "vite/vite.config.mjs"],
  webpack: ["webpack/build.mjs"],
  esbuild: ["esbuild/build.mjs"],
  rollup: ["node_modules/rollup/dist/bin/rollup", "--silent", "-c", "rollup/rollup.config.mjs"],
};
// A locale's chunk holds its Fluent text; every bundler keeps that ASCII key as it is.
const isLocaleChunk = (text) => text.includes("field-application = ");

let server, base, browser;

function serve(request, response) {
  const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  const [, app, ...rest] = path.split("/");
  let file;
  if (path === "/favicon.ico") {
    response.writeHead(204);
    return response.end();
  }
  if (BUILDS[app]) file = join(apps, app, "dist", rest.join("/") || "index.html");
  else if (["plain", "app", "node_modules"].includes(app)) file = join(apps, app, rest.join("/") || "index.html");
  if (!file || path.includes("..") || !existsSync(file) || statSync(file).isDirectory()) {
    response.writeHead(404);
    return response.end();
  }
  response.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "content-security-policy": CSP,
    "cache-control": "no-store",
  });
  response.end(readFileSync(file));
}

before(async () => {
  assert.ok(existsSync(join(apps, "node_modules/eid-form")), "tests/bundlers has no node_modules: run `bash tests/setup.sh --node`");
  assert.equal(realpathSync(join(apps, "node_modules/eid-form")), realpathSync(join(root, "pkg")));
  server = createServer(serve);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium(chromiumPath);
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens an app's page; returns what it showed, the locale chunks it fetched and every problem seen. */
async function open(app) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const bodies = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (!response.ok()) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    else if (response.url().endsWith(".js")) bodies.push(response.text().then((text) => ({ url: response.url(), text })));
  });
  // Injected by the browser itself, not subject to the page's CSP.
  await page.addInitScript(() => {
    window.cspViolations = [];
    addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${base}/${app}/`);
  await page.waitForFunction(() => document.getElementById("status")?.textContent === "done", null, { timeout: 20000 })
    .catch((error) => { throw new Error(`${app}: ${problems.join("; ") || error.message}`); });
  const shown = await page.evaluate(() => ({ verdict: document.getElementById("verdict").textContent, ...window.eidApp }));
  problems.push(...(await page.evaluate(() => window.cspViolations)).map((v) => `CSP violation: ${v}`));
  const chunks = (await Promise.all(bodies)).filter(({ text }) => isLocaleChunk(text)).map(({ url }) => new URL(url).pathname);
  await context.close();
  return { shown, chunks, problems };
}

function checkPage(app, { shown, chunks, problems }) {
  const first = expected.issues[0];
  assert.equal(shown.verdict, `invalid: ${expected.issues.length} issues; ${first.path}: ${first.message}`, app);
  assert.match(first.message, /[\u3040-\u30ff\u4e00-\u9fff]/, "the verdict is in Japanese");
  assert.equal(shown.report, JSON.stringify(expected), `${app}: the report is byte-identical to Node's`);
  assert.match(shown.stdMessage, /[\u3040-\u30ff\u4e00-\u9fff]/, `${app}: standardSchema in Japanese`);
  // ja is not in the .wasm: the page fetched its chunk, and no other locale's.
  assert.equal(chunks.length, 1, `${app} fetched these locale chunks: ${chunks.join(", ")}`);
  assert.deepEqual(problems, [], `${app}: no CSP violation, console error or failed request`);
}

for (const [app, command] of Object.entries(BUILDS)) {
  test(`${app}: builds the app importing eid-form by name, splits every locale, and shows ja's verdict under the strict CSP`, async () => {
    const dist = join(apps, app, "dist");
    // Rollup, for one, adds to what a former build left there.
    rmSync(dist, { recursive: true, force: true });
    execFileSync(process.execPath, command, { cwd: apps, stdio: ["ignore", "pipe", "inherit"] });
    const files = readdirSync(dist, { recursive: true }).map(String);
    assert.equal(files.filter((f) => f.endsWith(".wasm")).length, 1, `${app} emitted one .wasm: ${files.join(", ")}`);
    // Each locale other than en and vi became a chunk of its own.
    const localeChunks = files.filter((f) => f.endsWith(".js") && isLocaleChunk(readFileSync(join(dist, f), "utf8")));
    assert.equal(localeChunks.length, eid.locales().length - 2, `${app}'s locale chunks: ${localeChunks.join(", ")}`);
    checkPage(app, await open(app));
  });
}

test("plain <script type=\"module\"> page: the browser entry by path, no bundler, ja's chunk fetched alone", async () => {
  const result = await open("plain");
  checkPage("plain", result);
  assert.deepEqual(result.chunks, ["/node_modules/eid-form/locales/ja.js"]);
});

test("Node 20 imports eid-form by package name (its Node entry, every locale loaded)", () => {
  const report = execFileSync(process.execPath, ["node/main.mjs"], { cwd: apps, encoding: "utf8" });
  assert.equal(report, JSON.stringify(expected));
  const resolved = execFileSync(process.execPath, ["--input-type=module", "-e", 'process.stdout.write(import.meta.resolve("eid-form"))'], { cwd: apps, encoding: "utf8" });
  assert.equal(realpathSync(new URL(resolved).pathname), realpathSync(join(root, "pkg/node.js")));
});
