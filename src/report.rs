//! The report of FORM.md, and the collector that keeps one issue per field.

use crate::code::{IssueCode, Severity};
use crate::date::Date;
use crate::field::Field;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

/// The parameters of an issue (`{ "max": 100 }`), in insertion order.
pub type Params = Map<String, Value>;

/// Where an issue points: a field of the wire format, or a key it does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IssuePath {
    Field(Field),
    /// An unknown key inside `block`; `order` is its position among the block's
    /// unknown keys in the input.
    UnknownKey {
        block: Field,
        key: String,
        order: usize,
    },
}

impl IssuePath {
    /// The dotted wire path.
    pub fn to_wire(&self) -> String {
        match self {
            IssuePath::Field(field) => field.path().to_string(),
            IssuePath::UnknownKey { block, key, .. } if *block == Field::Root => key.clone(),
            IssuePath::UnknownKey { block, key, .. } => format!("{}.{key}", block.path()),
        }
    }

    /// Wire-format position: a known field where the table puts it, an unknown
    /// key after the known fields of its block, in input order.
    pub(crate) fn sort_key(&self) -> (usize, usize) {
        match self {
            IssuePath::Field(field) => (field.index(), 0),
            IssuePath::UnknownKey { block, order, .. } => (block.end_of_block(), order + 1),
        }
    }

    fn field(&self) -> Option<Field> {
        match self {
            IssuePath::Field(field) => Some(*field),
            IssuePath::UnknownKey { .. } => None,
        }
    }
}

impl Serialize for IssuePath {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_wire())
    }
}

/// One problem found in the application.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Issue {
    /// Wire-format dot path (`applicant.passport.number`; an unknown key's path;
    /// `""` for the form itself).
    #[cfg_attr(feature = "typescript", ts(type = "FieldPath | (string & {})"))]
    pub path: IssuePath,
    #[cfg_attr(feature = "typescript", ts(type = "IssueCode"))]
    pub code: IssueCode,
    #[cfg_attr(feature = "typescript", ts(type = "Severity"))]
    pub severity: Severity,
    #[cfg_attr(feature = "typescript", ts(type = "Record<string, string | number>"))]
    pub params: Params,
    /// The localized text; empty until the report is rendered in a locale.
    pub message: String,
}

/// Values the rules computed, for the page to show (`null` when unknown).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename_all = "camelCase")
)]
pub struct Derived {
    #[cfg_attr(feature = "typescript", ts(type = "number | null"))]
    pub age: Option<i32>,
    pub representative_required: Option<bool>,
    #[cfg_attr(feature = "typescript", ts(type = "1 | 2 | null"))]
    pub max_level: Option<u8>,
}

/// The verdict on one application.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename_all = "camelCase")
)]
pub struct Report {
    /// The version of FORM.md the library implements ([`crate::SPEC_VERSION`]),
    /// the first key, so a portal and a server on different versions can tell.
    #[cfg_attr(feature = "typescript", ts(type = "\"1.1\""))]
    pub spec_version: &'static str,
    /// `true` when no issue has severity `error`.
    pub valid: bool,
    #[serde(serialize_with = "serialize_date")]
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub reference_date: Date,
    /// The locale of the messages, after negotiation.
    #[cfg_attr(feature = "typescript", ts(type = "Locale"))]
    pub locale: String,
    pub issues: Vec<Issue>,
    pub derived: Derived,
    /// The application with normalized values; `{}` when the input was not an object.
    #[cfg_attr(feature = "typescript", ts(type = "Partial<Application>"))]
    pub normalized: Normalized,
}

/// FORM.md's `normalized`: the known fields only, in wire-format order. Kept
/// flat, as the report's own few allocations (every text in one buffer, the
/// fields in wire order with each block's extent), rather than as a JSON map:
/// building it costs no hashing and no allocation per field, and serializing
/// it writes the wire order directly; [`Normalized::to_value`] gives the JSON
/// value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Normalized {
    /// Every text value, one after the other.
    text: String,
    /// The given fields in wire order; a block is followed by what lies inside it.
    items: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq)]
enum Item {
    /// A block and how many items inside it follow.
    Block(Field, usize),
    /// A text: its range in [`Normalized::text`].
    Text(Field, usize, usize),
    /// Numbers, booleans and wrongly typed values, as given.
    Json(Field, Value),
}

impl Normalized {
    /// The JSON value (`{ "level": 2, "applicant": { ... } }`); `{}` when the
    /// input was not an object.
    pub fn to_value(&self) -> Value {
        self.block_value(&self.items)
    }

