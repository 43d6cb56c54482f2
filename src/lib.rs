#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod check;
pub mod code;
pub mod data;
pub mod date;
pub mod field;
mod form;
pub mod localization;
pub mod personal_id;
pub mod report;
pub mod rules;
pub mod schema;
pub mod text;

pub use code::{IssueCode, Severity};
pub use date::Date;
pub use field::Field;
pub use report::{Derived, Issue, IssuePath, Normalized, Params, Report};

use check::{Check, Dependencies};
use form::Form;
use report::Findings;
use serde_json::Value;

/// The version of the contract (`docs/FORM.md`) this library implements; every
/// report carries it as `specVersion`.
pub const SPEC_VERSION: &str = "1.1";

/// How to judge an application. The package's options deserialize into this
/// very struct (camelCase keys; an unknown key or a wrong type is misuse).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename = "ValidateOptions", rename_all = "camelCase")
)]
pub struct Options {
    /// The day the rules are judged on; `None` for today in Vietnam (UTC+7).
    #[serde(deserialize_with = "date::optional_today")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<String>", optional))]
    pub today: Option<Date>,
    /// A BCP 47 tag; negotiated against the available locales (default `en`).
    #[serde(deserialize_with = "localization::requested_tag")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<String>", optional))]
    pub locale: String,
    /// Officers' mode: every message in Vietnamese beside the chosen language
    /// ("Họ, chữ đệm và tên / Full name").
    #[serde(deserialize_with = "localization::style_flag")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<bool>", optional))]
    pub bilingual: bool,
    /// Unicode isolation marks (FSI … PDI) for right-to-left pages: in `ar`
    /// around every left-to-right run, elsewhere around the placeables (FORM.md
    /// 1.1, Text direction); off by default, so logs and tests see plain text.
    #[serde(deserialize_with = "localization::style_flag")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<bool>", optional))]
    pub isolating: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            today: None,
            locale: localization::DEFAULT_LOCALE.to_string(),
            bilingual: false,
            isolating: false,
        }
    }
}

impl Options {
    /// The day the rules are judged on: `today`, or else today in Vietnam by
    /// the system clock ([`Date::today_in_vietnam`]). The WebAssembly binding
    /// always passes the browser's day as `today`, so the core itself never
    /// reads a clock there.
    pub fn reference_date(&self) -> Date {
        self.today.unwrap_or_else(Date::today_in_vietnam)
    }

    /// How texts are put together for the reader these options describe.
    pub fn style(&self) -> localization::Style {
        localization::Style {
            bilingual: self.bilingual,
            isolating: self.isolating,
        }
    }

    /// Options for a reference day given as `YYYY-MM-DD`; an error value when
    /// that is not a real day (misuse of the API, not a problem of the form).
    pub fn new(today: Option<&str>, locale: &str) -> Result<Options, OptionsError> {
        let today = match today {
            None => None,
            Some(text) => Some(
                Date::parse(text).ok_or_else(|| OptionsError::InvalidToday(text.to_string()))?,
            ),
        };
        Ok(Options {
            today,
            locale: locale.to_string(),
            ..Options::default()
        })
    }
}

/// Misuse of the API: options that cannot be honoured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionsError {
    /// `today` is not a real `YYYY-MM-DD` date.
    InvalidToday(String),
}

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OptionsError::InvalidToday(text) => {
                write!(
                    f,
                    "`today` must be a real date written YYYY-MM-DD, not {text:?}"
                )
            }
        }
    }
}

impl std::error::Error for OptionsError {}

/// Validates an application given as a JSON value (the wire format of FORM.md).
/// Never panics and never fails: every problem is an issue of the report.
pub fn validate(input: &Value, options: &Options) -> Report {
    let mut findings = Findings::default();
    let form = Form::read(input, &mut findings);
    report(&form, findings, options)
}

/// Validates an application given as JSON text, read straight into the form
/// (no `serde_json::Value` on the way). Text that is not JSON gets a report
/// whose only issue is `invalid-json` at `""`.
pub fn validate_json(text: &str, options: &Options) -> Report {
    validate_text(text, options).unwrap_or_else(|| invalid_json_report(options))
}

/// [`validate_json`], with `None` when the text is not JSON (for a caller that
/// has the form another way too, as the WebAssembly binding has).
pub fn validate_text(text: &str, options: &Options) -> Option<Report> {
    let mut findings = Findings::default();
    let form = Form::read_json(text, &mut findings)?;
    Some(report(&form, findings, options))
}

/// The whole report on a form read.
fn report(form: &Form<'_>, findings: Findings, options: &Options) -> Report {
    let judged = judge(form, findings, options);
    let derived = rules::eligibility::derive(form, &judged.findings, judged.today);
    let normalized = form.normalized(&judged.findings, &judged.normalized);
    finish(judged.findings, derived, normalized, judged.today, options)
}

/// A form judged: the findings, not yet in a locale, what the rules made of
/// the values, and what each rule read.
struct Judged {
    findings: Findings,
    normalized: check::Normalizations,
    today: Date,
    dependencies: Dependencies,
}

/// Runs the rules in their order on a form read.
fn judge(form: &Form<'_>, mut findings: Findings, options: &Options) -> Judged {
    let today = options.reference_date();
    let mut dependencies = Dependencies::default();
    let mut normalized: check::Normalizations = std::array::from_fn(|_| None);
    if form.is_object() {
        let mut check = Check::new(
            form,
            &mut findings,
            &mut normalized,
            today,
            &mut dependencies,
        );
        for rule_family in rules::ORDER {
            rule_family(&mut check);
        }
    }
    Judged {
        findings,
        normalized,
        today,
        dependencies,
    }
}

