// The npm package in Node 20: the golden vectors, byte-identical reports
// against the native batch checker, the API's contract and the published files.
// Run by tests/run.sh as `node --test tests/js/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { inspect } from "node:util";

const eid = await import("eid-form");
const root = new URL("../../", import.meta.url);
const vectorFiles = readdirSync(new URL("tests/vectors/", root)).filter((f) => f.endsWith(".json"));
const cases = vectorFiles.flatMap((file) =>
  JSON.parse(readFileSync(new URL(`tests/vectors/${file}`, root), "utf8")),
);
const nativeChecker = new URL("target/release/eid-form", root).pathname;

const pairs = (report, severity) =>
  report.issues
    .filter((issue) => issue.severity === severity)
    .map((issue) => `${issue.path} ${issue.code}`)
    .sort();
const expected = (list) => list.map(([path, code]) => `${path} ${code}`).sort();

test("every golden vector gives its verdict through the package", () => {
  assert.ok(cases.length >= 100, `only ${cases.length} vectors`);
  for (const c of cases) {
    const report = eid.validate(c.form, { today: c.today, locale: "en" });
    assert.equal(report.valid, c.expect.valid, c.id);
    assert.deepEqual(pairs(report, "error"), expected(c.expect.errors), c.id);
    assert.deepEqual(pairs(report, "warning"), expected(c.expect.warnings), c.id);
  }
});

test("reports are byte-identical to the native batch checker's", () => {
  for (const locale of ["en", "vi", "ja", "ar"]) {
    const byDay = new Map();
    for (const c of cases) byDay.set(c.today, [...(byDay.get(c.today) ?? []), c]);
    for (const [today, group] of byDay) {
      const input = group.map((c) => JSON.stringify(c.form)).join("\n") + "\n";
      let output;
      try {
        output = execFileSync(nativeChecker, ["check", "--today", today, "--locale", locale], { input });
      } catch (error) {
        output = error.stdout; // exit status 1: some applications are invalid
      }
      const lines = output.toString("utf8").trimEnd().split("\n");
      assert.equal(lines.length, group.length);
      group.forEach((c, i) => {
        const ours = JSON.stringify(eid.validate(c.form, { today, locale }));
        assert.equal(ours, lines[i], `${c.id} in ${locale}`);
      });
    }
  }
});

test("validate needs no set-up call and defaults to today in Vietnam", () => {
  const report = eid.validate({});
  const vietnam = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
  assert.equal(report.referenceDate, vietnam);
  assert.equal(report.locale, "en");
});

test("a form that is not an object gets the invalid-type report", () => {
  for (const form of [null, [], "x", 42, true, undefined]) {
    const report = eid.validate(form, { today: "2025-07-01" });
    assert.equal(report.valid, false);
    assert.deepEqual(report.issues.map((i) => [i.path, i.code]), [["", "invalid-type"]]);
    assert.deepEqual(report.derived, { age: null, representativeRequired: null, maxLevel: null });
    assert.deepEqual(report.normalized, {});
  }
});

test("undefined counts as missing; NaN, Infinity and BigInt are invalid-type", () => {
  const base = structuredClone(cases.find((c) => c.id === "adult-level2-complete").form);
  const withUndefined = { ...base, contact: { ...base.contact, email: undefined } };
  assert.equal(eid.validate(withUndefined, { today: "2025-07-01" }).valid, true);
  for (const bad of [NaN, Infinity, -Infinity, 2n]) {
    const report = eid.validate({ ...base, level: bad }, { today: "2025-07-01" });
    assert.deepEqual(report.issues.map((i) => [i.path, i.code]), [["level", "invalid-type"]], String(bad));
  }
});

test("misuse of the API throws with a clear message; bad forms never do", () => {
  assert.throws(() => eid.validate({}, { colour: "red" }), /unknown field `colour`, expected one of `today`, `locale`, `bilingual`, `isolating`/);
  assert.throws(() => eid.validate({}, { locale: 7 }), /`locale` must be a string/);
  assert.throws(() => eid.validate({}, { bilingual: "yes" }), /must be true or false/);
  assert.throws(() => eid.validate({}, { today: "2025-02-30" }), /`today` must be a real date written YYYY-MM-DD, not "2025-02-30"/);
  assert.throws(() => eid.validate({}, "en"), /options must be an object/);
  assert.throws(() => eid.validateField("applicant.nickname", {}), /no field/);
  assert.throws(() => eid.standardSchema({ strict: true }), /unknown option/);
  const hostile = JSON.parse('{"__proto__": {"x": 1}, "constructor": 1, "level": "\\ud800"}');
  const report = eid.validate(hostile, { today: "2025-07-01" });
  assert.equal(report.valid, false);
  assert.ok(report.issues.some((i) => i.path === "__proto__" && i.code === "unknown-field"));
});

