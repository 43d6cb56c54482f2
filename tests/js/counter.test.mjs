// From kiosk to counter, in real Chromium against the real server (its strict
// CSP on): an application stored through the portal in Japanese gets a receipt
// whose QR code (decoded here with jsQR from a screenshot) is the stored
// reference; a desk officer signs in, finds it by that reference and by its
// passport's MRZ, reads it in Vietnamese and Japanese, records it received,
// prints the TK01 on one A4 page and downloads its JSON; a resubmission is
// pending until the desk makes it current; a stats account and a wrong
// password get nothing; the server's re-check on a later day shows a passport
// that expired since; the kiosk's receipt is wiped with everything else; the
// campaign view draws its charts from the stored data and gives its CSV;
// axe-core finds nothing on the receipt, desk and campaign view in en, ja and
// ar. Screenshots go to target/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { tmpdir } from "node:os";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { launchChromium } from "./chromium.mjs";

const root = new URL("../../", import.meta.url).pathname;
const binary = join(root, "target/release/eid-form-server");
const shots = join(root, "target/screenshots");
mkdirSync(shots, { recursive: true });
const cases = JSON.parse(readFileSync(join(root, "tests/vectors/public.json"), "utf8"));
const adult = cases.find((c) => c.id === "adult-level2-complete").form;
const axeSource = readFileSync(join(root, "tests/js/node_modules/axe-core/axe.min.js"), "utf8");
const { OFFICE, RECEIPT } = await import(join(root, "www/counter-text.js"));
const eid = await import("eid-form");

const dir = mkdtempSync(join(tmpdir(), "eid-form-counter-"));
const db = join(dir, "store.db");
const passwords = {};
const servers = [];
let base;
let browser;

/** An application for another person: its own passport number and mobile number. */
function person(n, changes = {}) {
  const form = structuredClone(adult);
  form.applicant.passport.number = `TK${String(7000000 + n)}`;
  form.contact.phone = `09123450${String(n).padStart(2, "0")}`;
  delete form.contact.email;
  return Object.assign(form, changes);
}

async function startServer(today) {
  const child = spawn(binary, ["--addr", "127.0.0.1:0"], {
    cwd: root,
    env: { ...process.env, EID_FORM_DB: db, EID_FORM_TODAY: today, EID_FORM_METRICS_ADDR: "off" },
    stdio: ["ignore", "pipe", "ignore"],
  });
  servers.push(child);
  const line = await new Promise((resolve) => createInterface({ input: child.stdout }).once("line", resolve));
  return line.slice(line.indexOf("http://"));
}

before(async () => {
  for (const [name, role] of [["counter-desk", "desk"], ["counter-stats", "stats"]]) {
    const added = execFileSync(binary, ["officer", "add", name, "--role", role], { env: { ...process.env, EID_FORM_DB: db } }).toString();
    passwords[name] = added.match(/^password: (.+)$/m)[1];
  }
  base = await startServer("2025-07-01");
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const child of servers) child.kill();
});

/** Opens a page with its CSP on; collects page errors, console errors (CSP violations among them), requests elsewhere. */
async function open(path, server = base) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1300 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(server) && !request.url().startsWith("data:")) problems.push(`request to ${request.url()}`);
  });
  await page.goto(`${server}${path}`);
  await page.waitForSelector("body[data-ready=true]");
  return { page, problems, context };
}

/** axe-core evaluated by the test driver (not an inline script), so the page keeps its CSP. */
async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

const flatten = (value, prefix = "") => Object.entries(value).flatMap(([key, v]) =>
  v && typeof v === "object" ? flatten(v, `${prefix}${key}.`) : [[`${prefix}${key}`, v]]);

/**
 * Fills every visible field of the form as a person would. A date is one box
 * (YYYY-MM-DD) or three (day, month, year, told apart by their names).
 */
async function fillVisible(page, form) {
  for (const [path, value] of flatten(form)) {
    const group = page.locator(`[data-path="${path}"]`);
    if ((await group.count()) === 0 || !(await group.isVisible())) continue;
    const controls = group.locator("input, select, textarea");
    const n = await controls.count();
    if (n === 1) {
      const control = controls.first();
      const kind = await control.evaluate((e) => `${e.tagName}:${e.type}`);
      if (kind.startsWith("SELECT")) await control.selectOption(String(value));
      else if (kind === "INPUT:checkbox") {
        if (value === true && !(await control.isChecked())) {
          await control.focus();
          await page.keyboard.press("Space");
        }
      } else await control.fill(String(value));
    } else {
      const [year, month, day] = String(value).split("-");
      for (let i = 0; i < n; i++) {
        const control = controls.nth(i);
        const hint = (await control.evaluate((e) => `${e.id} ${e.name} ${e.className}`)).toLowerCase();
        await control.fill(hint.includes("year") ? year : hint.includes("month") ? String(Number(month)) : String(Number(day)));
      }
    }
  }
}

