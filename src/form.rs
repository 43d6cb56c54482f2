//! Reading the wire format without aborting: every field is read on its own, and
//! each problem of shape (`invalid-type`, `invalid-value`, `invalid-date`,
//! `too-long`, `required`, `unknown-field`) becomes an issue instead of an error
//! that stops the reading.
//!
//! The form is read where it lies: straight from JSON text, or from a
//! `serde_json::Value` a caller already has, by one serde visitor that walks the
//! wire-format table (`Field`). Strings are borrowed from the input when they
//! need no unescaping; keys are matched against a block's handful of fields, not
//! hashed; no `Value` is built but for a wrongly typed value, which the
//! normalized application keeps as given.

use crate::code::IssueCode;
use crate::date::Date;
use crate::field::{Field, FieldSet, Kind, Presence};
use crate::report::{params, Findings, IssuePath, Normalized, NormalizedBuilder, Params};
use crate::text;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fmt;

/// A field's value after reading, when its shape is right. A text's value is
/// the given text itself ([`Form::text_of`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Read {
    Text,
    Date(Date),
    Flag(bool),
    Level(u8),
    Block,
}

/// A field's input as given (trimmed when it is text).
#[derive(Clone, Debug, PartialEq)]
enum Given<'src> {
    Text(Cow<'src, str>),
    /// Anything but text and blocks: numbers, booleans, and wrongly typed values
    /// (as JavaScript would write them back, see [`canonical`]).
    Json(Value),
    Block,
}

#[derive(Clone, Debug, Default)]
struct Slot<'src> {
    /// `None` when the field is missing.
    given: Option<Given<'src>>,
    /// The value when its shape is right.
    read: Option<Read>,
}

const FIELDS: usize = Field::ALL.len();

/// The application as read from the wire, one slot per [`Field`], borrowing
/// the input's strings.
#[derive(Clone, Debug)]
pub struct Form<'src> {
    slots: [Slot<'src>; FIELDS],
    is_object: bool,
    /// The keys the wire format does not have, in input order per block.
    unknown_keys: Vec<IssuePath>,
}

