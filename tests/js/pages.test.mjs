// The portal and the kiosk in real Chromium, served by the real server (with
// its strict Content-Security-Policy) on a loopback port: a valid application
// goes through and the server agrees; wrong inputs give the GOV.UK summary and
// inline messages in en, ja and ar, each page fetching its own locale's chunk
// alone (none for en), and the language switch loads the new one; the
// representative block follows the date of birth; the kiosk pre-fills from the ICAO specimen MRZ and wipes itself
// after the idle time; axe-core finds no violations. Screenshots are written to
// target/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { launchChromium } from "./chromium.mjs";

const root = new URL("../../", import.meta.url).pathname;
const shots = join(root, "target/screenshots");
mkdirSync(shots, { recursive: true });
const cases = JSON.parse(readFileSync(join(root, "tests/vectors/public.json"), "utf8"));
const adult = cases.find((c) => c.id === "adult-level2-complete").form;
const axeSource = readFileSync(join(root, "tests/js/node_modules/axe-core/axe.min.js"), "utf8");

let server;
let base;
let browser;
let deskPassword;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), "eid-form-pages-"));
  // An officer to look the stored application up (the server's own command).
  const added = execFileSync(join(root, "target/release/eid-form-server"), ["officer", "add", "pages-desk", "--role", "desk"], {
    env: { ...process.env, EID_FORM_DB: join(dir, "store.db") },
  }).toString();
  deskPassword = added.match(/^password: (.+)$/m)[1];
  server = spawn(join(root, "target/release/eid-form-server"), ["--addr", "127.0.0.1:0"], {
    cwd: root,
    env: { ...process.env, EID_FORM_DB: join(dir, "store.db"), EID_FORM_TODAY: "2025-07-01", EID_FORM_METRICS_ADDR: "off" },
    stdio: ["ignore", "pipe", "ignore"],
  });
  const line = await new Promise((resolve) => createInterface({ input: server.stdout }).once("line", resolve));
  base = line.slice(line.indexOf("http://"));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** Opens a page; collects page errors, console errors (CSP violations among them) and requests elsewhere. */
async function open(path, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1300 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  const chunks = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith("data:")) problems.push(`request to ${request.url()}`);
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/pkg/locales/")) chunks.push(path);
  });
  await page.goto(`${base}${path}`);
  await page.waitForSelector("body[data-ready=true]");
  return { page, problems, context, chunks };
}

/** The locale chunks a page fetched: locales/browser.js, the table, is no locale's. */
const localeChunks = (chunks) => chunks.filter((path) => path !== "/pkg/locales/browser.js");

/** Types a YYYY-MM-DD date into a field's three boxes, as a person writes it (no leading zeros). */
async function fillDate(page, path, date) {
  const id = `#f-${path.replaceAll(".", "-")}`;
  const [year, month, day] = date.split("-");
  for (const [part, value] of [["day", day], ["month", month], ["year", year]]) {
    await page.fill(`${id}-${part}`, String(Number(value)));
  }
}

