//! Reading the wire format without aborting: every field is read on its own, and
//! each problem of shape (`invalid-type`, `invalid-value`, `invalid-date`,
//! `too-long`, `required`, `unknown-field`) becomes an issue instead of an error
//! that stops the reading.

use crate::code::IssueCode;
use crate::date::Date;
use crate::field::{Field, FieldSet, Kind, Presence};
use crate::report::{params, Findings, IssuePath, Normalized, Params};
use crate::text;
use serde_json::{Map, Value};

/// A field's value after reading.
#[derive(Clone, Debug, PartialEq)]
pub enum Read {
    Text(String),
    Date(Date),
    Flag(bool),
    Level(u8),
    Block,
}

#[derive(Clone, Debug, Default)]
struct Slot {
    /// The input, trimmed; `None` when the field is missing.
    given: Option<Value>,
    /// The value when its shape is right.
    read: Option<Read>,
    /// What the rules made of it (E.164 phone, upper-case name, ...).
    normalized: Option<Value>,
}

/// The application as read from the wire, one slot per [`Field`].
#[derive(Clone, Debug)]
pub struct Form {
    slots: Vec<Slot>,
    is_object: bool,
    /// The keys the wire format does not have, in input order per block.
    unknown_keys: Vec<IssuePath>,
}

impl Form {
    /// Reads `input`, recording every problem of shape in `findings`.
    pub fn read(input: &Value, findings: &mut Findings) -> Form {
        let mut form = Form {
            slots: vec![Slot::default(); Field::ALL.len()],
            is_object: false,
            unknown_keys: Vec::new(),
        };
        match input {
            Value::Object(map) => {
                form.is_object = true;
                form.slots[Field::Root.index()].read = Some(Read::Block);
                form.read_block(Field::Root, map, findings);
            }
            _ => findings.add(Field::Root, IssueCode::InvalidType, Params::new()),
        }
        form
    }

    /// The keys of the input that the wire format does not have.
    pub fn unknown_keys(&self) -> &[IssuePath] {
        &self.unknown_keys
    }

    /// Whether the top level was a JSON object.
    pub fn is_object(&self) -> bool {
        self.is_object
    }

    fn read_block(&mut self, block: Field, map: &Map<String, Value>, findings: &mut Findings) {
        // One pass over the input's keys (a block has a handful of fields: a
        // linear match beats hashing), then the required fields not given.
        let mut unknown = 0;
        for (key, value) in map {
            match block.children().find(|f| f.key() == key) {
                Some(field) if !value.is_null() => self.read_value(field, value, findings),
                Some(_) => {}
                None => {
                    findings.add_unknown_key(block, key, unknown);
                    self.unknown_keys.push(IssuePath::UnknownKey {
                        block,
                        key: key.clone(),
                        order: unknown,
                    });
                    unknown += 1;
                }
            }
        }
        for field in block.children() {
            if field.presence() == Presence::Required && !self.is_given(field) {
                findings.add(field, IssueCode::Required, Params::new());
            }
        }
    }

    fn read_value(&mut self, field: Field, value: &Value, findings: &mut Findings) {
        let kind = field.kind();
        let (given, read, problem) = match (kind, value) {
            (Kind::Block, Value::Object(map)) if is_blank_block(field, map) => return,
            (Kind::Block, Value::Object(map)) => {
                self.slots[field.index()].given = Some(Value::Object(Map::new()));
                self.slots[field.index()].read = Some(Read::Block);
                self.read_block(field, map, findings);
                return;
            }
            (Kind::Level, Value::Number(number)) => {
                let level = match number.as_f64() {
                    Some(1.0) => Some(1),
                    Some(2.0) => Some(2),
                    _ => None,
                };
                match level {
                    Some(level) => (Value::from(level), Some(Read::Level(level)), None),
                    None => (
                        canonical(value, 0),
                        None,
                        Some((IssueCode::InvalidValue, None)),
                    ),
                }
            }
            (Kind::Flag, Value::Bool(flag)) => (value.clone(), Some(Read::Flag(*flag)), None),
            (Kind::Block | Kind::Level | Kind::Flag, _) => (
                canonical(value, 0),
                None,
                Some((IssueCode::InvalidType, None)),
            ),
            (_, Value::String(raw)) => {
                let trimmed = raw.trim();
                if trimmed.is_empty() {
                    return;
                }
                let (read, problem) = read_text(kind, trimmed);
                (Value::String(trimmed.to_string()), read, problem)
            }
            _ => (
                canonical(value, 0),
                None,
                Some((IssueCode::InvalidType, None)),
            ),
        };
        let slot = &mut self.slots[field.index()];
        slot.given = Some(given);
        slot.read = read;
        if let Some((code, max)) = problem {
            let params = max.map_or_else(Params::new, |max| params([("max", max.into())]));
            findings.add(field, code, params);
        }
    }