/** The portal in `locale`, filled and submitted; the receipt on screen. */
async function throughPortal(locale, form) {
  const opened = await open(`/?lang=${locale}`);
  await fillVisible(opened.page, form);
  await opened.page.click("#submit");
  await opened.page.waitForSelector("#receipt");
  return opened;
}

/** The QR code on the page, read back from a screenshot of it. */
async function decodeQr(page) {
  await page.waitForFunction(() => document.getElementById("receipt-qr")?.complete && document.getElementById("receipt-qr").naturalWidth > 0);
  const png = PNG.sync.read(await page.locator("#receipt-qr").screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** Pages in a PDF that Chromium wrote (its page tree's leaves). */
const pdfPages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function signIn(page, name, password) {
  await page.fill("#name", name);
  await page.fill("#password", password);
  await page.click("#sign-in-submit");
}

/** A TD3 machine-readable zone for a form's applicant (ICAO 9303 check digits). */
function td3(form) {
  const value = (c) => (c === "<" ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const check = (text) => String([...text].reduce((sum, c, i) => sum + value(c) * [7, 3, 1][i % 3], 0) % 10);
  const pad = (text, n) => text.padEnd(n, "<").slice(0, n);
  const a = form.applicant;
  const [surname, ...given] = a.fullName.split(" ");
  const yymmdd = (date) => date.slice(2).replaceAll("-", "");
  const line1 = pad(`P<${a.passport.issuingState}${surname}<<${given.join("<")}`, 44);
  const number = pad(a.passport.number, 9);
  const birth = yymmdd(a.dateOfBirth);
  const expiry = yymmdd(a.passport.expiryDate);
  const optional = pad("", 14);
  const head = `${number}${check(number)}${a.nationality}${birth}${check(birth)}${a.sex}${expiry}${check(expiry)}${optional}${check(optional)}`;
  const composite = `${head.slice(0, 10)}${head.slice(13, 20)}${head.slice(21, 43)}`;
  return `${line1}\n${head}${check(composite)}`;
}

const ja = person(1);
let jaReference;

test("the portal in Japanese stores the application and its receipt's QR code is the stored reference", async () => {
  const { page, problems, context } = await throughPortal("ja", ja);
  jaReference = await page.getAttribute("#receipt-reference", "data-reference");
  assert.match(jaReference, /^[0-9a-f]{24}$/);
  assert.equal(await decodeQr(page), jaReference);
  const receipt = await page.locator("#receipt").textContent();
  for (const key of ["title", "reference", "passport", "card", "phone"]) {
    assert.ok(receipt.includes(RECEIPT.ja[key]), `ja ${key}`);
    assert.ok(receipt.includes(RECEIPT.vi[key]), `vi ${key}`);
  }
  assert.equal(await page.getAttribute("#receipt", "data-pending"), "false");
  assert.equal(await page.locator("#receipt-pending").count(), 0);
  assert.equal(await page.locator("#application").isHidden(), true);
  // The print layout: the receipt alone, on one A4 page.
  const pdf = await page.pdf({ format: "A4" });
  assert.equal(pdfPages(pdf), 1);
  await page.screenshot({ path: join(shots, "receipt-ja.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a wrong password and a stats account get nothing at the desk", async () => {
  const { page, problems, context } = await open("/desk.html");
  assert.equal(await page.getAttribute("body", "data-screen"), "sign-in");
  await signIn(page, "counter-desk", "not the password at all");
  await page.waitForFunction(() => document.getElementById("sign-in-problem").textContent !== "");
  assert.ok((await page.locator("#sign-in-problem").textContent()).includes(OFFICE.vi.wrongPassword));
  assert.equal(await page.locator("#find").isHidden(), true);
  const asStranger = await page.evaluate(async (ref) => (await fetch(`/api/applications/${ref}`)).status, jaReference);
  assert.equal(asStranger, 401);
  await signIn(page, "counter-stats", passwords["counter-stats"]);
  await page.waitForSelector("body[data-screen=refused]");
  assert.ok((await page.locator("#refused").textContent()).includes(OFFICE.vi.noDesk));
  assert.equal(await page.locator("#find").isHidden(), true);
  const asStats = await page.evaluate(async (ref) => {
    const response = await fetch(`/api/applications/${ref}`);
    return [response.status, await response.text()];
  }, jaReference);
  assert.equal(asStats[0], 403);
  assert.ok(!asStats[1].includes("SATO"), "no applicant data");
  // No token is kept by the page: the sign-in cookie is HttpOnly.
  assert.equal(await page.evaluate(() => document.cookie), "");
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
  assert.deepEqual(problems.filter((p) => !/status of 40[13]/.test(p)), []);
  await context.close();
});

test("the desk finds it by reference and by MRZ, shows it in Vietnamese and Japanese, records it received, prints and downloads", async () => {
  const { page, problems, context } = await open("/desk.html");
  await signIn(page, "counter-desk", passwords["counter-desk"]);
  await page.waitForSelector("body[data-screen=find]");
  // As printed on the receipt (groups of four), typed by hand.
  await page.fill("#reference", jaReference.replace(/(.{4})(?=.)/g, "$1 ").toUpperCase());
  await page.press("#reference", "Enter");
  await page.waitForSelector(`#record:not([hidden]) article[data-reference="${jaReference}"]`);
  const id = await page.getAttribute("#record", "data-id");
  const vi = eid.schema("vi");
  const jaSchema = eid.schema("ja");
  const label = (schema, path) => schema.fields.find((f) => f.path === path).label;
  const row = page.locator(`article[data-reference="${jaReference}"] tr[data-path="applicant.fullName"]`);
  assert.ok((await row.locator("th").textContent()).includes(label(vi, "applicant.fullName")));
  assert.equal(await row.locator("th .own").textContent(), label(jaSchema, "applicant.fullName"));
  assert.equal(await row.locator("th .own").getAttribute("lang"), "ja");
  assert.equal(await row.locator("td").textContent(), "SATO HANAKO");
  const sex = page.locator(`article[data-reference="${jaReference}"] tr[data-path="applicant.sex"] td`);
  assert.ok((await sex.textContent()).includes("Nữ"));
  assert.equal(await page.locator(`article[data-reference="${jaReference}"]`).getAttribute("data-state"), "current");
  assert.ok((await page.locator(".recheck-valid").first().textContent()).includes(OFFICE.vi.valid));
  await page.screenshot({ path: join(shots, "desk-ja.png"), fullPage: true });

  // By the passport's MRZ, as a scanner types it: the same application.
  await page.fill("#reference", "");
  await page.evaluate(() => {
    document.getElementById("record").hidden = true;
  });
  await page.fill("#mrz", td3(ja));
  await page.waitForSelector("#record:not([hidden])");
  assert.equal(await page.getAttribute("#record", "data-id"), id);
  // By issuing state and passport number.
  await page.fill("#issuing-state", "jpn");
  await page.fill("#passport-number", ja.applicant.passport.number);
  await page.locator("#by-passport button").click();
  await page.waitForSelector("#record:not([hidden])");
  assert.equal(await page.getAttribute("#record", "data-id"), id);

  // Received at the counter: the time and the officer.
  await page.click("#mark-received");
  await page.waitForSelector("#received.notice");
  assert.ok((await page.locator("#received").textContent()).includes("counter-desk"));
  assert.equal(await page.locator("#mark-received").count(), 0);

  // The TK01 in Vietnamese on one page, in the form's order.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("main").isHidden(), true);
  const printed = await page.locator("#tk01").innerText();
  assert.ok(printed.includes(OFFICE.vi.printTitle));
  const order = vi.sections.flatMap((s) => s.fields).filter((p) => !p.startsWith("representative."));
  let last = -1;
  for (const path of order) {
    const at = printed.indexOf(label(vi, path), last + 1);
    assert.ok(at > last, `${path} in order`);
    last = at;
  }
  assert.ok(!printed.includes(label(vi, "representative.fullName")), "no representative block for an adult");
  assert.ok(printed.includes("SATO HANAKO") && printed.includes("20/05/1990") && printed.includes(jaReference));
  await page.screenshot({ path: join(shots, "desk-tk01-print.png"), fullPage: true });
  // page.pdf() prints with the print media unless screen is emulated: back to no emulation first.
  await page.emulateMedia({ media: null });
  const tk01 = await page.pdf({ format: "A4" });
  writeFileSync(join(shots, "desk-tk01.pdf"), tk01);
  assert.equal(pdfPages(tk01), 1);

  // The normalized application, as the back office takes it.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  const json = JSON.parse(readFileSync(await download.path(), "utf8"));
  const stored = await page.evaluate(async (ref) => (await (await fetch(`/api/applications/${ref}`)).json()).versions[0].application, jaReference);
  assert.deepEqual(json, stored);
  // What the portal posted (its unticked ward box included), normalized.
  assert.deepEqual(json, eid.validate({ ...ja, applicant: { ...ja.applicant, ward: false } }, { today: "2025-07-01" }).normalized);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a resubmission is pending on its receipt and becomes current only at the desk", async () => {
  const changed = structuredClone(ja);
  changed.contact.email = "hanako.new@example.jp";
  const { page, problems, context } = await throughPortal("ja", changed);
  const pendingReference = await page.getAttribute("#receipt-reference", "data-reference");
  assert.notEqual(pendingReference, jaReference);
  assert.equal(await decodeQr(page), pendingReference);
  assert.equal(await page.getAttribute("#receipt", "data-pending"), "true");
  const note = await page.locator("#receipt-pending").textContent();
  assert.ok(note.includes(RECEIPT.ja.pending) && note.includes(RECEIPT.vi.pending));
  await page.screenshot({ path: join(shots, "receipt-pending-ja.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();

  const desk = await open("/desk.html");
  await signIn(desk.page, "counter-desk", passwords["counter-desk"]);
  await desk.page.waitForSelector("body[data-screen=find]");
  await desk.page.fill("#reference", pendingReference);
  await desk.page.press("#reference", "Enter");
  const pending = desk.page.locator(`article[data-reference="${pendingReference}"]`);
  await pending.waitFor();
  assert.equal(await pending.getAttribute("data-state"), "pending");
  assert.equal(await desk.page.locator(`article[data-reference="${jaReference}"]`).getAttribute("data-state"), "current");
  assert.ok((await pending.locator('tr[data-path="contact.email"] td').textContent()).includes("hanako.new@example.jp"));
  await desk.page.screenshot({ path: join(shots, "desk-pending-ja.png"), fullPage: true });
  await desk.page.click(`[data-make-current="${pendingReference}"]`);
  await desk.page.waitForSelector(`article[data-reference="${pendingReference}"][data-state=current]`);
  assert.equal(await desk.page.locator(`details article[data-reference="${jaReference}"]`).getAttribute("data-state"), "earlier");
  assert.deepEqual(desk.problems, []);
  await desk.context.close();
});

test("on a later day the desk sees the passport that expired since submission", async () => {
  const soon = person(2);
  soon.applicant.passport.issueDate = "2016-01-05";
  soon.applicant.passport.expiryDate = "2026-01-04";
  const stored = await fetch(`${base}/api/applications?locale=en`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(soon),
  });
  assert.equal(stored.status, 201);
  const { id } = await stored.json();
  // A second server on the same store, whose day is after the expiry.
  const later = await startServer("2026-02-01");
  const { page, problems, context } = await open("/desk.html", later);
  await signIn(page, "counter-desk", passwords["counter-desk"]);
  await page.waitForSelector("body[data-screen=find]");
  await page.fill("#reference", id);
  await page.press("#reference", "Enter");
  await page.waitForSelector(".recheck-invalid");
  const expired = page.locator('.recheck-invalid li[data-code="document-expired"]');
  assert.equal(await expired.count(), 1);
  const messages = eid.validate(soon, { today: "2026-02-01", locale: "vi" }).issues.filter((i) => i.code === "document-expired");
  assert.ok((await expired.textContent()).includes(messages[0].message));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the kiosk shows the receipt and wipes it with everything else after the idle time", async () => {
  const { page, problems, context } = await open("/kiosk.html?idle=6&countdown=1");
  await page.click("#languages button[lang=ko]");
  await page.waitForSelector("#choose-language[hidden]", { state: "attached" });
  const form = person(3);
  for (let step = 0; step < 10; step++) {
    await fillVisible(page, form);
    if (await page.locator("#submit").isVisible()) break;
    await page.click("#next");
  }
  await page.click("#submit");
  await page.waitForSelector("#receipt");
  const reference = await page.getAttribute("#receipt-reference", "data-reference");
  assert.equal(await decodeQr(page), reference);
  assert.ok((await page.locator("#receipt").textContent()).includes(RECEIPT.ko.title));
  assert.equal(await page.locator("#receipt-done").isVisible(), true);
  await page.screenshot({ path: join(shots, "kiosk-receipt-ko.png"), fullPage: true });
  await page.waitForSelector("body[data-wiped='1']", { timeout: 20000 });
  assert.equal(await page.locator("#receipt").count(), 0);
  assert.ok(!(await page.content()).includes(reference));
  assert.equal(await page.locator("#choose-language").isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

const references = {};

for (const [n, locale] of ["en", "ja", "ko", "zh-CN", "th", "ar"].entries()) {
  test(`the receipt and the desk in ${locale}: screenshots${["en", "ja", "ar"].includes(locale) ? ", no axe-core violation" : ""}`, async () => {
    const { page, problems, context } = await throughPortal(locale, person(10 + n));
    references[locale] = await page.getAttribute("#receipt-reference", "data-reference");
    assert.equal(await page.getAttribute("#receipt", "lang"), locale);
    assert.equal(await page.getAttribute("#receipt", "dir"), locale === "ar" ? "rtl" : "ltr");
    if (["en", "ja", "ar"].includes(locale)) assert.deepEqual(await axe(page), []);
    await page.screenshot({ path: join(shots, `receipt-${locale}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();

    const desk = await open("/desk.html");
    await signIn(desk.page, "counter-desk", passwords["counter-desk"]);
    await desk.page.waitForSelector("body[data-screen=find]");
    await desk.page.fill("#reference", references[locale]);
    await desk.page.press("#reference", "Enter");
    await desk.page.waitForSelector(`article[data-reference="${references[locale]}"]`);
    const own = desk.page.locator(`article[data-reference="${references[locale]}"] tr[data-path="contact.phone"] th .own`);
    if (locale !== "vi") {
      assert.equal(await own.getAttribute("lang"), locale);
      assert.equal(await own.getAttribute("dir"), locale === "ar" ? "rtl" : "ltr");
    }
    if (["en", "ja", "ar"].includes(locale)) assert.deepEqual(await axe(desk.page), []);
    await desk.page.screenshot({ path: join(shots, `desk-${locale}.png`), fullPage: true });
    assert.deepEqual(desk.problems, []);
    await desk.context.close();
  });
}

test("the campaign view draws its charts from the stored data and gives the CSV; nothing personal", async () => {
  // Refused submissions, so the issue charts have something to count.
  for (const locale of ["ja", "ja", "en"]) {
    const refused = await fetch(`${base}/api/applications?locale=${locale}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ level: 2 }),
    });
    assert.equal(refused.status, 422);
  }
  const anonymous = await fetch(`${base}/api/stats/chart/levels.svg`);
  assert.equal(anonymous.status, 401);
  const { page, problems, context } = await open("/stats.html");
  await signIn(page, "counter-stats", passwords["counter-stats"]);
  await page.waitForSelector("body[data-charts]");
  const images = page.locator("#charts img");
  const count = await images.count();
  assert.ok(count >= 6, `${count} charts`);
  for (let i = 0; i < count; i++) {
    assert.ok(await images.nth(i).evaluate(async (img) => {
      if (!img.complete) await new Promise((resolve) => img.addEventListener("load", resolve, { once: true }));
      return img.naturalWidth > 0;
    }), `chart ${i} drew`);
  }
  const svg = (name) => page.evaluate(async (n) => (await fetch(`/api/stats/chart/${n}`)).text(), name);
  /** The words of a chart: its axis labels and the figures above its bars. */
  const texts = (chart) => [...chart.matchAll(/<text[^>]*>\s*([^<]*?)\s*<\/text>/g)].map((m) => m[1]);
  const stats = await page.evaluate(async () => (await fetch("/api/stats")).json());
  const byLocale = await svg("locales.svg");
  for (const tag of ["ar", "en", "ja", "ko", "th", "zh-CN"]) assert.ok(texts(byLocale).includes(tag), tag);
  const levels = texts(await svg("levels.svg"));
  assert.ok(levels.includes("level 2") && levels.includes("&lt;5"), "level 1 has none: <5");
  const level2 = stats.stored.cells.filter((c) => c.level === 2).length;
  assert.ok(level2 > 0);
  const codes = texts(await svg("refused-codes.svg"));
  assert.ok(codes.includes("required"), codes.join(" "));
  const jaCodes = texts(await svg("refused-codes.svg?locale=ja"));
  assert.ok(jaCodes.includes("required"));
  for (const text of [byLocale, levels, codes]) assert.ok(!text.includes("SATO") && !text.includes("TK70"));
  // The CSV: every cell of /api/stats, small ones as "<5".
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#csv")]);
  const csv = readFileSync(await download.path(), "utf8").trim().split("\r\n");
  assert.equal(csv[0], "table,day,level,locale,code,count");
  assert.equal(csv.length - 1, stats.stored.cells.length + stats.refused.cells.length);
  for (const cell of stats.stored.cells) {
    assert.ok(csv.includes(`stored,${cell.day},${cell.level},${cell.locale},,${cell.count}`), JSON.stringify(cell));
  }
  assert.ok(!csv.join("\n").includes("SATO"));
  await page.screenshot({ path: join(shots, "stats.png"), fullPage: true });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
