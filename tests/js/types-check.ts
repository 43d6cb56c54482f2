// Compiled by `tsc --strict --noEmit` in tests/js/typescript.test.mjs: the
// package's declarations must describe real usage precisely (no `any`).
import {
  validate, validateField, schema, parseMrz, normalizePhone, locales, loadedLocales, loadLocale, text, standardSchema,
  type Report, type Issue, type IssueCode, type FieldPath, type Locale, type Application, type FieldCheck,
} from "eid-form";

const application: Application = {
  level: 2,
  applicant: {
    fullName: "SATO HANAKO", dateOfBirth: "1990-05-20", sex: "F", nationality: "JPN",
    passport: { number: "TK1234567", issuingState: "JPN", issueDate: "2021-05-21", expiryDate: "2031-05-20" },
    residenceCard: { kind: "temporary", number: "LD0123456", symbol: "LĐ2", issueDate: "2025-01-10", expiryDate: "2027-01-09" },
  },
  contact: { phone: "0912345678", phoneOwner: "applicant", phoneOwnershipConfirmed: true },
};
const loaded: Locale = await loadLocale("ja-JP");
const here: Locale[] = loadedLocales();
const report: Report = validate(application, { today: "2025-07-01", locale: "ja", bilingual: false });
const codes: IssueCode[] = report.issues.map((issue: Issue) => issue.code);
const first: "phone-not-vn-mobile" | undefined = codes.find((c): c is "phone-not-vn-mobile" => c === "phone-not-vn-mobile");
const age: number | null = report.derived.age;
const path: FieldPath = "contact.phone";
const checked: FieldCheck = validateField(path, application, { today: "2025-07-01" });
const fieldIssues: Issue[] = checked.issues;
const judged: ReadonlyArray<string> = checked.fields;
const tags: Locale[] = locales();
const title: string = schema("ar", { bilingual: true }).text["ui-title"];
const mrzSex = parseMrz("...")?.sex;
const e164: string | null = normalizePhone("091 234 5678");
const words: string = text("ru", "ui-idle-warning", { seconds: 3 });
const result = standardSchema({ today: "2025-07-01" })["~standard"].validate(application);
if (result.issues) {
  const keys: ReadonlyArray<string> | undefined = result.issues[0]?.path;
  void keys;
}
// @ts-expect-error: codes are a closed union
const wrong: IssueCode = "not-a-code";
// @ts-expect-error: an option that does not exist
validate(application, { colour: "red" });
// @ts-expect-error: loadLocale resolves, it does not return the tag at once
const notYet: Locale = loadLocale("ja");
void [loaded, here, notYet, first, age, fieldIssues, judged, tags, title, mrzSex, e164, words, wrong];