    /// Whether the field was given (an empty value counts as missing).
    pub fn is_given(&self, field: Field) -> bool {
        self.slots[field.index()].given.is_some() || field == Field::Root && self.is_object
    }

    /// The read value of a field whose shape is right.
    pub fn read_of(&self, field: Field) -> Option<&Read> {
        self.slots[field.index()].read.as_ref()
    }

    /// Records the normalized value of a field.
    pub fn set_normalized(&mut self, field: Field, value: Value) {
        self.slots[field.index()].normalized = Some(value);
    }

    /// The normalized application: known fields only, in wire order, missing
    /// fields left out; a field with an error keeps its trimmed input. Takes the
    /// values out of the form, which is done with.
    pub fn normalized(mut self, findings: &Findings) -> Normalized {
        if !self.is_object {
            return Normalized::default();
        }
        self.normalized_block(Field::Root, findings, false)
    }

    fn normalized_block(
        &mut self,
        block: Field,
        findings: &Findings,
        as_given: bool,
    ) -> Normalized {
        let mut out = Vec::new();
        for field in block.children() {
            if self.slots[field.index()].given.is_none() {
                continue;
            }
            let keep_input = as_given || findings.has_error(field);
            let value = if field.kind() == Kind::Block
                && matches!(self.slots[field.index()].read, Some(Read::Block))
            {
                self.normalized_block(field, findings, keep_input)
            } else {
                let slot = &mut self.slots[field.index()];
                let given = slot.given.take().unwrap_or(Value::Null);
                Normalized::Value(match slot.normalized.take() {
                    Some(normalized) if !keep_input => normalized,
                    _ => given,
                })
            };
            out.push((field, value));
        }
        Normalized::Block(out)
    }
}

/// A block counts as missing when nothing in it is given: no key it does not
/// know, and every known field missing (null, blank text, or a blank block).
/// So `{"phone": "  "}` is missing like `{}`, and its normalized form (which
/// leaves missing fields out) validates to the same verdict.
fn is_blank_block(block: Field, map: &Map<String, Value>) -> bool {
    is_blank_apart_from(block, map, None)
}

/// [`is_blank_block`], not counting the key `apart`.
fn is_blank_apart_from(block: Field, map: &Map<String, Value>, apart: Option<&str>) -> bool {
    map.iter().all(|(key, value)| {
        if apart == Some(key.as_str()) {
            return true;
        }
        let Some(field) = block.children().find(|f| f.key() == key) else {
            return false;
        };
        match value {
            Value::Null => true,
            Value::String(text) => text.trim().is_empty() && field.kind() != Kind::Block,
            Value::Object(inner) if field.kind() == Kind::Block => is_blank_block(field, inner),
            _ => false,
        }
    })
}

/// The fields whose given values can change when the value at `field` changes,
/// in `input` as it is (FORM.md 1.1, "Checking one field"): the field, what
/// lies inside it, and every field of a block above it that holds nothing else,
/// since the field then decides whether that block is given at all (and,
/// before it, whether it was an object). The top level counts as such a block:
/// a form that holds nothing but the field may have been no object before it.
pub fn may_change(input: &Value, field: Field) -> FieldSet {
    let mut changed = FieldSet::within(field);
    let mut child = field;
    loop {
        let block = child.parent();
        let holds_more = match value_at(input, block) {
            Some(Value::Object(map)) => !is_blank_apart_from(block, map, Some(child.key())),
            _ => false,
        };
        if !holds_more {
            changed = changed.union(FieldSet::within(block));
        }
        if block == Field::Root {
            return changed;
        }
        child = block;
    }
}

/// The input's value at a field's path, if every block on the way is an object.
fn value_at(input: &Value, field: Field) -> Option<&Value> {
    if field == Field::Root {
        return Some(input);
    }
    match value_at(input, field.parent())? {
        Value::Object(map) => map.get(field.key()),
        _ => None,
    }
}

/// How deep a wrongly typed input is kept in `normalized`; deeper parts are
/// dropped, so hostile nesting costs nothing.
const KEPT_DEPTH: usize = 16;