test("validateField answers the fields it judged and their issues", () => {
  const form = structuredClone(cases.find((c) => c.id === "child-phone-owner-applicant").form);
  const { fields, issues } = eid.validateField("applicant.dateOfBirth", form, { today: "2025-07-01" });
  assert.deepEqual(issues.map((i) => [i.path, i.code]), [["contact.phoneOwner", "phone-owner-must-be-representative"]]);
  assert.ok(fields.includes("applicant.dateOfBirth") && fields.includes("contact.phoneOwner"));
  assert.ok(fields.includes("representative"), "the date of birth decides whether a representative is needed");
  const email = eid.validateField("contact.email", form, { today: "2025-07-01" });
  assert.deepEqual(email.issues, []);
  assert.ok(!email.fields.some((f) => f.startsWith("applicant.passport")), email.fields.join());
});

test("schema describes every field in the chosen locale", () => {
  const schema = eid.schema("vi");
  assert.equal(schema.locale, "vi");
  const name = schema.fields.find((f) => f.path === "applicant.fullName");
  assert.equal(name.label, "Họ, chữ đệm và tên");
  assert.equal(name.maxLength, 100);
  const phone = schema.fields.find((f) => f.path === "contact.phone");
  assert.deepEqual(phone.required, { field: "level", equals: 2 });
  assert.equal(eid.schema("ar").direction, eid.locales().includes("ar") ? "rtl" : "ltr");
  assert.equal(eid.schema("en", { bilingual: true }).text["ui-title"].includes(" / "), true);
});

test("isolating in ar: every left-to-right run of every text in FSI … PDI (FORM.md 1.1)", () => {
  const FSI = "\u2068";
  const PDI = "\u2069";
  const strip = (text) => text.replaceAll(FSI, "").replaceAll(PDI, "");
  const isolated = eid.schema("ar", { isolating: true });
  const plain = eid.schema("ar");
  assert.ok(isolated.text["ui-subtitle"].includes(`${FSI}69/2024/NĐ-CP${PDI}`), isolated.text["ui-subtitle"]);
  assert.equal(strip(isolated.text["ui-subtitle"]), plain.text["ui-subtitle"]);
  const hint = isolated.fields.find((f) => f.path === "contact.phone").hint;
  assert.ok(hint.includes(`${FSI}091 234 5678${PDI}`), hint);
  assert.equal(JSON.stringify(plain).includes(FSI), false);
  assert.equal(strip(JSON.stringify(isolated)), JSON.stringify(plain));
  // text(): the same words as schema(), and the caller's arguments.
  assert.equal(eid.text("ar", "ui-subtitle", {}, { isolating: true }), isolated.text["ui-subtitle"]);
  assert.equal(eid.text("ar", "ui-subtitle"), plain.text["ui-subtitle"]);
  assert.ok(eid.text("ar", "ui-idle-warning", { seconds: 10 }, { isolating: true }).includes(`${FSI}10${PDI}`));
  assert.ok(eid.text("ar", "ui-title", {}, { bilingual: true, isolating: true }).startsWith(FSI));
  assert.throws(() => eid.text("ar", "ui-title", {}, { today: "2025-07-01" }), /unknown field `today`, expected `bilingual` or `isolating`$/);
  const form = structuredClone(cases.find((c) => c.id === "adult-phone-landline").form);
  const message = (options) =>
    eid.validate(form, { today: "2025-07-01", locale: "ar", ...options }).issues.find((i) => i.path === "contact.phone").message;
  assert.ok(message({ isolating: true }).includes(`${FSI}091 234 5678${PDI}`));
  assert.equal(strip(message({ isolating: true })), message({}));
  assert.ok(message({ isolating: true, bilingual: true }).startsWith(FSI));
  // A left-to-right locale keeps the 1.0 meaning: the placeables alone.
  assert.deepEqual(eid.schema("en", { isolating: true }), eid.schema("en"));
});

