// Types of the eid-form package. Everything between the @generated markers is
// written from the Rust types (crates/eid-form-wasm/tests/typescript.rs:
// ts-rs for the core's structs, the wire-format table for the application,
// the core's lists for the unions); EID_FORM_REGENERATE=1 rewrites it and the
// test fails when it is stale. Below the markers: what Rust does not describe
// (the conditions of `required`, Standard Schema, the functions).

// @generated:begin
export type IssueCode =
  | "required"
  | "invalid-type"
  | "invalid-value"
  | "invalid-date"
  | "too-long"
  | "unknown-field"
  | "invalid-json"
  | "phone-already-used"
  | "name-invalid"
  | "date-in-future"
  | "age-implausible"
  | "nationality-unknown"
  | "nationality-vietnamese"
  | "level-2-needs-age-6"
  | "passport-number-format"
  | "passport-number-pattern"
  | "document-expired"
  | "issued-in-future"
  | "issued-before-birth"
  | "expiry-before-issue"
  | "mrz-format"
  | "mrz-check-digit"
  | "mrz-mismatch"
  | "residence-card-number-format"
  | "residence-symbol-unknown"
  | "residence-validity-too-long"
  | "residence-outlasts-passport"
  | "contact-required"
  | "phone-invalid"
  | "phone-not-vn-mobile"
  | "phone-owner-must-be-representative"
  | "phone-owner-must-be-applicant"
  | "phone-ownership-unconfirmed"
  | "email-invalid"
  | "representative-required"
  | "representative-not-applicable"
  | "representative-too-young"
  | "representative-needs-level-2"
  | "personal-id-format"
  | "personal-id-mismatch"
  | "personal-id-province-unknown"
  | "representative-is-applicant";
export type FieldPath =
  | "level"
  | "applicant"
  | "applicant.fullName"
  | "applicant.dateOfBirth"
  | "applicant.sex"
  | "applicant.nationality"
  | "applicant.ward"
  | "applicant.passport"
  | "applicant.passport.number"
  | "applicant.passport.issuingState"
  | "applicant.passport.issueDate"
  | "applicant.passport.expiryDate"
  | "applicant.passport.placeOfIssue"
  | "applicant.passport.mrz"
  | "applicant.residenceCard"
  | "applicant.residenceCard.kind"
  | "applicant.residenceCard.number"
  | "applicant.residenceCard.symbol"
  | "applicant.residenceCard.issueDate"
  | "applicant.residenceCard.expiryDate"
  | "contact"
  | "contact.phone"
  | "contact.phoneOwner"
  | "contact.phoneOwnershipConfirmed"
  | "contact.email"
  | "representative"
  | "representative.fullName"
  | "representative.relationship"
  | "representative.dateOfBirth"
  | "representative.sex"
  | "representative.nationality"
  | "representative.idKind"
  | "representative.idNumber"
  | "representative.hasLevel2Account";
export type Locale =
  | "ar"
  | "de"
  | "en"
  | "es"
  | "fr"
  | "ja"
  | "ko"
  | "ru"
  | "th"
  | "vi"
  | "zh-CN"
  | "zh-TW";
export type Severity =
  | "error"
  | "warning";
export type FieldKind =
  | "level"
  | "block"
  | "name"
  | "date"
  | "choice"
  | "country"
  | "flag"
  | "document-number"
  | "text"
  | "mrz"
  | "residence-symbol"
  | "phone"
  | "email";
