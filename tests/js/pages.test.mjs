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
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
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

async function fillPortal(page, form) {
  await page.selectOption("#f-level", String(form.level));
  const a = form.applicant;
  await page.fill("#f-applicant-fullName", a.fullName);
  await page.fill("#f-applicant-dateOfBirth", a.dateOfBirth);
  await page.selectOption("#f-applicant-sex", a.sex);
  await page.selectOption("#f-applicant-nationality", a.nationality);
  await page.fill("#f-applicant-passport-number", a.passport.number);
  await page.selectOption("#f-applicant-passport-issuingState", a.passport.issuingState);
  await page.fill("#f-applicant-passport-issueDate", a.passport.issueDate);
  await page.fill("#f-applicant-passport-expiryDate", a.passport.expiryDate);
  await page.selectOption("#f-applicant-residenceCard-kind", a.residenceCard.kind);
  await page.fill("#f-applicant-residenceCard-number", a.residenceCard.number);
  await page.selectOption("#f-applicant-residenceCard-symbol", a.residenceCard.symbol);
  await page.fill("#f-applicant-residenceCard-issueDate", a.residenceCard.issueDate);
  await page.fill("#f-applicant-residenceCard-expiryDate", a.residenceCard.expiryDate);
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
  await page.click("#submit");
  await page.waitForSelector(".outcome-success");
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
    await page.fill("#f-applicant-passport-expiryDate", "2025-06-30");
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
  await page.fill("#f-applicant-dateOfBirth", "1990-05-20");
  await page.locator("#f-applicant-dateOfBirth").blur();
  assert.equal(await block.isHidden(), true);
  await page.fill("#f-applicant-dateOfBirth", "2015-03-14");
  await page.locator("#f-applicant-dateOfBirth").blur();
  await page.waitForSelector("#section-representative:not([hidden])");
  const explained = await page.locator("#phone-owner-explained").textContent();
  const eid = await import("eid-form");
  assert.equal(explained, eid.schema("en").text["ui-phone-owner-representative"]);
  await page.fill("#f-applicant-dateOfBirth", "1990-05-20");
  await page.locator("#f-applicant-dateOfBirth").blur();
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
  assert.equal(await page.inputValue("#f-applicant-dateOfBirth"), "1974-08-12");
  assert.equal(await page.inputValue("#f-applicant-sex"), "F");
  assert.equal(await page.inputValue("#f-applicant-passport-number"), "L898902C3");
  assert.equal(await page.inputValue("#f-applicant-passport-expiryDate"), "2012-04-15");
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

for (const [path, name] of [["/", "portal"], ["/kiosk.html", "kiosk"]]) {
  for (const locale of ["en", "ar"]) {
    test(`axe-core finds no violations on the ${name} in ${locale}`, async () => {
      // Playwright injects axe as an inline script, which the page's CSP forbids: bypass it for this check only.
      const { page, context } = await open(path === "/" ? `/?lang=${locale}` : path, { bypassCSP: true });
      if (name === "kiosk") {
        await page.click(`#languages button[lang=${locale}]`);
        await page.waitForSelector("#choose-language[hidden]", { state: "attached" });
      } else {
        await page.click("#submit");
        await page.waitForSelector("#error-summary:not([hidden])");
      }
      const violations = await axe(page);
      assert.deepEqual(violations, []);
      await page.screenshot({ path: join(shots, `${name}-${locale}.png`), fullPage: true });
      await context.close();
    });
  }
}