test("parseMrz reads the ICAO specimen and reports each check digit", () => {
  const mrz = eid.parseMrz(
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
  );
  assert.equal(mrz.surname, "ERIKSSON");
  assert.equal(mrz.givenNames, "ANNA MARIA");
  assert.equal(mrz.number, "L898902C3");
  assert.equal(mrz.dateOfBirth, "740812");
  assert.equal(mrz.checkDigits.length, 5);
  assert.ok(mrz.checkDigits.every((c) => c.valid));
  assert.equal(eid.parseMrz("not an mrz"), null);
});

test("normalizePhone and locales", () => {
  assert.equal(eid.normalizePhone("０９１２ ３４５ ６７８"), "+84912345678");
  assert.equal(eid.normalizePhone("024 3825 1234"), null);
  assert.deepEqual(eid.locales(), ["ar", "de", "en", "es", "fr", "ja", "ko", "ru", "th", "vi", "zh-CN", "zh-TW"]);
});

test("Node's entry has every locale at import; loadLocale negotiates and resolves at once", async () => {
  assert.deepEqual(eid.loadedLocales(), eid.locales());
  assert.equal(await eid.loadLocale("ja-JP"), "ja");
  assert.equal(await eid.loadLocale("zh-Hant-HK"), "zh-TW");
  assert.equal(await eid.loadLocale("xx"), "en");
  await assert.rejects(eid.loadLocale(7), /^Error: eid-form: `locale` \(such as "en" or "ja"\) must be a string$/);
});

/** The package as a browser has it (only en and vi in the module, the rest loaded), in Node: a fresh instance. */
async function browserLikeApi(load) {
  const raw = await import(new URL(`pkg/eid_form.js?fresh=${Math.random()}`, root));
  raw.initSync({ module: readFileSync(new URL("pkg/eid_form_bg.wasm", root)) });
  const { makeApi } = await import(new URL("pkg/api.js", root));
  return makeApi(raw, { load });
}
const chunks = (await import(new URL("pkg/locales/browser.js", root))).default;
const chunk = async (tag) => (await chunks[tag]()).default;

test("without its locale loaded, every call that writes words throws and names loadLocale; once loaded, reports equal Node's byte for byte", async () => {
  const loads = [];
  const api = await browserLikeApi(async (tag) => {
    loads.push(tag);
    return chunk(tag);
  });
  assert.deepEqual(api.loadedLocales(), ["en", "vi"]);
  assert.deepEqual(api.locales(), eid.locales());
  const form = cases.find((c) => c.id === "adult-phone-landline").form;
  const notLoaded = /^Error: eid-form: locale "ja" is not loaded: await loadLocale\("ja"\) first$/;
  const calls = [
    () => api.validate(form, { today: "2025-07-01", locale: "ja" }),
    () => api.validate(form, { today: "2025-07-01", locale: "ja-JP", bilingual: true }),
    () => api.validateField("contact.phone", form, { locale: "ja-u-ca-japanese" }),
    () => api.schema("ja"),
    () => api.text("ja-JP", "ui-title"),
    () => api.standardSchema({ locale: "ja" }),
  ];
  for (const call of calls) assert.throws(call, (error) => notLoaded.test(String(error)), String(call));
  // en and vi are in the module; an unknown tag is en, as ever.
  assert.equal(api.validate(form, { today: "2025-07-01", locale: "vi", bilingual: true }).locale, "vi");
  assert.equal(api.validate(form, { today: "2025-07-01", locale: "xx" }).locale, "en");
  assert.equal(api.schema("en", { bilingual: true }).locale, "en");
  // Loaded once, however many ask at the same time.
  assert.deepEqual(await Promise.all([api.loadLocale("ja-JP"), api.loadLocale("ja"), api.loadLocale("JA")]), ["ja", "ja", "ja"]);
  assert.deepEqual(loads, ["ja"]);
  assert.equal(await api.loadLocale("en"), "en");
  assert.deepEqual(loads, ["ja"]);
  assert.deepEqual(api.loadedLocales(), ["en", "ja", "vi"]);
  for (const call of calls) call();
  assert.equal(api.text("ja", "ui-title"), eid.text("ja", "ui-title"));
  assert.deepEqual(api.schema("ja", { bilingual: true }), eid.schema("ja", { bilingual: true }));
  assert.throws(() => api.schema("ar"), /locale "ar" is not loaded: await loadLocale\("ar"\) first/);
  assert.equal(await api.loadLocale("ar-EG"), "ar");
  for (const locale of ["ja", "ar"]) {
    for (const c of cases) {
      const options = { today: c.today, locale, isolating: locale === "ar" };
      assert.equal(JSON.stringify(api.validate(c.form, options)), JSON.stringify(eid.validate(c.form, options)), `${c.id} in ${locale}`);
    }
  }
});