impl<'src> Form<'src> {
    fn empty() -> Form<'src> {
        Form {
            slots: std::array::from_fn(|_| Slot::default()),
            is_object: false,
            unknown_keys: Vec::new(),
        }
    }

    /// Reads a JSON value, recording every problem of shape in `findings`.
    pub fn read(input: &'src Value, findings: &mut Findings) -> Form<'src> {
        let mut form = Form::empty();
        // A `&Value` deserializer never fails on a visitor that accepts everything.
        let _ = input.deserialize_any(TopLevel {
            form: &mut form,
            findings,
        });
        form
    }

    /// Reads JSON text; `None` when the text is not JSON (nothing is kept).
    pub fn read_json(text: &'src str, findings: &mut Findings) -> Option<Form<'src>> {
        let mut form = Form::empty();
        let mut read = Findings::default();
        let mut deserializer = serde_json::Deserializer::from_str(text);
        deserializer
            .deserialize_any(TopLevel {
                form: &mut form,
                findings: &mut read,
            })
            .ok()?;
        deserializer.end().ok()?;
        findings.extend(read);
        Some(form)
    }

    /// The keys of the input that the wire format does not have.
    pub fn unknown_keys(&self) -> &[IssuePath] {
        &self.unknown_keys
    }

    /// Whether the top level was a JSON object.
    pub fn is_object(&self) -> bool {
        self.is_object
    }

    /// Whether the field was given (an empty value counts as missing).
    pub fn is_given(&self, field: Field) -> bool {
        self.slots[field.index()].given.is_some() || field == Field::Root && self.is_object
    }

    /// The read value of a field whose shape is right.
    pub fn read_of(&self, field: Field) -> Option<Read> {
        self.slots[field.index()].read
    }

    /// The trimmed text of a text field whose shape is right.
    pub fn text_of(&self, field: Field) -> Option<&str> {
        match (
            &self.slots[field.index()].read,
            &self.slots[field.index()].given,
        ) {
            (Some(Read::Text), Some(Given::Text(text))) => Some(text),
            _ => None,
        }
    }

    /// The fields whose given values can change when the value at `field`
    /// changes (FORM.md 1.1, "Checking one field"): the field, what lies inside
    /// it, and every field of a block above it that holds nothing else, since
    /// the field then decides whether that block is given at all (and, before
    /// it, whether it was an object). The top level counts as such a block: a
    /// form that holds nothing but the field may have been no object before it.
    pub fn may_change(&self, field: Field) -> FieldSet {
        let mut changed = FieldSet::within(field);
        let mut child = field;
        loop {
            let block = child.parent();
            let is_object = block == Field::Root && self.is_object
                || self.slots[block.index()].read == Some(Read::Block);
            let holds_more = is_object
                && (block.children().any(|f| f != child && self.is_given(f))
                    || self.unknown_keys.iter().any(
                        |path| matches!(path, IssuePath::UnknownKey { block: b, .. } if *b == block),
                    ));
            if !holds_more {
                changed = changed.union(FieldSet::within(block));
            }
            if block == Field::Root {
                return changed;
            }
            child = block;
        }
    }

    /// The normalized application: known fields only, in wire order, missing
    /// fields left out; a field with an error keeps its trimmed input, the
    /// others what the rules made of them (`normalized`, by field).
    pub fn normalized(
        &self,
        findings: &Findings,
        normalized: &[Option<Cow<'_, str>>],
    ) -> Normalized {
        let mut out = NormalizedBuilder::default();
        if self.is_object {
            self.normalized_block(Field::Root, findings, normalized, false, &mut out);
        }
        out.finish()
    }

    fn normalized_block(
        &self,
        block: Field,
        findings: &Findings,
        normalized: &[Option<Cow<'_, str>>],
        as_given: bool,
        out: &mut NormalizedBuilder,
    ) {
        for field in block.children() {
            let Some(given) = &self.slots[field.index()].given else {
                continue;
            };
            let keep_input = as_given || findings.has_error(field);
            match given {
                Given::Block => {
                    out.open(field);
                    self.normalized_block(field, findings, normalized, keep_input, out);
                    out.close();
                }
                Given::Text(text) => match &normalized[field.index()] {
                    Some(value) if !keep_input => out.text(field, value),
                    _ => out.text(field, text),
                },
                Given::Json(value) => out.json(field, value.clone()),
            }
        }
    }

    /// Forgets what was read at `field` and inside it (a key given twice: the
    /// last value counts, as in a JSON object).
    fn forget(&mut self, field: Field, findings: &mut Findings) {
        for inner in FieldSet::within(field).iter() {
            self.slots[inner.index()] = Slot::default();
        }
        findings.forget_within(field);
        self.unknown_keys.retain(
            |path| !matches!(path, IssuePath::UnknownKey { block, .. } if block.is_within(field)),
        );
    }
}

/// Reads the top level: an object is the application, anything else is
/// `invalid-type` at `""`.
struct TopLevel<'f, 'src> {
    form: &'f mut Form<'src>,
    findings: &'f mut Findings,
}

impl<'de> DeserializeSeed<'de> for TopLevel<'_, 'de> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TopLevel<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an application")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        self.form.is_object = true;
        self.form.slots[Field::Root.index()].read = Some(Read::Block);
        BlockReader {
            form: self.form,
            findings: self.findings,
            block: Field::Root,
        }
        .read(map)
        .map(|_| ())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.not_an_object()
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.not_an_object()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.not_an_object()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.not_an_object()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.not_an_object()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.not_an_object()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.not_an_object()
    }
}

impl TopLevel<'_, '_> {
    fn not_an_object<E>(self) -> Result<(), E> {
        self.findings
            .add(Field::Root, IssueCode::InvalidType, Params::new());
        Ok(())
    }
}

/// Reads the keys of one block, known fields by the table, in one pass.
struct BlockReader<'f, 'src> {
    form: &'f mut Form<'src>,
    findings: &'f mut Findings,
    block: Field,
}

impl<'src> BlockReader<'_, 'src> {
    /// Reads the block's entries; whether anything in it was given. A block
    /// with nothing given (no unknown key, every known field missing) counts as
    /// missing, like `{}`: `{"phone": "  "}` is a missing contact block, so the
    /// normalized form (which leaves missing fields out) validates the same.
    fn read<A: MapAccess<'src>>(self, mut map: A) -> Result<bool, A::Error> {
        let block = self.block;
        let mut unknown = 0;
        while let Some(key) = map.next_key_seed(KeyText)? {
            match block.children().find(|f| f.key() == key) {
                Some(field) => {
                    if self.form.slots[field.index()].given.is_some() {
                        self.form.forget(field, self.findings);
                    }
                    map.next_value_seed(FieldReader {
                        form: self.form,
                        findings: self.findings,
                        field,
                    })?;
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                    let seen = self.form.unknown_keys.iter().any(|path| {
                        matches!(path, IssuePath::UnknownKey { block: b, key: k, .. } if *b == block && *k == key)
                    });
                    if !seen {
                        self.findings.add_unknown_key(block, &key, unknown);
                        self.form.unknown_keys.push(IssuePath::UnknownKey {
                            block,
                            key: key.into_owned(),
                            order: unknown,
                        });
                        unknown += 1;
                    }
                }
            }
        }
        let given = unknown > 0 || block.children().any(|f| self.form.is_given(f));
        if given || block == Field::Root {
            for field in block.children() {
                if field.presence() == Presence::Required && !self.form.is_given(field) {
                    self.findings.add(field, IssueCode::Required, Params::new());
                }
            }
        }
        Ok(given)
    }
}