/** What a date's three boxes hold, as YYYY-MM-DD. */
async function dateIn(page, path) {
  const id = `#f-${path.replaceAll(".", "-")}`;
  const [day, month, year] = await Promise.all(["day", "month", "year"].map((part) => page.inputValue(`${id}-${part}`)));
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

async function fillPortal(page, form) {
  await page.selectOption("#f-level", String(form.level));
  const a = form.applicant;
  await page.fill("#f-applicant-fullName", a.fullName);
  await fillDate(page, "applicant.dateOfBirth", a.dateOfBirth);
  await page.selectOption("#f-applicant-sex", a.sex);
  await page.selectOption("#f-applicant-nationality", a.nationality);
  await page.fill("#f-applicant-passport-number", a.passport.number);
  await page.selectOption("#f-applicant-passport-issuingState", a.passport.issuingState);
  await fillDate(page, "applicant.passport.issueDate", a.passport.issueDate);
  await fillDate(page, "applicant.passport.expiryDate", a.passport.expiryDate);
  await page.selectOption("#f-applicant-residenceCard-kind", a.residenceCard.kind);
  await page.fill("#f-applicant-residenceCard-number", a.residenceCard.number);
  await page.selectOption("#f-applicant-residenceCard-symbol", a.residenceCard.symbol);
  await fillDate(page, "applicant.residenceCard.issueDate", a.residenceCard.issueDate);
  await fillDate(page, "applicant.residenceCard.expiryDate", a.residenceCard.expiryDate);
  await page.fill("#f-contact-phone", form.contact.phone);
  await page.selectOption("#f-contact-phoneOwner", form.contact.phoneOwner);
  if (form.contact.phoneOwnershipConfirmed) {
    // As a keyboard user does: move to the box (its neighbours' checks settle), then tick it.
    await page.focus("#f-contact-phoneOwnershipConfirmed");
    await page.keyboard.press("Space");
  }
  if (form.contact.email) await page.fill("#f-contact-email", form.contact.email);
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

test("the portal takes a valid application, and the server agrees", async () => {
  const { page, problems, context } = await open("/?lang=en");
  await fillPortal(page, adult);
  const posted = page.waitForRequest((r) => r.url().includes("/api/applications") && r.method() === "POST");
  await page.click("#submit");
  await page.waitForSelector(".outcome-success");
  // Dates typed as three boxes ("20", "5", "1990") go on the wire as YYYY-MM-DD.
  const sent = (await posted).postDataJSON();
  assert.equal(sent.applicant.dateOfBirth, adult.applicant.dateOfBirth);
  assert.deepEqual(sent.applicant.passport, adult.applicant.passport);
  assert.deepEqual(sent.applicant.residenceCard, adult.applicant.residenceCard);
  assert.equal(await page.locator("#error-summary").isHidden(), true);
  const signIn = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "pages-desk", password: deskPassword }),
  });
  assert.equal(signIn.status, 200);
  const cookie = signIn.headers.get("set-cookie").split(";")[0];
  const found = await fetch(`${base}/api/applications/search`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ issuingState: adult.applicant.passport.issuingState, passportNumber: adult.applicant.passport.number }),
  });
  assert.equal(found.status, 200, "the server stored it");
  assert.equal((await found.json()).versions[0].state, "current");
  await page.screenshot({ path: join(shots, "portal-success-en.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

for (const locale of ["en", "ja", "ar"]) {
  test(`wrong inputs: summary and inline messages in ${locale}, links focus the fields`, async () => {
    const { page, problems, context, chunks } = await open(`/?lang=${locale}`);
    const eid = await import("eid-form");
    assert.deepEqual(localeChunks(chunks), locale === "en" ? [] : [`/pkg/locales/${locale}.js`]);
    await fillPortal(page, { ...adult, contact: { ...adult.contact, phone: "024 3825 1234" } });
    await fillDate(page, "applicant.passport.expiryDate", "2025-06-30");
    await page.click("#submit");
    await page.waitForSelector("#error-summary:not([hidden])");
    assert.equal(await page.evaluate(() => document.activeElement.id), "error-summary");
    const expected = eid.validate(
      { ...adult, applicant: { ...adult.applicant, passport: { ...adult.applicant.passport, expiryDate: "2025-06-30" } },
        contact: { ...adult.contact, phone: "024 3825 1234" } },
      { today: "2025-07-01", locale, isolating: locale === "ar" },
    ).issues.filter((i) => i.severity === "error");
    const links = page.locator("#error-summary a");
    assert.equal(await links.count(), expected.length);
    for (const [i, issue] of expected.entries()) {
      assert.equal(await links.nth(i).textContent(), issue.message);
    }
    const inline = await page.locator("#f-contact-phone-error").textContent();
    assert.ok(inline.endsWith(expected.find((i) => i.path === "contact.phone").message));
    assert.equal(await page.getAttribute("#f-contact-phone", "aria-invalid"), "true");
    assert.ok((await page.getAttribute("#f-contact-phone", "aria-describedby")).includes("f-contact-phone-error"));
    assert.ok((await page.title()).startsWith(eid.schema(locale).text["ui-title-error-prefix"]));
    assert.equal(await page.getAttribute("html", "lang"), locale);
    assert.equal(await page.getAttribute("html", "dir"), locale === "ar" ? "rtl" : "ltr");
    const phoneLink = links.filter({ hasText: expected.find((i) => i.path === "contact.phone").message });
    await phoneLink.click();
    assert.equal(await page.evaluate(() => document.activeElement.id), "f-contact-phone");
    await page.screenshot({ path: join(shots, `portal-errors-${locale}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("the portal's language switch loads the language chosen and keeps what was typed", async () => {
  const { page, problems, context, chunks } = await open("/?lang=en-GB");
  const eid = await import("eid-form");
  assert.equal(await page.getAttribute("body", "data-locale"), "en");
  await page.fill("#f-applicant-fullName", "SATO HANAKO");
  await page.selectOption("#language", "ja");
  await page.waitForSelector("body[data-locale=ja]");
  assert.equal(await page.locator("#title").textContent(), eid.schema("ja").text["ui-title"]);
  assert.equal(await page.locator("label[for=f-applicant-fullName]").textContent(), eid.schema("ja").fields.find((f) => f.path === "applicant.fullName").label);
  assert.equal(await page.inputValue("#f-applicant-fullName"), "SATO HANAKO");
  await page.selectOption("#language", "vi");
  await page.waitForSelector("body[data-locale=vi]");
  await page.selectOption("#language", "ar");
  await page.waitForSelector("body[data-locale=ar]");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await page.inputValue("#f-applicant-fullName"), "SATO HANAKO");
  // vi is in the module: only ja and ar were fetched.
  assert.deepEqual(localeChunks(chunks), ["/pkg/locales/ja.js", "/pkg/locales/ar.js"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the representative block appears and disappears with the date of birth", async () => {
  const { page, context } = await open("/?lang=en");
  const block = page.locator("#section-representative");
  await fillDate(page, "applicant.dateOfBirth", "1990-05-20");
  await page.locator("#f-applicant-dateOfBirth-year").blur();
  assert.equal(await block.isHidden(), true);
  await fillDate(page, "applicant.dateOfBirth", "2015-03-14");
  await page.locator("#f-applicant-dateOfBirth-year").blur();
  await page.waitForSelector("#section-representative:not([hidden])");
  const explained = await page.locator("#phone-owner-explained").textContent();
  const eid = await import("eid-form");
  assert.equal(explained, eid.schema("en").text["ui-phone-owner-representative"]);
  await fillDate(page, "applicant.dateOfBirth", "1990-05-20");
  await page.locator("#f-applicant-dateOfBirth-year").blur();
  await page.waitForSelector("#section-representative[hidden]", { state: "attached" });
  await page.focus("#f-applicant-ward");
  await page.keyboard.press("Space");
  await page.waitForSelector("#section-representative:not([hidden])");
  await context.close();
});

test("the kiosk pre-fills from the ICAO specimen MRZ, split from one scanned line", async () => {
  const { page, problems, context } = await open("/kiosk.html");
  await page.click("#languages button[lang=en]");
  const scan = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<" + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
  await page.fill("#mrz-scan", scan);
  assert.equal(await page.inputValue("#f-applicant-fullName"), "ERIKSSON ANNA MARIA");
  assert.equal(await dateIn(page, "applicant.dateOfBirth"), "1974-08-12");
  assert.equal(await page.inputValue("#f-applicant-sex"), "F");
  assert.equal(await page.inputValue("#f-applicant-passport-number"), "L898902C3");
  assert.equal(await dateIn(page, "applicant.passport.expiryDate"), "2012-04-15");
  assert.equal((await page.inputValue("#mrz-scan")).split("\n").length, 2);
  const eid = await import("eid-form");
  assert.equal(await page.locator("#mrz-status").textContent(), eid.schema("en").text["ui-mrz-filled"]);
  // A broken check digit is said plainly.
  await page.fill("#mrz-scan", scan.replace("L898902C36", "L898902C37"));
  assert.ok((await page.locator("#mrz-status").textContent()).startsWith(eid.schema("en").text["ui-mrz-check-failed"]));
  // Enter from a scanner does not submit.
  await page.locator("#f-applicant-fullName").press("Enter");
  assert.equal(await page.locator("#outcome").isHidden(), true);
  await page.screenshot({ path: join(shots, "kiosk-mrz-en.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("the kiosk wipes every field and message after the idle time", async () => {
  const { page, context, chunks } = await open("/kiosk.html?idle=1&countdown=1");
  await page.click("#languages button[lang=ja]");
  await page.waitForSelector("#choose-language[hidden]", { state: "attached" });
  assert.equal(await page.getAttribute("html", "lang"), "ja");
  assert.deepEqual(localeChunks(chunks), ["/pkg/locales/ja.js"]);
  await page.click("#next");
  await page.fill("#f-applicant-fullName", "SATO HANAKO");
  await page.waitForSelector("body[data-wiped='1']", { timeout: 10000 });
  assert.equal(await page.locator("#choose-language").isVisible(), true);
  assert.equal(await page.locator("#application input, #application select").count(), 0);
  assert.equal(await page.inputValue("#mrz-scan"), "");
  const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
  assert.deepEqual(stored, [0, 0, ""]);
  const html = await page.content();
  assert.ok(!html.includes("SATO HANAKO"));
  await context.close();
});

for (const locale of ["en", "ja", "ar"]) {
  test(`axe-core finds no violations on the portal in ${locale}, empty and with every error shown`, async () => {
    // Playwright injects axe as an inline script, which the page's CSP forbids: bypass it for this check only.
    const { page, context } = await open(`/?lang=${locale}`, { bypassCSP: true });
    assert.deepEqual(await axe(page), [], "empty form");
    await page.fill("#f-applicant-fullName", "SATO HANAKO");
    await page.fill("#f-applicant-dateOfBirth-day", "29");
    await page.fill("#f-applicant-dateOfBirth-month", "2");
    await page.fill("#f-applicant-dateOfBirth-year", "2023");
    await page.click("#submit");
    await page.waitForSelector("#error-summary:not([hidden])");
    assert.deepEqual(await axe(page), [], "errors shown");
    await context.close();
  });

  test(`axe-core finds no violations on every kiosk screen in ${locale}`, async () => {
    const { page, context } = await open("/kiosk.html", { bypassCSP: true });
    assert.deepEqual(await axe(page), [], "language screen");
    await page.click(`#languages button[lang=${locale}]`);
    await page.waitForSelector("#choose-language[hidden]", { state: "attached" });
    for (let screen = 0; screen < 8 && (await page.locator("#next").isVisible()); screen += 1) {
      assert.deepEqual(await axe(page), [], `screen ${screen}`);
      await page.click("#next");
    }
    await page.click("#submit");
    await page.waitForSelector("#error-summary:not([hidden])");
    assert.deepEqual(await axe(page), [], "errors shown");
    await context.close();
  });
}

test("three-box dates: the box that is wrong is marked, the others are not, and its link focuses it", async () => {
  const { page, problems, context } = await open("/?lang=en");
  const eid = await import("eid-form");
  const path = "applicant.dateOfBirth";
  const cases = [
    { typed: { day: "29", month: "2", year: "2023" }, wrong: ["day"] },
    { typed: { day: "31", month: "4", year: "1990" }, wrong: ["day"] },
    { typed: { day: "0", month: "5", year: "1990" }, wrong: ["day"] },
    { typed: { day: "12", month: "13", year: "1990" }, wrong: ["month"] },
    { typed: { day: "12", month: "5", year: "90" }, wrong: ["year"] },
    { typed: { day: "12", month: "", year: "1990" }, wrong: ["month"] },
    { typed: { day: "1x", month: "5", year: "1990" }, wrong: ["day"] },
    // A real date in the future: the whole date, not one box.
    { typed: { day: "1", month: "1", year: "2030" }, wrong: ["day", "month", "year"], code: "date-in-future" },
    // Leap years are the library's: 29 February 2024 is a real date.
    { typed: { day: "29", month: "2", year: "2024" }, wrong: [] },
  ];
  for (const { typed, wrong, code = "invalid-date" } of cases) {
    for (const [part, value] of Object.entries(typed)) await page.fill(`#f-applicant-dateOfBirth-${part}`, value);
    await page.click("#submit");
    await page.waitForSelector("#error-summary:not([hidden])");
    const dateOfBirth = `${typed.year}-${typed.month.padStart(2, "0")}-${typed.day.padStart(2, "0")}`;
    const issue = eid.validate({ applicant: { fullName: "SATO HANAKO", dateOfBirth } }, { today: "2025-07-01", locale: "en" })
      .issues.find((i) => i.path === path);
    const label = JSON.stringify(typed);
    assert.equal(issue?.code, wrong.length === 0 ? undefined : code, label);
    const marked = [];
    for (const part of ["day", "month", "year"]) {
      if ((await page.getAttribute(`#f-applicant-dateOfBirth-${part}`, "aria-invalid")) === "true") marked.push(part);
    }
    assert.deepEqual(marked, wrong, label);
    if (issue) {
      assert.ok((await page.locator("#f-applicant-dateOfBirth-error").textContent()).endsWith(issue.message), label);
      await page.locator("#error-summary a", { hasText: issue.message }).click();
      assert.equal(await page.evaluate(() => document.activeElement.id), `f-applicant-dateOfBirth-${wrong[0]}`, label);
      const describedBy = await page.getAttribute("#f-applicant-dateOfBirth >> xpath=ancestor::fieldset[1]", "aria-describedby");
      assert.ok(describedBy.split(" ").includes("f-applicant-dateOfBirth-error"), label);
    }
  }
  await page.fill("#f-applicant-dateOfBirth-day", "29");
  await page.fill("#f-applicant-dateOfBirth-month", "2");
  await page.fill("#f-applicant-dateOfBirth-year", "2023");
  await page.click("#submit");
  await page.screenshot({ path: join(shots, "portal-date-invalid-en.png"), clip: await page.locator("[data-path='applicant.dateOfBirth']").boundingBox() });
  assert.deepEqual(problems, []);
  await context.close();
});

test("three-box dates follow the locale's order and words, and fill from YYYY-MM-DD", async () => {
  const eid = await import("eid-form");
  for (const [locale, order] of [["en", ["day", "month", "year"]], ["ja", ["year", "month", "day"]], ["ko", ["year", "month", "day"]], ["ar", ["day", "month", "year"]]]) {
    const { page, problems, context } = await open(`/?lang=${locale}`);
    const schema = eid.schema(locale, { isolating: locale === "ar" });
    const dates = schema.fields.filter((f) => f.kind === "date").map((f) => f.path);
    assert.deepEqual(dates, ["applicant.dateOfBirth", "applicant.passport.issueDate", "applicant.passport.expiryDate",
      "applicant.residenceCard.issueDate", "applicant.residenceCard.expiryDate", "representative.dateOfBirth"]);
    for (const path of dates) {
      const id = `f-${path.replaceAll(".", "-")}`;
      const boxes = await page.locator(`#${id} input`).evaluateAll((inputs) =>
        inputs.map((i) => ({ part: i.dataset.part, inputmode: i.inputMode, label: i.labels[0]?.textContent })));
      assert.deepEqual(boxes.map((b) => b.part), order, `${locale} ${path}`);
      assert.deepEqual(boxes.map((b) => b.label), order.map((part) => schema.dateParts.find((p) => p.part === part).label));
      assert.ok(boxes.every((b) => b.inputmode === "numeric"));
      const legend = await page.locator(`#${id} >> xpath=ancestor::fieldset[1]/legend`).textContent();
      assert.equal(legend, schema.fields.find((f) => f.path === path).label);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("a missing field or block says what to do, and its link goes to the box it names", async () => {
  const eid = await import("eid-form");
  for (const locale of ["en", "ja", "ar"]) {
    const { page, problems, context } = await open(`/?lang=${locale}`);
    await page.fill("#f-applicant-fullName", "SATO HANAKO");
    await page.click("#submit");
    await page.waitForSelector("#error-summary:not([hidden])");
    const options = { today: "2025-07-01", locale, isolating: locale === "ar" };
    const report = eid.validate({ applicant: { fullName: "SATO HANAKO" } }, options);
    const schema = eid.schema(locale, { isolating: locale === "ar" });
    const errors = report.issues.filter((i) => i.severity === "error");
    // The passport and the residence card are missing as blocks: the path stays the block's (FORM.md).
    assert.ok(errors.some((i) => i.path === "applicant.passport" && i.code === "required"));
    assert.ok(errors.some((i) => i.path === "applicant.residenceCard" && i.code === "required"));
    const links = page.locator("#error-summary a");
    assert.equal(await links.count(), errors.length);
    for (const [n, issue] of errors.entries()) {
      assert.equal(await links.nth(n).textContent(), issue.message);
      await links.nth(n).click();
      const field = schema.fields.find((f) => f.path === issue.path);
      const target = `f-${(field.firstField ?? issue.path).replaceAll(".", "-")}`;
      const focused = await page.evaluate(() => document.activeElement.id);
      // A date's link goes to its first box.
      assert.ok(focused === target || focused.startsWith(`${target}-`), `${locale} ${issue.path}: ${focused}`);
    }
    if (locale === "en") {
      const messages = errors.map((i) => i.message);
      // (With no level, the contact rules wait for it: FORM.md skips rules whose field has an error.)
      for (const expected of ["Select your account level", "Enter your date of birth", "Enter your passport number",
        "Select the kind of residence card you hold"]) {
        assert.ok(messages.includes(expected), `${expected} in ${messages.join(" | ")}`);
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("the kiosk offers ja, ko, zh-CN, zh-TW, en, vi first, each in its own script, and the same after a wipe", async () => {
  const { page, problems, context } = await open("/kiosk.html?idle=1&countdown=1");
  const eid = await import("eid-form");
  const first = ["ja", "ko", "zh-CN", "zh-TW", "en", "vi"];
  const expected = [...first, ...eid.locales().filter((tag) => !first.includes(tag))];
  const scripts = {
    ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, ko: /\p{Script=Hangul}/u, "zh-CN": /简体/u, "zh-TW": /繁體/u,
    th: /\p{Script=Thai}/u, ar: /\p{Script=Arabic}/u, ru: /\p{Script=Cyrillic}/u,
    en: /^English$/, vi: /^Tiếng Việt$/u, fr: /^Français$/u, de: /^Deutsch$/, es: /^Español$/u,
  };
  const buttons = () => page.locator("#languages button").evaluateAll((all) => all.map((b) => [b.lang, b.textContent, b.dir]));
  const shown = await buttons();
  assert.deepEqual(shown.map(([tag]) => tag), expected);
  for (const [tag, name, dir] of shown) {
    assert.match(name, scripts[tag], tag);
    assert.equal(dir, "auto");
  }
  await page.click("#languages button[lang=ko]");
  await page.waitForSelector("body[data-wiped='1']", { timeout: 10000 });
  assert.deepEqual(await buttons(), shown, "nothing of the last applicant's choice is kept");
  const kept = await page.evaluate(async () => [localStorage.length, sessionStorage.length, document.cookie,
    (await indexedDB.databases()).length, (await caches.keys()).length]);
  assert.deepEqual(kept, [0, 0, "", 0, 0]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("in Arabic the header and every left-to-right run display in logical order", async () => {
  for (const [path, choose] of [["/?lang=ar", false], ["/kiosk.html", true]]) {
    const { page, problems, context } = await open(path);
    if (choose) {
      await page.click("#languages button[lang=ar]");
      await page.waitForSelector("#choose-language[hidden]", { state: "attached" });
    }
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    // Where each piece of the subtitle is drawn, left to right on the screen.
    const at = await page.locator("#subtitle").evaluate((element) => {
      const node = element.firstChild;
      const x = (piece) => {
        const range = document.createRange();
        const start = node.data.indexOf(piece);
        range.setStart(node, start);
        range.setEnd(node, start + piece.length);
        return range.getBoundingClientRect().left;
      };
      return { text: node.data, x69: x("69"), x2024: x("2024"), xNd: x("NĐ-CP"), xDecree: x("المرسوم"), xTk: x("TK01"), xForm: x("النموذج") };
    });
    // The decree number is one isolated run, read left to right: 69/2024/NĐ-CP.
    assert.ok(at.text.includes("\u206869/2024/NĐ-CP\u2069"), JSON.stringify(at.text));
    assert.ok(at.x69 < at.x2024 && at.x2024 < at.xNd, JSON.stringify(at));
    // ...and comes after "the decree" in reading order, so to its left on a right-to-left line.
    assert.ok(at.xNd < at.xDecree && at.xTk < at.xForm, JSON.stringify(at));
    assert.deepEqual(problems, []);
    await context.close();
  }
});

for (const locale of ["en", "ja", "ko", "zh-CN", "th", "ar"]) {
  test(`screenshots of the portal and the kiosk in ${locale}`, async () => {
    const portal = await open(`/?lang=${locale}`);
    await portal.page.fill("#f-applicant-fullName", "SATO HANAKO");
    await portal.page.fill("#f-applicant-dateOfBirth-day", "29");
    await portal.page.fill("#f-applicant-dateOfBirth-month", "2");
    await portal.page.fill("#f-applicant-dateOfBirth-year", "2023");
    await portal.page.click("#submit");
    await portal.page.waitForSelector("#error-summary:not([hidden])");
    await portal.page.screenshot({ path: join(shots, `portal-${locale}.png`), fullPage: true });
    assert.deepEqual(portal.problems, []);
    await portal.context.close();
    const kiosk = await open("/kiosk.html", { viewport: { width: 1080, height: 1400 } });
    await kiosk.page.screenshot({ path: join(shots, "kiosk-languages.png") });
    await kiosk.page.click(`#languages button[lang=${locale}]`);
    await kiosk.page.waitForSelector("#choose-language[hidden]", { state: "attached" });
    await kiosk.page.click("#next");
    await kiosk.page.screenshot({ path: join(shots, `kiosk-${locale}.png`), fullPage: true });
    assert.deepEqual(kiosk.problems, []);
    await kiosk.context.close();
  });
}