test("loadLocale rejects a chunk that fails or is not this version's text, and tries again next time", async () => {
  let attempt = 0;
  const api = await browserLikeApi(async (tag) => {
    attempt += 1;
    if (attempt === 1) throw new TypeError("Failed to fetch dynamically imported module");
    if (attempt === 2) return (await chunk(tag)).replace("=", "= ");
    return chunk(tag);
  });
  await assert.rejects(api.loadLocale("ko"), /^Error: eid-form: could not load locale "ko" \(Failed to fetch dynamically imported module\)$/);
  await assert.rejects(api.loadLocale("ko"), /eid-form: the text given for locale "ko" is not this version's \(eid-form [0-9.]+\): load the locale file that came with it/);
  assert.deepEqual(api.loadedLocales(), ["en", "vi"]);
  assert.equal(await api.loadLocale("ko-KR"), "ko");
  assert.deepEqual(api.loadedLocales(), ["en", "ko", "vi"]);
});

test("standardSchema: errors fail with paths as arrays, warnings pass", () => {
  const schema = eid.standardSchema({ today: "2025-07-01", locale: "en" });
  const std = schema["~standard"];
  assert.equal(std.version, 1);
  assert.equal(std.vendor, "eid-form");
  const ok = std.validate(cases.find((c) => c.id === "adult-level2-complete").form);
  assert.equal(ok.issues, undefined);
  assert.equal(ok.value.contact.phone, "+84912345678");
  const bad = std.validate(cases.find((c) => c.id === "adult-phone-landline").form);
  assert.deepEqual(bad.issues.map((i) => [i.path, i.code, i.severity]), [[["contact", "phone"], "phone-not-vn-mobile", "error"]]);
  const root = std.validate(null);
  assert.equal(root.issues[0].path, undefined);
  const warned = cases.find((c) => c.expect.valid && c.expect.warnings.length > 0);
  if (warned) assert.equal(std.validate(warned.form).issues, undefined);
});

test("npm pack ships exactly the package's files", () => {
  const pkgDir = new URL("pkg/", root).pathname;
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: pkgDir }).toString());
  const files = packed.files.map((f) => f.path).sort();
  const locales = eid.locales().filter((tag) => tag !== "en" && tag !== "vi");
  assert.deepEqual(files, [
    "CHANGELOG.md", "README.md", "api.js", "browser.js", "eid_form.js", "eid_form_bg.wasm",
    "index.d.ts", "locales/browser.js", ...locales.map((tag) => `locales/${tag}.js`), "locales/node.js",
    "node.js", "package.json",
  ].sort());
  const manifest = JSON.parse(readFileSync(new URL("pkg/package.json", root), "utf8"));
  for (const key of ["name", "version", "license", "repository", "files", "exports", "types"]) {
    assert.ok(manifest[key], `package.json lacks ${key}`);
  }
});