/// A key, borrowed from the input when it needs no unescaping.
struct KeyText;

impl<'de> DeserializeSeed<'de> for KeyText {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeyText {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(key))
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(key.to_string()))
    }
    fn visit_string<E: de::Error>(self, key: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(key))
    }
}

/// Reads the value of one known field.
struct FieldReader<'f, 'src> {
    form: &'f mut Form<'src>,
    findings: &'f mut Findings,
    field: Field,
}

impl<'de> DeserializeSeed<'de> for FieldReader<'_, 'de> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'src> FieldReader<'_, 'src> {
    fn set(self, given: Given<'src>, read: Option<Read>, problem: Option<(IssueCode, Params)>) {
        let slot = &mut self.form.slots[self.field.index()];
        slot.given = Some(given);
        slot.read = read;
        if let Some((code, params)) = problem {
            self.findings.add(self.field, code, params);
        }
    }

    /// A value of the wrong JSON type for the field, kept as given.
    fn wrong_type(self, value: Value) {
        self.set(
            Given::Json(value),
            None,
            Some((IssueCode::InvalidType, Params::new())),
        );
    }

    /// A string: trimmed; whitespace alone counts as missing, whatever the
    /// field (FORM.md, Precise readings: Values).
    fn text(self, raw: Cow<'src, str>) {
        let kind = self.field.kind();
        let trimmed = match raw {
            Cow::Borrowed(text) => Cow::Borrowed(text.trim()),
            Cow::Owned(text) if text.trim().len() == text.len() => Cow::Owned(text),
            Cow::Owned(text) => Cow::Owned(text.trim().to_string()),
        };
        if trimmed.is_empty() {
            return;
        }
        if matches!(kind, Kind::Block | Kind::Level | Kind::Flag) {
            return self.wrong_type(Value::String(trimmed.into_owned()));
        }
        let (read, problem) = read_text(kind, &trimmed);
        self.set(Given::Text(trimmed), read, problem);
    }

    fn number(self, value: Value) {
        if self.field.kind() != Kind::Level {
            return self.wrong_type(value);
        }
        let level = match value.as_f64() {
            Some(1.0) => Some(1),
            Some(2.0) => Some(2),
            _ => None,
        };
        match level {
            Some(level) => self.set(
                Given::Json(Value::from(level)),
                Some(Read::Level(level)),
                None,
            ),
            None => self.set(
                Given::Json(value),
                None,
                Some((IssueCode::InvalidValue, Params::new())),
            ),
        }
    }
}

