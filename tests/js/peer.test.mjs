// The JavaScript peer (tests/js/peer/: zod, libphonenumber-js, mrz, @fluent/bundle)
// against the package: the same verdicts, messages, `derived` and `normalized` on
// every golden vector and on generated applications. The peer exists for the
// benchmarks (the JS stack a portal team would pick); this test keeps it honest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import * as eid from "eid-form";
import * as peer from "./peer/node.mjs";

const root = new URL("../../", import.meta.url);
const cases = ["public.json", "project.json"].flatMap((file) =>
  JSON.parse(readFileSync(new URL(`tests/vectors/${file}`, root), "utf8")),
);
const optionsOf = (c, locale = "en") => ({ today: c.today, locale: c.locale ?? c.options?.locale ?? locale, ...c.options });

const verdict = (report) => ({
  valid: report.valid,
  errors: report.issues.filter((i) => i.severity === "error").map((i) => `${i.path} ${i.code}`),
  warnings: report.issues.filter((i) => i.severity === "warning").map((i) => `${i.path} ${i.code}`),
});
const messages = (report) => report.issues.map((i) => i.message);

/**
 * Compares the peer with the package on `items` ({ id, form, options }); returns
 * the counts, failing on the first verdict that differs.
 */
function compare(items) {
  let sameMessages = 0;
  let sameReports = 0;
  const messageDifferences = [];
  for (const { id, form, options } of items) {
    const ours = eid.validate(form, options);
    const theirs = peer.validate(form, options);
    assert.deepEqual(verdict(theirs), verdict(ours), `${id}: verdict`);
    if (JSON.stringify(messages(theirs)) === JSON.stringify(messages(ours))) sameMessages++;
    else messageDifferences.push(`${id}:\n  peer    ${messages(theirs).join(" | ")}\n  package ${messages(ours).join(" | ")}`);
    if (JSON.stringify(theirs) === JSON.stringify(ours)) sameReports++;
  }
  return { sameMessages, sameReports, messageDifferences };
}

test("every golden vector: the peer's verdict, English messages and report equal the package's", () => {
  assert.ok(cases.length >= 100, `only ${cases.length} vectors`);
  const items = cases.map((c) => ({ id: c.id, form: c.form, options: optionsOf(c) }));
  const { sameMessages, sameReports, messageDifferences } = compare(items);
  console.log(`# peer: ${cases.length} vectors, verdicts equal; English messages equal on ${sameMessages}; whole reports equal on ${sameReports}`);
  // No documented exceptions: the peer formats dates and numbers as the package does.
  assert.deepEqual(messageDifferences, []);
  assert.equal(sameReports, cases.length, "derived and normalized as well");
  // And the vectors' own expectations, in report order.
  for (const c of cases) {
    const report = peer.validate(c.form, optionsOf(c));
    assert.equal(report.valid, c.expect.valid, c.id);
    assert.deepEqual(verdict(report).errors.toSorted(), c.expect.errors.map(([p, code]) => `${p} ${code}`).sort(), c.id);
    assert.deepEqual(verdict(report).warnings.toSorted(), c.expect.warnings.map(([p, code]) => `${p} ${code}`).sort(), c.id);
  }
});

test("every golden vector in every locale: the same messages", () => {
  for (const locale of eid.locales()) {
    const items = cases.map((c) => ({ id: `${c.id} (${locale})`, form: c.form, options: optionsOf(c, locale) }));
    const { messageDifferences, sameReports } = compare(items);
    assert.deepEqual(messageDifferences, [], locale);
    assert.equal(sameReports, cases.length, locale);
  }
});

/** `eid-form generate`: the release binary when built, else through cargo. */
function generate(count, seed) {
  const args = ["generate", "--count", String(count), "--seed", String(seed)];
  const binary = new URL("target/release/eid-form", root).pathname;
  const output = existsSync(binary)
    ? execFileSync(binary, args, { maxBuffer: 1 << 30 })
    : execFileSync("cargo", ["run", "--quiet", "--release", "-p", "eid-form-cli", "--bin", "eid-form", "--", ...args], {
        cwd: root.pathname,
        maxBuffer: 1 << 30,
      });
  return output.toString("utf8").trimEnd().split("\n").map((line) => JSON.parse(line));
}