    fn block_value(&self, items: &[Item]) -> Value {
        let mut map = Map::new();
        let mut at = 0;
        while let Some(item) = items.get(at) {
            let (field, value, taken) = match item {
                Item::Block(field, inside) => (
                    field,
                    self.block_value(&items[at + 1..at + 1 + inside]),
                    1 + inside,
                ),
                Item::Text(field, start, end) => {
                    (field, Value::String(self.text[*start..*end].to_string()), 1)
                }
                Item::Json(field, value) => (field, value.clone(), 1),
            };
            map.insert(field.key().to_string(), value);
            at += taken;
        }
        Value::Object(map)
    }
}

/// One block of [`Normalized`], serialized as a JSON object.
struct BlockItems<'a> {
    normalized: &'a Normalized,
    items: &'a [Item],
}

impl Serialize for BlockItems<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        let mut at = 0;
        while let Some(item) = self.items.get(at) {
            match item {
                Item::Block(field, inside) => {
                    let block = BlockItems {
                        normalized: self.normalized,
                        items: &self.items[at + 1..at + 1 + inside],
                    };
                    map.serialize_entry(field.key(), &block)?;
                    at += 1 + inside;
                }
                Item::Text(field, start, end) => {
                    map.serialize_entry(field.key(), &self.normalized.text[*start..*end])?;
                    at += 1;
                }
                Item::Json(field, value) => {
                    map.serialize_entry(field.key(), value)?;
                    at += 1;
                }
            }
        }
        map.end()
    }
}

impl Serialize for Normalized {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        BlockItems {
            normalized: self,
            items: &self.items,
        }
        .serialize(serializer)
    }
}

/// Builds [`Normalized`] in wire order.
#[derive(Default)]
pub(crate) struct NormalizedBuilder {
    out: Normalized,
    open: Vec<usize>,
}

impl NormalizedBuilder {
    pub fn open(&mut self, block: Field) {
        self.open.push(self.out.items.len());
        self.out.items.push(Item::Block(block, 0));
    }

    pub fn close(&mut self) {
        if let Some(at) = self.open.pop() {
            let inside = self.out.items.len() - at - 1;
            if let Item::Block(_, count) = &mut self.out.items[at] {
                *count = inside;
            }
        }
    }

    pub fn text(&mut self, field: Field, text: &str) {
        let start = self.out.text.len();
        self.out.text.push_str(text);
        self.out
            .items
            .push(Item::Text(field, start, self.out.text.len()));
    }

    pub fn json(&mut self, field: Field, value: Value) {
        self.out.items.push(Item::Json(field, value));
    }

    pub fn finish(self) -> Normalized {
        self.out
    }
}

impl Report {
    /// Compact JSON, the same bytes natively and in WebAssembly.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// Puts an issue in its place (wire order), under the one-issue-per-field
    /// rule: it replaces a warning of the same field, and yields to an error.
    pub fn insert(&mut self, issue: Issue) {
        if let Some(at) = self.issues.iter().position(|i| i.path == issue.path) {
            if !replaces(issue.severity, self.issues[at].severity) {
                return;
            }
            self.issues.remove(at);
        }
        let key = issue.path.sort_key();
        let at = self.issues.partition_point(|i| i.path.sort_key() <= key);
        self.issues.insert(at, issue);
        self.valid = !self.issues.iter().any(|i| i.severity == Severity::Error);
    }

    /// The issues of severity `error`.
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }

    /// The issues of severity `warning`.
    pub fn warnings(&self) -> impl Iterator<Item = &Issue> {
        self.issues
            .iter()
            .filter(|i| i.severity == Severity::Warning)
    }
}

fn serialize_date<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

/// Collects the issues of one validation: at most one per field, the first error
/// in rule order, else the first warning (a warning never hides an error).
#[derive(Debug, Default)]
pub struct Findings {
    issues: Vec<Issue>,
}

impl Findings {
    /// Records `code` at `field`, one issue per field (see [`replaces`]).
    pub fn add(&mut self, field: Field, code: IssueCode, params: Params) {
        match self.position(field) {
            Some(at) => {
                if replaces(code.severity(), self.issues[at].severity) {
                    self.issues[at] = issue(IssuePath::Field(field), code, params);
                }
            }
            None => self
                .issues
                .push(issue(IssuePath::Field(field), code, params)),
        }
    }

    /// Records a key that block `block` does not have.
    pub fn add_unknown_key(&mut self, block: Field, key: &str, order: usize) {
        let path = IssuePath::UnknownKey {
            block,
            key: key.to_string(),
            order,
        };
        self.issues
            .push(issue(path, IssueCode::UnknownField, Params::new()));
    }

    /// Whether `field` carries an error.
    pub fn has_error(&self, field: Field) -> bool {
        self.position(field)
            .is_some_and(|at| self.issues[at].severity == Severity::Error)
    }

    /// Whether `field` carries this code.
    pub fn has(&self, field: Field, code: IssueCode) -> bool {
        self.position(field)
            .is_some_and(|at| self.issues[at].code == code)
    }

