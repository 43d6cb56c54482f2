#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub mod code;
pub mod date;
pub mod field;
mod form;
pub mod localization;
pub mod report;
pub mod rules;
pub mod schema;
pub mod text;

pub use code::{IssueCode, Severity};
pub use date::Date;
pub use field::Field;
pub use report::{Derived, Issue, IssuePath, Normalized, Params, Report};

use form::Form;
use report::Findings;
use rules::Check;
use serde_json::Value;

/// How to judge an application.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The day the rules are judged on; `None` for today in Vietnam (UTC+7).
    pub today: Option<Date>,
    /// A BCP 47 tag; negotiated against the available locales (default `en`).
    pub locale: String,
    /// Officers' mode: every message in Vietnamese beside the chosen language
    /// ("Họ, chữ đệm và tên / Full name").
    pub bilingual: bool,
    /// Unicode isolation marks (FSI … PDI) for right-to-left pages: in `ar`
    /// around every left-to-right run, elsewhere around the placeables (FORM.md
    /// 1.1, Text direction); off by default, so logs and tests see plain text.
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
    let (form, findings, today) = judge(input, options);
    let derived = derive(&form, &findings, today);
    let normalized = form.normalized(&findings);
    finish(findings, derived, normalized, today, options)
}

/// Reads the form and runs the rules: the findings, not yet in a locale.
fn judge(input: &Value, options: &Options) -> (Form, Findings, Date) {
    let today = options.reference_date();
    let mut findings = Findings::default();
    let mut form = Form::read(input, &mut findings);
    if form.is_object() {
        rules::run(&mut Check {
            form: &mut form,
            findings: &mut findings,
            today,
        });
    }
    (form, findings, today)
}

/// Validates an application given as JSON text. Text that is not JSON gets a
/// report whose only issue is `invalid-json` at `""`.
pub fn validate_json(text: &str, options: &Options) -> Report {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => validate(&value, options),
        Err(_) => invalid_json_report(options),
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
    let style = localization::Style {
        bilingual: options.bilingual,
        isolating: options.isolating,
    };
    for issue in issues {
        let (field, key) = match &issue.path {
            IssuePath::Field(field) => (Some(*field), ""),
            IssuePath::UnknownKey { key, .. } => (None, key.as_str()),
        };
        issue.message =
            localization::issue_message(locale, style, issue.code, field, key, &issue.params);
    }
}

/// `derived`: the age from a real, not-future date of birth; whether a
/// representative is needed and the highest level, null when the date of birth
/// has any error (FORM.md, Precise readings).
fn derive(form: &Form, findings: &Findings, today: Date) -> Derived {
    let born = match form.read_of(Field::ApplicantDateOfBirth) {
        Some(form::Read::Date(date)) if *date <= today => Some(*date),
        _ => None,
    };
    let age = born.map(|b| b.age_on(today));
    let usable_age = age.filter(|_| !findings.has_error(Field::ApplicantDateOfBirth));
    let ward = matches!(
        form.read_of(Field::ApplicantWard),
        Some(form::Read::Flag(true))
    ) && !findings.has_error(Field::ApplicantWard);
    Derived {
        age,
        representative_required: usable_age
            .map(|a| ward || a < rules::eligibility::REPRESENTED_UNDER),
        max_level: usable_age.map(|a| {
            if a >= rules::eligibility::LEVEL_2_MIN_AGE {
                2
            } else {
                1
            }
        }),
    }
}

/// Adds an issue that only a server can know (its store's
/// `phone-already-used`) to a report, in its place, with its message written as
/// `options` ask (locale, bilingual, isolating).
pub fn add_issue(report: &mut Report, field: Field, code: IssueCode, options: &Options) {
    let style = localization::Style {
        bilingual: options.bilingual,
        isolating: options.isolating,
    };
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

/// The issues of one field and of the fields whose rules read it, for checks as
/// the applicant types: the same verdicts as [`validate`], filtered, without
/// building the parts of a report nobody reads here (`normalized`, `derived`,
/// the other fields' messages).
pub fn validate_field(
    path: &str,
    input: &Value,
    options: &Options,
) -> Result<Vec<Issue>, UnknownPath> {
    let field = Field::from_path(path)
        .filter(|f| *f != Field::Root)
        .ok_or_else(|| UnknownPath(path.to_string()))?;
    let affected = rules::affected_by(field);
    let (_, findings, _) = judge(input, options);
    let mut issues: Vec<Issue> = findings
        .into_sorted()
        .into_iter()
        .filter(|issue| match &issue.path {
            IssuePath::Field(f) => f.is_within(field) || affected.contains(f),
            IssuePath::UnknownKey { block, .. } => block.is_within(field),
        })
        .collect();
    write_messages(
        &mut issues,
        localization::negotiate(&options.locale),
        options,
    );
    Ok(issues)
}