/// The report for input that is not JSON (batch checker and server).
pub fn invalid_json_report(options: &Options) -> Report {
    let today = options.reference_date();
    let mut findings = Findings::default();
    findings.add(Field::Root, IssueCode::InvalidJson, Params::new());
    finish(
        findings,
        Derived::default(),
        Normalized::default(),
        today,
        options,
    )
}

fn finish(
    findings: Findings,
    derived: Derived,
    normalized: Normalized,
    today: Date,
    options: &Options,
) -> Report {
    let locale = localization::negotiate(&options.locale);
    let mut issues = findings.into_sorted();
    write_messages(&mut issues, locale, options);
    Report {
        spec_version: SPEC_VERSION,
        valid: !issues.iter().any(|i| i.severity == Severity::Error),
        reference_date: today,
        locale: locale.to_string(),
        issues,
        derived,
        normalized,
    }
}

/// Writes each issue's message in `locale`, styled as `options` ask.
fn write_messages(issues: &mut [Issue], locale: &str, options: &Options) {
    let style = options.style();
    for issue in issues {
        let (field, key) = match &issue.path {
            IssuePath::Field(field) => (Some(*field), ""),
            IssuePath::UnknownKey { key, .. } => (None, key.as_str()),
        };
        issue.message =
            localization::issue_message(locale, style, issue.code, field, key, &issue.params);
    }
}

/// Adds an issue that only a server can know (its store's
/// `phone-already-used`) to a report, in its place, with its message written as
/// `options` ask (locale, bilingual, isolating).
pub fn add_issue(report: &mut Report, field: Field, code: IssueCode, options: &Options) {
    let style = options.style();
    let params = Params::new();
    let message =
        localization::issue_message(&report.locale, style, code, Some(field), "", &params);
    report.insert(Issue {
        path: IssuePath::Field(field),
        code,
        severity: code.severity(),
        params,
        message,
    });
}

/// Misuse of `validate_field`: a path the form does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownPath(pub String);

impl std::fmt::Display for UnknownPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the form has no field {:?}", self.0)
    }
}

impl std::error::Error for UnknownPath {}

/// The answer of [`validate_field`] (FORM.md 1.1, "Checking one field").
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct FieldCheck {
    /// Every path whose issues were judged, in wire order: a page clears the
    /// messages of all of them and shows `issues`.
    #[cfg_attr(feature = "typescript", ts(type = "Array<FieldPath | (string & {})>"))]
    pub fields: Vec<IssuePath>,
    /// The full report's issues at those paths, in report order, with the same
    /// words.
    pub issues: Vec<Issue>,
}

/// Checks one field as the applicant types: the issues of `path`, of what lies
/// inside it, and of every field whose rules read it (as recorded while the
/// rules ran), with the same verdicts and words as [`validate`], without
/// building the parts of a report nobody reads here (`normalized`, `derived`,
/// the other fields' messages).
pub fn validate_field(
    path: &str,
    input: &Value,
    options: &Options,
) -> Result<FieldCheck, UnknownPath> {
    let field = field_to_check(path)?;
    let mut findings = Findings::default();
    let form = Form::read(input, &mut findings);
    Ok(check_field(field, &form, findings, options))
}

/// [`validate_field`] for a form given as JSON text; `Ok(None)` when the text
/// is not JSON.
pub fn validate_field_json(
    path: &str,
    text: &str,
    options: &Options,
) -> Result<Option<FieldCheck>, UnknownPath> {
    let field = field_to_check(path)?;
    let mut findings = Findings::default();
    Ok(Form::read_json(text, &mut findings)
        .map(|form| check_field(field, &form, findings, options)))
}

fn field_to_check(path: &str) -> Result<Field, UnknownPath> {
    Field::from_path(path)
        .filter(|f| *f != Field::Root)
        .ok_or_else(|| UnknownPath(path.to_string()))
}

fn check_field(field: Field, form: &Form<'_>, findings: Findings, options: &Options) -> FieldCheck {
    let judged = judge(form, findings, options);
    let changed = form.may_change(field);
    // Every block above the field is judged too (a page clears its message).
    let mut fields = judged.dependencies.judged_when(changed);
    let mut block = field.parent();
    while block != Field::Root {
        fields = fields.with(block);
        block = block.parent();
    }
    let unknown_key_judged = |path: &IssuePath| matches!(path, IssuePath::UnknownKey { block, .. } if block.is_within(field));
    let mut issues: Vec<Issue> = judged
        .findings
        .into_sorted()
        .into_iter()
        .filter(|issue| match &issue.path {
            IssuePath::Field(f) => fields.contains(*f),
            path => unknown_key_judged(path),
        })
        .collect();
    write_messages(
        &mut issues,
        localization::negotiate(&options.locale),
        options,
    );
    let mut paths: Vec<IssuePath> = fields.iter().map(IssuePath::Field).collect();
    paths.extend(
        form.unknown_keys()
            .iter()
            .filter(|path| unknown_key_judged(path))
            .cloned(),
    );
    paths.sort_by_key(IssuePath::sort_key);
    FieldCheck {
        fields: paths,
        issues,
    }
}