/// The input as JavaScript would write it back: integral numbers without a
/// fraction (`2.0` is `2`), so native and WebAssembly reports are the same bytes.
fn canonical(value: &Value, depth: usize) -> Value {
    match value {
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_992.0 => {
                Value::from(f as i64)
            }
            _ => value.clone(),
        },
        Value::Array(items) if depth < KEPT_DEPTH => {
            Value::Array(items.iter().map(|v| canonical(v, depth + 1)).collect())
        }
        Value::Object(map) if depth < KEPT_DEPTH => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), canonical(v, depth + 1)))
                .collect(),
        ),
        Value::Array(_) => Value::Array(Vec::new()),
        Value::Object(_) => Value::Object(Map::new()),
        other => other.clone(),
    }
}

/// Reads a trimmed, non-empty string of the given kind.
fn read_text(kind: Kind, trimmed: &str) -> (Option<Read>, Option<(IssueCode, Option<usize>)>) {
    let too_long = |counted: &str| {
        let max = kind.max_length()?;
        (text::length(counted) > max).then_some((IssueCode::TooLong, Some(max)))
    };
    let problem = match kind {
        // Names count after NFKC: full-width letters are one code point each anyway.
        Kind::Name => too_long(text::nfkc_for_rules(trimmed).trim()),
        Kind::Text | Kind::Email => too_long(trimmed),
        Kind::Date => match Date::parse(trimmed) {
            Some(date) => return (Some(Read::Date(date)), None),
            None => Some((IssueCode::InvalidDate, None)),
        },
        Kind::Choice(options) => {
            (!options.contains(&trimmed)).then_some((IssueCode::InvalidValue, None))
        }
        _ => None,
    };
    match problem {
        Some(problem) => (None, Some(problem)),
        None => (Some(Read::Text(trimmed.to_string())), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn codes(input: Value) -> Vec<(String, &'static str)> {
        let mut findings = Findings::default();
        Form::read(&input, &mut findings);
        findings
            .into_sorted()
            .into_iter()
            .map(|i| (i.path.to_wire(), i.code.as_str()))
            .collect()
    }

    #[test]
    fn shape_problems_are_issues_not_aborts() {
        let found = codes(json!({
            "level": "2",
            "applicant": {
                "fullName": 12,
                "dateOfBirth": "1990-02-30",
                "sex": "Q",
                "nationality": "   ",
                "ward": "yes",
                "passport": [],
                "residenceCard": {},
                "nickname": "x"
            },
            "contact": {},
            "extra": 1
        }));
        assert_eq!(
            found,
            [
                ("level".into(), "invalid-type"),
                ("applicant.fullName".into(), "invalid-type"),
                ("applicant.dateOfBirth".into(), "invalid-date"),
                ("applicant.sex".into(), "invalid-value"),
                ("applicant.nationality".into(), "required"),
                ("applicant.ward".into(), "invalid-type"),
                ("applicant.passport".into(), "invalid-type"),
                ("applicant.residenceCard".into(), "required"),
                ("applicant.nickname".into(), "unknown-field"),
                ("extra".into(), "unknown-field"),
            ]
        );
    }

    #[test]
    fn a_block_with_nothing_given_counts_as_missing() {
        let blank = codes(json!({ "level": 2, "contact": { "phone": "  ", "email": null } }));
        assert!(
            blank.contains(&("contact".into(), "required"))
                || !blank.iter().any(|(p, _)| p.starts_with("contact."))
        );
        assert!(!blank.iter().any(|(p, _)| p.starts_with("contact.")));
        let unknown = codes(json!({ "contact": { "nickname": "x" } }));
        assert!(unknown.contains(&("contact.nickname".into(), "unknown-field")));
        let nested =
            codes(json!({ "applicant": { "passport": { "number": " " }, "residenceCard": {} } }));
        assert!(nested.contains(&("applicant".into(), "required")));
    }

    #[test]
    fn levels_compare_by_value() {
        assert!(codes(json!({ "level": 2.0 }))
            .iter()
            .all(|(path, _)| path != "level"));
        assert!(codes(json!({ "level": 3 })).contains(&("level".into(), "invalid-value")));
        assert!(codes(json!({ "level": 1.5 })).contains(&("level".into(), "invalid-value")));
    }

    #[test]
    fn the_top_level_must_be_an_object() {
        for input in [json!(null), json!([]), json!("x"), json!(1)] {
            assert_eq!(codes(input), [("".into(), "invalid-type")]);
        }
    }

    #[test]
    fn too_long_counts_code_points() {
        let name = "É".repeat(100);
        let found = codes(json!({ "applicant": { "fullName": name } }));
        assert!(!found.contains(&("applicant.fullName".into(), "too-long")));
        let name = "A".repeat(101);
        let found = codes(json!({ "applicant": { "fullName": name } }));
        assert!(found.contains(&("applicant.fullName".into(), "too-long")));
    }
}
