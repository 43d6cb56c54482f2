// Types of the eid-form package. The unions between the @generated markers are
// written from the Rust sources by tests/typescript.rs (EID_FORM_REGENERATE=1
// rewrites them; the test fails when they are stale).

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
// @generated:end

export type Severity = "error" | "warning";
export type Sex = "M" | "F" | "X";

/** The application, in the wire format of FORM.md. */
export interface Application {
  level: 1 | 2;
  applicant: Applicant;
  contact?: Contact;
  representative?: Representative;
}

export interface Applicant {
  fullName: string;
  dateOfBirth: string;
  sex: Sex;
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
  sex: Sex;
  nationality: string;
  idKind: "vn-personal-id" | "passport";
  idNumber: string;
  hasLevel2Account?: boolean;
}

export interface Issue {
  /** Wire-format dot path (`applicant.passport.number`); `""` for the form itself. */
  path: string;
  code: IssueCode;
  severity: Severity;
  params: Record<string, string | number>;
  /** Localized text. */
  message: string;
}

export interface Derived {
  age: number | null;
  representativeRequired: boolean | null;
  maxLevel: 1 | 2 | null;
}

export interface Report {
  valid: boolean;
  referenceDate: string;
  locale: Locale;
  issues: Issue[];
  derived: Derived;
  /** The application with normalized values; `{}` when the input was not an object. */
  normalized: Partial<Application> | Record<string, never>;
}

export interface ValidateOptions {
  /** The reference date, `YYYY-MM-DD`; default: today in Vietnam (UTC+7). */
  today?: string;
  /** A BCP 47 tag, negotiated (default `en`). */
  locale?: string;
  /** Vietnamese beside the chosen language, for officers. */
  bilingual?: boolean;
  /** Unicode isolation marks around placeables, for right-to-left pages. */
  isolating?: boolean;
}

export type RequiredWhen =
  | boolean
  | { field: FieldPath; equals: string | number }
  | { given: FieldPath }
  | { derived: "representativeRequired" }
  | { all: RequiredWhen[] };

export interface FieldSchema {
  path: FieldPath;
  kind:
    | "block" | "level" | "name" | "text" | "date" | "choice" | "flag" | "country"
    | "document-number" | "residence-symbol" | "phone" | "email" | "mrz";
  label: string;
  hint?: string;
  maxLength?: number;
  required: RequiredWhen;
  options?: { value: string | number; label: string }[];
}

export interface Schema {
  locale: Locale;
  direction: "ltr" | "rtl";
  sections: { id: string; title: string; fields: FieldPath[] }[];
  fields: FieldSchema[];
  /** The pages' own words, by message id (`ui-title`, `ui-submit`, ...). */
  text: Record<string, string>;
}

export type CheckedField = "number" | "dateOfBirth" | "expiryDate" | "optionalData" | "composite";

export interface Mrz {
  lines: [string, string];
  documentCode: string;
  issuingState: string;
  surname: string;
  givenNames: string;
  name: string;
  nameTruncated: boolean;
  number: string;
  nationality: string;
  /** `YYMMDD`. */
  dateOfBirth: string;
  sex: Sex;
  /** `YYMMDD`. */
  expiryDate: string;
  optionalData: string;
  checkDigits: { field: CheckedField; valid: boolean }[];
}

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

/** Validates an application; a failed validation is a report, never a throw. Throws only on misuse of the options. */
export function validate(form: unknown, options?: ValidateOptions): Report;
/** The issues of one field and of the fields whose rules read it. */
export function validateField(path: FieldPath, form: unknown, options?: ValidateOptions): Issue[];
/** The form's fields, labels, hints, options, limits and conditions, in a locale. */
export function schema(locale?: string, options?: { bilingual?: boolean; isolating?: boolean }): Schema;
/** The fields and check digits of two TD3 lines, or `null` when the text is not two TD3 lines. */
export function parseMrz(text: string): Mrz | null;
/** The E.164 form of a Vietnamese mobile number, or `null`. */
export function normalizePhone(text: string): string | null;
/** Any text of the locale files (`ui-idle-warning` with `{ seconds }`), with the locale's plural rules; the id when no locale has it. */
export function text(
  locale: string,
  id: string,
  args?: Record<string, string | number>,
  options?: { bilingual?: boolean; isolating?: boolean },
): string;
/** The locales the messages exist in. */
export function locales(): Locale[];
/** A Standard Schema v1 validator: errors fail, warnings do not. */
export function standardSchema(options?: { today?: string; locale?: string }): StandardSchemaV1<unknown, Partial<Application>>;