    /// Adds what another collector found (read apart, then kept).
    pub fn extend(&mut self, other: Findings) {
        self.issues.extend(other.issues);
    }

    /// Forgets every issue at `field` and inside it, unknown keys included.
    pub fn forget_within(&mut self, field: Field) {
        self.issues.retain(|i| match &i.path {
            IssuePath::Field(f) => !f.is_within(field),
            IssuePath::UnknownKey { block, .. } => !block.is_within(field),
        });
    }

    /// Forgets every issue inside `block` (not the block's own).
    pub fn clear_within(&mut self, block: Field) {
        self.issues.retain(|i| match &i.path {
            IssuePath::Field(field) => *field == block || !field.is_within(block),
            IssuePath::UnknownKey { block: b, .. } => !b.is_within(block),
        });
    }

    /// The issues in wire-format order.
    pub fn into_sorted(mut self) -> Vec<Issue> {
        self.issues.sort_by_key(|i| i.path.sort_key());
        self.issues
    }

    fn position(&self, field: Field) -> Option<usize> {
        self.issues
            .iter()
            .position(|i| i.path.field() == Some(field))
    }
}

/// One issue per field (FORM.md, Order and selection): the field's first error
/// in rule order, else its first warning. Whether an issue found later takes the
/// place of the one the field already has: only an error replacing a warning.
fn replaces(later: Severity, current: Severity) -> bool {
    later == Severity::Error && current == Severity::Warning
}

fn issue(path: IssuePath, code: IssueCode, params: Params) -> Issue {
    Issue {
        path,
        code,
        severity: code.severity(),
        params,
        message: String::new(),
    }
}

/// Builds `params` from key-value pairs.
pub fn params<const N: usize>(pairs: [(&str, Value); N]) -> Params {
    pairs
        .into_iter()
        .map(|(key, value)| (key.to_string(), value))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_error_wins_and_errors_replace_warnings() {
        let mut findings = Findings::default();
        let number = Field::PassportNumber;
        findings.add(number, IssueCode::PassportNumberPattern, Params::new());
        findings.add(number, IssueCode::ResidenceOutlastsPassport, Params::new());
        assert!(findings.has(number, IssueCode::PassportNumberPattern));
        assert!(!findings.has_error(number));
        findings.add(number, IssueCode::MrzMismatch, Params::new());
        findings.add(number, IssueCode::PassportNumberFormat, Params::new());
        assert!(findings.has(number, IssueCode::MrzMismatch));
        assert_eq!(findings.into_sorted().len(), 1);
    }

    #[test]
    fn sorted_by_wire_position_with_unknown_keys_after_their_block() {
        let mut findings = Findings::default();
        findings.add(Field::ContactPhone, IssueCode::PhoneInvalid, Params::new());
        findings.add_unknown_key(Field::Applicant, "zeta", 0);
        findings.add_unknown_key(Field::Applicant, "alpha", 1);
        findings.add_unknown_key(Field::Root, "extra", 0);
        findings.add(
            Field::ResidenceCardExpiryDate,
            IssueCode::DocumentExpired,
            Params::new(),
        );
        findings.add(Field::Root, IssueCode::InvalidType, Params::new());
        findings.add(Field::Level, IssueCode::InvalidValue, Params::new());
        let paths: Vec<_> = findings
            .into_sorted()
            .iter()
            .map(|i| i.path.to_wire())
            .collect();
        assert_eq!(
            paths,
            [
                "",
                "level",
                "applicant.residenceCard.expiryDate",
                "applicant.zeta",
                "applicant.alpha",
                "contact.phone",
                "extra"
            ]
        );
    }
}

#[cfg(test)]
mod insert_tests {
    use super::*;

    fn report_with(issues: Vec<Issue>) -> Report {
        Report {
            spec_version: crate::SPEC_VERSION,
            valid: true,
            reference_date: Date::parse("2025-07-01").unwrap(),
            locale: "en".into(),
            issues,
            derived: Derived::default(),
            normalized: Normalized::default(),
        }
    }

    #[test]
    fn an_inserted_issue_takes_its_wire_place_and_invalidates() {
        let mut findings = Findings::default();
        findings.add(Field::Level, IssueCode::Level2NeedsAge6, Params::new());
        findings.add(Field::ContactEmail, IssueCode::EmailInvalid, Params::new());
        let mut report = report_with(findings.into_sorted());
        report.insert(issue(
            IssuePath::Field(Field::ContactPhone),
            IssueCode::PhoneAlreadyUsed,
            Params::new(),
        ));
        let paths: Vec<_> = report.issues.iter().map(|i| i.path.to_wire()).collect();
        assert_eq!(paths, ["level", "contact.phone", "contact.email"]);
        assert!(!report.valid);
    }
}