test("2,000 generated applications: verdicts, messages and reports equal", () => {
  const forms = generate(2000, 7);
  assert.equal(forms.length, 2000);
  const items = forms.map((form, i) => ({ id: `generated #${i}`, form, options: { today: "2025-07-01", locale: "en" } }));
  const { sameMessages, sameReports, messageDifferences } = compare(items);
  console.log(`# peer: ${forms.length} generated, verdicts equal; English messages equal on ${sameMessages}; whole reports equal on ${sameReports}`);
  assert.deepEqual(messageDifferences, []);
  assert.equal(sameReports, forms.length);
});

test("validateField: the same issues as the package for every field of every vector", () => {
  const paths = ["level", "applicant", "applicant.dateOfBirth", "applicant.passport.mrz", "applicant.residenceCard.kind", "contact.phone", "contact.email", "representative", "representative.sex"];
  for (const c of cases) {
    for (const path of paths) {
      const options = optionsOf(c);
      assert.deepEqual(peer.validateField(path, c.form, options), eid.validateField(path, c.form, options), `${c.id} ${path}`);
    }
  }
  assert.throws(() => peer.validateField("nickname", {}, { today: "2025-07-01" }), /no field "nickname"/);
  assert.throws(() => peer.validateField("", {}, { today: "2025-07-01" }), /no field ""/);
});

test("misuse throws, as the package does; shapes of input as the package reads them", () => {
  for (const options of [{ today: "2025-02-30" }, { today: 20250701 }, { nope: 1 }, { locale: 1 }, "x", { bilingual: "yes" }]) {
    assert.throws(() => eid.validate({}, options));
    assert.throws(() => peer.validate({}, options), undefined, JSON.stringify(options));
  }
  const base = cases.find((c) => c.id === "adult-level2-complete").form;
  const nested = (depth) => (depth === 0 ? 1 : [nested(depth - 1)]);
  const inputs = [null, [], "x", 42, undefined, {}, { ...base, level: 2.0 }, { ...base, level: NaN }, { ...base, level: "2" },
    { ...base, extra: undefined, zeta: 1, 1: 2 }, { ...base, contact: { phone: " ", phoneOwnershipConfirmed: "  " } },
    { ...base, applicant: nested(20) }];
  for (const form of inputs) {
    for (const options of [{ today: "2025-07-01" }, { today: "2025-07-01", locale: "ar", isolating: true }, { today: "2025-07-01", locale: "ja", bilingual: true }]) {
      assert.deepEqual(peer.validate(form, options), eid.validate(form, options), JSON.stringify(form));
    }
  }
});

// Inputs on which the peer and the package disagreed when the peer was written;
// the package was wrong on each (FORM.md and libphonenumber's reference
// behaviour) and was fixed, so both must now give these answers.
const KNOWN_DISAGREEMENTS = [
  // "+ or 00 then a calling code that exists": calling codes never start with 0;
  // the package reads "01" as calling code 1.
  ["+01 202 555 0100", "phone-invalid"],
  ["0001 202 555 0100", "phone-invalid"],
  // libphonenumber matches a type's pattern against the whole number; the package
  // (like the phonenumber crate it was built from) only anchors at the start, so
  // these 9- and 8-digit numbers match 8- and 7-digit toll-free and UAN patterns.
  ["120112345", "phone-invalid"],
  ["19912345", "phone-invalid"],
  // "84" then a number with its trunk 0: libphonenumber strips the 0 before trying
  // the number without the country code, as the package does after +84.
  ["840912345678", null],
];

test("former disagreements: both read these phone numbers as FORM.md does", () => {
  const base = cases.find((c) => c.id === "adult-level2-complete").form;
  for (const [phone, code] of KNOWN_DISAGREEMENTS) {
    const form = { ...base, contact: { ...base.contact, phone } };
    const issueOf = (report) => report.issues.find((i) => i.path === "contact.phone")?.code ?? null;
    const theirs = issueOf(peer.validate(form, { today: "2025-07-01" }));
    const ours = issueOf(eid.validate(form, { today: "2025-07-01" }));
    assert.equal(theirs, code, `peer: ${phone}`);
    assert.equal(ours, code, `package: ${phone}`);
  }
});