impl<'de> Visitor<'de> for FieldReader<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        // null counts as missing.
        Ok(())
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, flag: bool) -> Result<(), E> {
        match self.field.kind() {
            Kind::Flag => self.set(Given::Json(Value::Bool(flag)), Some(Read::Flag(flag)), None),
            _ => self.wrong_type(Value::Bool(flag)),
        }
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, number: i64) -> Result<(), E> {
        self.number(Value::from(number));
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, number: u64) -> Result<(), E> {
        self.number(Value::from(number));
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, number: f64) -> Result<(), E> {
        self.number(float(number));
        Ok(())
    }
    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<(), E> {
        self.text(Cow::Borrowed(text));
        Ok(())
    }
    fn visit_str<E: de::Error>(self, text: &str) -> Result<(), E> {
        self.text(Cow::Owned(text.to_string()));
        Ok(())
    }
    fn visit_string<E: de::Error>(self, text: String) -> Result<(), E> {
        self.text(Cow::Owned(text));
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        let value = Kept { depth: 0 }.visit_seq(seq)?;
        self.wrong_type(value);
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let field = self.field;
        if field.kind() != Kind::Block {
            let value = Kept { depth: 0 }.visit_map(map)?;
            self.wrong_type(value);
            return Ok(());
        }
        self.form.slots[field.index()].read = Some(Read::Block);
        let given = BlockReader {
            form: self.form,
            findings: self.findings,
            block: field,
        }
        .read(map)?;
        let slot = &mut self.form.slots[field.index()];
        if given {
            slot.given = Some(Given::Block);
        } else {
            *slot = Slot::default();
        }
        Ok(())
    }
}

/// How deep a wrongly typed input is kept in `normalized`; deeper parts are
/// skipped (without recursion, however deep), so hostile nesting costs nothing
/// and any JSON, however deep, gets a report rather than `invalid-json`.
const KEPT_DEPTH: usize = 16;

/// A float as JavaScript would write it back: integral numbers without a
/// fraction (`2.0` is `2`), so native and WebAssembly reports are the same
/// bytes. (serde_json reads no NaN or infinity from text; a `Value` holds none.)
fn float(number: f64) -> Value {
    if number.fract() == 0.0 && number.abs() <= 9_007_199_254_740_992.0 {
        return Value::from(number as i64);
    }
    serde_json::Number::from_f64(number).map_or(Value::Null, Value::Number)
}

/// Keeps a wrongly typed value as given, to [`KEPT_DEPTH`], numbers as
/// JavaScript writes them ([`float`]).
#[derive(Clone, Copy)]
struct Kept {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Kept {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Kept {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_bool<E: de::Error>(self, flag: bool) -> Result<Value, E> {
        Ok(Value::Bool(flag))
    }
    fn visit_i64<E: de::Error>(self, number: i64) -> Result<Value, E> {
        Ok(Value::from(number))
    }
    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Value, E> {
        Ok(Value::from(number))
    }
    fn visit_f64<E: de::Error>(self, number: f64) -> Result<Value, E> {
        Ok(float(number))
    }
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Value, E> {
        Ok(Value::String(text.to_string()))
    }
    fn visit_string<E: de::Error>(self, text: String) -> Result<Value, E> {
        Ok(Value::String(text))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        if self.depth < KEPT_DEPTH {
            let inner = Kept {
                depth: self.depth + 1,
            };
            while let Some(item) = seq.next_element_seed(inner)? {
                items.push(item);
            }
        } else {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        if self.depth < KEPT_DEPTH {
            let inner = Kept {
                depth: self.depth + 1,
            };
            while let Some(key) = map.next_key::<String>()? {
                let value = map.next_value_seed(inner)?;
                object.insert(key, value);
            }
        } else {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        }
        Ok(Value::Object(object))
    }
}

/// Reads a trimmed, non-empty string of the given kind.
fn read_text(kind: Kind, trimmed: &str) -> (Option<Read>, Option<(IssueCode, Params)>) {
    let too_long = |counted: &str| {
        let max = kind.max_length()?;
        (text::length(counted) > max).then(|| (IssueCode::TooLong, params([("max", max.into())])))
    };
    let problem = match kind {
        // Names count after NFKC: full-width letters are one code point each anyway.
        Kind::Name => too_long(text::nfkc_for_rules(trimmed).trim()),
        Kind::Text | Kind::Email => too_long(trimmed),
        Kind::Date => match Date::parse(trimmed) {
            Some(date) => return (Some(Read::Date(date)), None),
            None => Some((IssueCode::InvalidDate, Params::new())),
        },
        Kind::Choice(options) => {
            (!options.contains(&trimmed)).then(|| (IssueCode::InvalidValue, Params::new()))
        }
        _ => None,
    };
    match problem {
        Some(problem) => (None, Some(problem)),
        None => (Some(Read::Text), None),
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