test("the .wasm and the page for one locale stay within their recorded size budgets", async () => {
  const { gzipSync, brotliCompressSync, constants } = await import("node:zlib");
  const budget = JSON.parse(readFileSync(new URL("crates/eid-form-wasm/js/size-budget.json", root), "utf8"));
  const size = (file) => {
    const bytes = readFileSync(new URL(`pkg/${file}`, root));
    return {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
  };
  const wasm = size("eid_form_bg.wasm");
  console.log(`# wasm: ${wasm.raw} bytes raw, ${wasm.gzip} gzip, ${wasm.brotli} brotli`);
  assert.ok(wasm.gzip <= budget.wasmGzipMax, `gzip ${wasm.gzip} > ${budget.wasmGzipMax}`);
  assert.ok(wasm.brotli <= budget.wasmBrotliMax, `brotli ${wasm.brotli} > ${budget.wasmBrotliMax}`);
  // What a page fetches for one locale through the browser entry, each file
  // compressed on its own as a server sends it: the module, its glue, the
  // entry and its table of locale chunks, and the locale's chunk (none for en).
  const browserEntry = ["eid_form_bg.wasm", "eid_form.js", "api.js", "browser.js", "locales/browser.js"];
  const page = (locale) => {
    const files = [...browserEntry, ...(locale === "en" ? [] : [`locales/${locale}.js`])].map(size);
    const sum = (key) => files.reduce((total, file) => total + file[key], 0);
    return { raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") };
  };
  for (const locale of ["en", "ja"]) {
    const { raw, gzip, brotli } = page(locale);
    console.log(`# page in ${locale}: ${raw} bytes raw, ${gzip} gzip, ${brotli} brotli`);
  }
  const ja = page("ja").brotli;
  assert.ok(ja <= budget.jaPageBrotliMax, `the page in ja: brotli ${ja} > ${budget.jaPageBrotliMax}`);
});

test("hostile input gets a report, never a throw or a trap", () => {
  const base = cases.find((c) => c.id === "child-10-level2-with-parent").form;
  let deep = [];
  for (let i = 0; i < 10000; i++) deep = [deep];
  const cyclic = {};
  cyclic.self = cyclic;
  const hostile = [
    deep, "A".repeat(1 << 20), "\ud800\udc00\ud800", "\u202e\u200b", NaN, -0, 2n ** 70n, Symbol("s"),
    () => 1, new Date(), new Map([["a", 1]]), cyclic, Object.create(null), [undefined], { toJSON: () => 1 },
  ];
  for (const value of hostile) {
    for (const key of ["level", "applicant", "contact", "representative"]) {
      const report = eid.validate({ ...base, [key]: value }, { today: "2025-07-01" });
      assert.equal(typeof report.valid, "boolean");
    }
    const applicant = { ...base.applicant, fullName: value, passport: { ...base.applicant.passport, mrz: value } };
    assert.equal(eid.validate({ ...base, applicant }, { today: "2025-07-01" }).valid, false);
    assert.equal(typeof eid.validate(value).valid, "boolean");
  }
  // The module still answers after all that.
  assert.equal(eid.validate(base, { today: "2025-07-01" }).valid, true);
});

test("a form sent as JSON text reads exactly as the object walk reads it", () => {
  // The glue sends most forms as JSON.stringify text (fast) and walks the object
  // only when the text would mean something else. A Date anywhere in a form makes
  // the glue walk the whole object; with one under an unknown key, the rest of the
  // report must be the same as the text path's, for every vector and odd value.
  const walked = (form, options) => {
    // (A top-level array is invalid-type whatever it holds; other non-objects
    // have their own test above.)
    if (Array.isArray(form)) return eid.validate([...form, new Date(0)], options);
    if (form === null || typeof form !== "object") return eid.validate(form, options);
    const report = eid.validate({ ...form, zzzWalk: new Date(0) }, options);
    report.issues = report.issues.filter((issue) => issue.path !== "zzzWalk");
    report.valid = !report.issues.some((issue) => issue.severity === "error");
    return report;
  };
  const base = cases.find((c) => c.id === "child-10-level2-with-parent").form;
  const cycle = { a: 1 };
  cycle.self = cycle;
  const odd = [
    NaN, Infinity, -Infinity, -0, 2 ** 53, 2 ** 53 + 2, 2 ** 70, 1e21, 0.1, 1.5e300, 2n, Symbol("s"), () => 1,
    undefined, null, "\ud800", "a\udc00b", "ＴＫ１２３", [undefined, , 1], { toJSON: () => "x" }, new Number(2),
    new String("ab"), Object.create(null), { "\ud800": 1 }, [[[[[[]]]]]],
    // What the glue's quick check (api.js, `plain`) must send to the replacer's path.
    Object.assign([1], { toJSON: () => 2 }), new (class Thing { a = 1 })(), Object.create({ inherited: 1 }), cycle,
  ];
  const forms = [
    ...cases.map((c) => [c.form, { today: c.today, locale: "en" }]),
    ...odd.flatMap((value) =>
      ["level", "applicant", "contact"].map((key) => [{ ...base, [key]: value }, { today: "2025-07-01" }]).concat([
        [{ ...base, applicant: { ...base.applicant, fullName: value } }, { today: "2025-07-01" }],
        [{ ...base, contact: { ...base.contact, phone: value, extra: value } }, { today: "2025-07-01", locale: "ar" }],
      ]),
    ),
  ];
  for (const [form, options] of forms) {
    assert.deepEqual(eid.validate(form, options), walked(form, options), inspect(form, { depth: 4 }));
  }
});