export interface Application {
  level: 1 | 2;
  applicant: Applicant;
  contact?: Contact;
  representative?: Representative;
}
export interface Applicant {
  fullName: string;
  dateOfBirth: string;
  sex: "M" | "F" | "X";
  nationality: string;
  ward?: boolean;
  passport: Passport;
  residenceCard: ResidenceCard;
}
export interface Passport {
  number: string;
  issuingState: string;
  issueDate: string;
  expiryDate: string;
  placeOfIssue?: string;
  mrz?: string;
}
export interface ResidenceCard {
  kind: "temporary" | "permanent";
  number: string;
  symbol?: string;
  issueDate: string;
  expiryDate?: string;
}
export interface Contact {
  phone?: string;
  phoneOwner?: "applicant" | "representative";
  phoneOwnershipConfirmed?: boolean;
  email?: string;
}
export interface Representative {
  fullName: string;
  relationship: "parent" | "guardian" | "legal-representative";
  dateOfBirth: string;
  sex: "M" | "F" | "X";
  nationality: string;
  idKind: "vn-personal-id" | "passport";
  idNumber: string;
  hasLevel2Account?: boolean;
}
export type Issue = { 
/**
 * Wire-format dot path (`applicant.passport.number`; an unknown key's path;
 * `""` for the form itself).
 */
path: FieldPath | (string & {}), code: IssueCode, severity: Severity, params: Record<string, string | number>, 
/**
 * The localized text; empty until the report is rendered in a locale.
 */
message: string, };
export type Derived = { age: number | null, representativeRequired: boolean | null, maxLevel: 1 | 2 | null, };
export type Report = { 
/**
 * The version of FORM.md the library implements ([`crate::SPEC_VERSION`]),
 * the first key, so a portal and a server on different versions can tell.
 */
specVersion: "1.1", 
/**
 * `true` when no issue has severity `error`.
 */
valid: boolean, referenceDate: string, 
/**
 * The locale of the messages, after negotiation.
 */
locale: Locale, issues: Array<Issue>, derived: Derived, 
/**
 * The application with normalized values; `{}` when the input was not an object.
 */
normalized: Partial<Application>, };
export type FieldCheck = { 
/**
 * Every path whose issues were judged, in wire order: a page clears the
 * messages of all of them and shows `issues`.
 */
fields: Array<FieldPath | (string & {})>, 
/**
 * The full report's issues at those paths, in report order, with the same
 * words.
 */
issues: Array<Issue>, };
export type ValidateOptions = { 
/**
 * The day the rules are judged on; `None` for today in Vietnam (UTC+7).
 */
today?: string, 
/**
 * A BCP 47 tag; negotiated against the available locales (default `en`).
 */
locale?: string, 
/**
 * Officers' mode: every message in Vietnamese beside the chosen language
 * ("Họ, chữ đệm và tên / Full name").
 */
bilingual?: boolean, 
/**
 * Unicode isolation marks (FSI … PDI) for right-to-left pages: in `ar`
 * around every left-to-right run, elsewhere around the placeables (FORM.md
 * 1.1, Text direction); off by default, so logs and tests see plain text.
 */
isolating?: boolean, };
export type StyleOptions = { 
/**
 * Vietnamese first, then the chosen language: "vi / chosen".
 */
bilingual?: boolean, 
/**
 * Unicode isolation marks (FSI … PDI) for the page's direction: in a
 * right-to-left locale around every left-to-right run, elsewhere around
 * the placeables (see [`Style::isolate`]).
 */
isolating?: boolean, };
export type Choice = { 
/**
 * The wire value (`value` is a string, or a number for the level).
 */
value: string | number, label: string, };
export type FieldSchema = { path: FieldPath, 
/**
 * `block`, `level`, `name`, `text`, `date`, `choice`, `flag`, `country`,
 * `document-number`, `residence-symbol`, `phone`, `email` or `mrz`.
 */
kind: FieldKind, label: string, hint?: string, maxLength?: number, 
/**
 * `true`, `false`, or a condition (see [`required_when`]).
 */
required: RequiredWhen, options?: Array<Choice>, 
/**
 * A block's first box ([`Field::first_box`]): where a page takes the
 * person when the block is missing, the box its `required` message names.
 */
firstField?: FieldPath, };
export type Section = { id: string, title: string, fields: FieldPath[], };
export type DatePart = { 
/**
 * `day`, `month` or `year`.
 */
part: "day" | "month" | "year", label: string, };
export type Schema = { locale: Locale, 
/**
 * `rtl` for right-to-left locales, else `ltr`.
 */
direction: "ltr" | "rtl", sections: Array<Section>, fields: Array<FieldSchema>, 
/**
 * The boxes of a date in the order the locale writes dates (its
 * `date-format`: day month year in `en`, year month day in `ja`), with
 * their labels; the wire format stays `YYYY-MM-DD`.
 */
dateParts: Array<DatePart>, 
/**
 * The pages' own words (`ui-*`), by message id.
 */
text: Record<string, string>, };
export type CheckedField = "number" | "dateOfBirth" | "expiryDate" | "optionalData" | "composite";
export type CheckDigit = { field: CheckedField, valid: boolean, };
export type Mrz = { 
/**
 * The two lines, as read.
 */
lines: [string, string], documentCode: string, issuingState: string, surname: string, givenNames: string, 
/**
 * Surname and given names with every run of fillers as one space.
 */
name: string, 
/**
 * Whether the name fills its 39 characters (and may be cut short).
 */
nameTruncated: boolean, number: string, nationality: string, 
/**
 * `YYMMDD`, fillers kept.
 */
dateOfBirth: string, 
/**
 * `M`, `F` or `X` (the MRZ's `<`).
 */
sex: Sex, 
/**
 * `YYMMDD`.
 */
expiryDate: string, optionalData: string, 
/**
 * The five check digits in ICAO order.
 */
checkDigits: [CheckDigit, CheckDigit, CheckDigit, CheckDigit, CheckDigit], };
// @generated:end

export type Sex = "M" | "F" | "X";

/** When a field must be filled in, as data a page evaluates. */
export type RequiredWhen =
  | boolean
  | { field: FieldPath; equals: string | number }
  | { given: FieldPath }
  | { derived: "representativeRequired" }
  | { all: RequiredWhen[] };

/** Standard Schema v1 (https://standardschema.dev). */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: "eid-form";
    readonly validate: (value: unknown) => StandardResult<Output>;
    readonly types?: { readonly input: Input; readonly output: Output };
  };
}

export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | {
      readonly issues: ReadonlyArray<{
        readonly message: string;
        readonly path?: ReadonlyArray<string>;
        readonly code: IssueCode;
        readonly severity: "error";
      }>;
    };

/**
 * Validates an application; a failed validation is a report, never a throw.
 * Throws only on misuse: an unknown option, an impossible `today`, or a locale
 * (or `vi` in bilingual mode) that is not loaded (`await loadLocale(tag)` first).
 */
export function validate(form: unknown, options?: ValidateOptions): Report;
/**
 * Checks one field as the applicant types (FORM.md 1.1, "Checking one field"):
 * `fields` is every path whose issues were judged (clear their messages),
 * `issues` the full report's issues at those paths. Its locale must be loaded.
 */
export function validateField(path: FieldPath, form: unknown, options?: ValidateOptions): FieldCheck;
/** The form's fields, labels, hints, options, limits and conditions, in a locale (which must be loaded). */
export function schema(locale?: string, options?: StyleOptions): Schema;
/** The fields and check digits of two TD3 lines, or `null` when the text is not two TD3 lines with each character in its field's alphabet (`mrz-format`). */
export function parseMrz(text: string): Mrz | null;
/** The E.164 form of a Vietnamese mobile number, or `null`. */
export function normalizePhone(text: string): string | null;
/** Any text of the locale files (`ui-idle-warning` with `{ seconds }`), with the locale's plural rules; the id when no locale has it. The locale must be loaded. */
export function text(
  locale: string,
  id: string,
  args?: Record<string, string | number>,
  options?: StyleOptions,
): string;
/** Every locale the package has, loaded or not. */
export function locales(): Locale[];
/** The locales whose messages are loaded: `en` and `vi` always; in Node, all of them. */
export function loadedLocales(): Locale[];
/**
 * Loads the messages of the locale `locale` negotiates to (`ja-JP`: `ja`; an
 * unknown tag: `en`) and resolves to that locale's tag, at once when it is
 * loaded already. In a browser it imports the locale's own chunk
 * (`locales/<tag>.js`); in Node every locale is loaded at import. Rejects on
 * misuse (a tag that is not a string) and when the chunk cannot be fetched.
 */
export function loadLocale(locale: string): Promise<Locale>;
/**
 * A Standard Schema v1 validator: errors fail, warnings do not. Its locale must
 * be loaded before it is created (it throws otherwise).
 */
export function standardSchema(options?: { today?: string; locale?: string }): StandardSchemaV1<unknown, Partial<Application>>;
