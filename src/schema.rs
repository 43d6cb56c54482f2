//! The form described for a page: every field with its label, hint, kind,
//! maximum length, enumerated values with their labels, and the condition under
//! which it is required, plus the section titles and the pages' own words. A
//! page renders and constrains its inputs from this, without repeating a rule.

use crate::data;
use crate::field::{Field, Kind, Presence};
use crate::localization::{self, Style};
use serde::Serialize;
use serde_json::{json, Map, Value};

/// One option of an enumerated field.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Choice {
    /// The wire value (`value` is a string, or a number for the level).
    #[cfg_attr(feature = "typescript", ts(type = "string | number"))]
    pub value: Value,
    pub label: String,
}

/// One field of the form.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename_all = "camelCase")
)]
pub struct FieldSchema {
    #[cfg_attr(feature = "typescript", ts(type = "FieldPath"))]
    pub path: &'static str,
    /// `block`, `level`, `name`, `text`, `date`, `choice`, `flag`, `country`,
    /// `document-number`, `residence-symbol`, `phone`, `email` or `mrz`.
    #[cfg_attr(feature = "typescript", ts(type = "FieldKind"))]
    pub kind: &'static str,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional, type = "number"))]
    pub max_length: Option<usize>,
    /// `true`, `false`, or a condition (see [`required_when`]).
    #[cfg_attr(feature = "typescript", ts(type = "RequiredWhen"))]
    pub required: Value,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<Vec<Choice>>"))]
    pub options: Vec<Choice>,
    /// A block's first box ([`Field::first_box`]): where a page takes the
    /// person when the block is missing, the box its `required` message names.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional, type = "FieldPath"))]
    pub first_field: Option<&'static str>,
}

/// One box of a date as a person types it (day, month or year).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct DatePart {
    /// `day`, `month` or `year`.
    #[cfg_attr(feature = "typescript", ts(type = "\"day\" | \"month\" | \"year\""))]
    pub part: &'static str,
    pub label: String,
}

/// A section of the form and the fields it shows.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Section {
    pub id: &'static str,
    pub title: String,
    #[cfg_attr(feature = "typescript", ts(type = "FieldPath[]"))]
    pub fields: Vec<&'static str>,
}

/// The whole form for one locale.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Schema {
    #[cfg_attr(feature = "typescript", ts(type = "Locale"))]
    pub locale: &'static str,
    /// `rtl` for right-to-left locales, else `ltr`.
    #[cfg_attr(feature = "typescript", ts(type = "\"ltr\" | \"rtl\""))]
    pub direction: &'static str,
    pub sections: Vec<Section>,
    pub fields: Vec<FieldSchema>,
    /// The boxes of a date in the order the locale writes dates (its
    /// `date-format`: day month year in `en`, year month day in `ja`), with
    /// their labels; the wire format stays `YYYY-MM-DD`.
    #[serde(rename = "dateParts")]
    #[cfg_attr(feature = "typescript", ts(rename = "dateParts"))]
    pub date_parts: Vec<DatePart>,
    /// The pages' own words (`ui-*`), by message id.
    #[cfg_attr(feature = "typescript", ts(type = "Record<string, string>"))]
    pub text: Map<String, Value>,
}

const SECTIONS: &[(&str, Field)] = &[
    ("level", Field::Level),
    ("applicant", Field::Applicant),
    ("passport", Field::Passport),
    ("residenceCard", Field::ResidenceCard),
    ("contact", Field::Contact),
    ("representative", Field::Representative),
];

const UI_TEXT: &[&str] = &[
    "ui-title",
    "ui-subtitle",
    "ui-language",
    "ui-submit",
    "ui-check",
    "ui-next",
    "ui-back",
    "ui-start-over",
    "ui-error-summary-title",
    "ui-error-prefix",
    "ui-warning-prefix",
    "ui-title-error-prefix",
    "ui-success-title",
    "ui-success-body",
    "ui-server-disagrees",
    "ui-server-unreachable",
    "ui-mrz-scan",
    "ui-mrz-scan-hint",
    "ui-mrz-filled",
    "ui-mrz-check-failed",
    "ui-idle-continue",
    "ui-bilingual",
    "ui-optional",
    "ui-select",
    "ui-representative-why",
    "ui-phone-owner-applicant",
    "ui-phone-owner-representative",
];

/// The condition under which a field is required, as data a page evaluates:
/// `{"field": path, "equals": value}`, `{"given": path}`,
/// `{"derived": "representativeRequired"}`, `{"all": [...]}`.
pub fn required_when(field: Field) -> Value {
    match field.presence() {
        Presence::Required => Value::Bool(true),
        Presence::Optional => Value::Bool(false),
        Presence::Conditional => match field {
            Field::ResidenceCardSymbol | Field::ResidenceCardExpiryDate => {
                json!({ "field": "applicant.residenceCard.kind", "equals": "temporary" })
            }
            Field::Contact | Field::ContactPhone => json!({ "field": "level", "equals": 2 }),
            Field::ContactPhoneOwner | Field::ContactPhoneOwnershipConfirmed => {
                json!({ "given": "contact.phone" })
            }
            Field::Representative => json!({ "derived": "representativeRequired" }),
            Field::RepresentativeHasLevel2Account => json!({ "all": [
                { "field": "level", "equals": 1 },
                { "derived": "representativeRequired" }
            ] }),
            _ => Value::Bool(false),
        },
    }
}

/// The name of a kind of field, as `schema()` writes it.
pub fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Block => "block",
        Kind::Level => "level",
        Kind::Name => "name",
        Kind::Text => "text",
        Kind::Date => "date",
        Kind::Choice(_) => "choice",
        Kind::Flag => "flag",
        Kind::CountryCode => "country",
        Kind::DocumentNumber => "document-number",
        Kind::ResidenceSymbol => "residence-symbol",
        Kind::Phone => "phone",
        Kind::Email => "email",
        Kind::Mrz => "mrz",
    }
}

/// The option-label message id for a choice of `field`.
fn option_id(field: Field, value: &str) -> String {
    let list = match field {
        Field::ResidenceCardKind => "residenceCardKind",
        Field::ContactPhoneOwner => "phoneOwner",
        Field::RepresentativeIdKind => "idKind",
        Field::RepresentativeRelationship => "relationship",
        _ => "sex",
    };
    format!("option-{list}-{value}")
}

/// The message id of a residence symbol's meaning (ASCII: `symbol-LD2`).
pub fn symbol_id(symbol: &str) -> String {
    format!("symbol-{}", symbol.replace('Đ', "D"))
}

fn text(tag: &str, style: Style, id: &str) -> String {
    localization::text(tag, style, id, None)
}

fn options(tag: &str, style: Style, field: Field) -> Vec<Choice> {
    match field.kind() {
        Kind::Choice(values) => values
            .iter()
            .map(|v| Choice {
                value: Value::String(v.to_string()),
                label: text(tag, style, &option_id(field, v)),
            })
            .collect(),
        Kind::Level => (1..=2)
            .map(|level| Choice {
                value: json!(level),
                label: text(tag, style, &format!("option-level-{level}")),
            })
            .collect(),
        Kind::CountryCode => data::NATIONALITIES
            .iter()
            .map(|n| Choice {
                value: Value::String(n.code.to_string()),
                label: style.isolate(tag, format!("{} ({})", n.code, n.name)),
            })
            .collect(),
        Kind::ResidenceSymbol => data::RESIDENCE_SYMBOLS
            .iter()
            .map(|s| {
                let meaning = style.compose(tag, |tag| {
                    localization::text(tag, Style::default(), &symbol_id(s.symbol), None)
                });
                Choice {
                    value: Value::String(s.symbol.to_string()),
                    label: style.isolate(tag, format!("{}: {meaning}", s.symbol)),
                }
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The parts of a date in the order locale `tag`'s `date-format` writes them:
/// the message is formatted with a marker for each part and read back, so the
/// order is the locale file's, not a second table.
pub fn date_order(tag: &str) -> [&'static str; 3] {
    const MARKS: [(&str, char, &[&str]); 3] = [
        ("day", '\u{E000}', &["day", "dd"]),
        ("month", '\u{E001}', &["month", "mm", "monthName"]),
        ("year", '\u{E002}', &["year"]),
    ];
    let mut args = fluent_bundle::FluentArgs::new();
    for (_, mark, names) in MARKS {
        for name in names {
            args.set(*name, mark.to_string());
        }
    }
    let written = localization::format(tag, "date-format", Some(&args)).unwrap_or_default();
    let mut order = MARKS.map(|(part, mark, _)| (written.find(mark).unwrap_or(usize::MAX), part));
    order.sort();
    order.map(|(_, part)| part)
}

/// The form in the locale closest to `requested`.
pub fn schema(requested: &str, style: Style) -> Schema {
    let tag = localization::negotiate(requested);
    let label = |field: Field| style.join(tag, |tag| localization::label(tag, field));
    let fields = Field::ALL[1..]
        .iter()
        .map(|&field| {
            let hint_id = localization::label_id(field).replacen("field-", "hint-", 1);
            FieldSchema {
                path: field.path(),
                kind: kind_name(field.kind()),
                label: label(field),
                hint: localization::has_message(localization::DEFAULT_LOCALE, &hint_id)
                    .then(|| text(tag, style, &hint_id)),
                max_length: field.kind().input_length(),
                required: required_when(field),
                options: options(tag, style, field),
                first_field: (field.kind() == Kind::Block).then(|| field.first_box().path()),
            }
        })
        .collect();
    let sections = SECTIONS
        .iter()
        .map(|&(id, block)| Section {
            id,
            title: text(tag, style, &format!("section-{id}")),
            fields: Field::ALL
                .iter()
                .filter(|f| {
                    f.kind() != Kind::Block
                        && (f.parent() == block || (**f == block && block == Field::Level))
                })
                .map(|f| f.path())
                .collect(),
        })
        .collect();
    let text_map = UI_TEXT
        .iter()
        .map(|id| (id.to_string(), Value::String(text(tag, style, id))))
        .collect();
    let date_parts = date_order(tag)
        .into_iter()
        .map(|part| DatePart {
            part,
            label: text(tag, style, &format!("date-{part}")),
        })
        .collect();
    Schema {
        locale: tag,
        direction: if localization::is_right_to_left(tag) {
            "rtl"
        } else {
            "ltr"
        },
        sections,
        fields,
        date_parts,
        text: text_map,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_described_once_and_shown_in_one_section() {
        let schema = schema("en", Style::default());
        assert_eq!(schema.fields.len(), Field::ALL.len() - 1);
        let shown: Vec<&str> = schema
            .sections
            .iter()
            .flat_map(|s| s.fields.clone())
            .collect();
        let inputs: Vec<&str> = Field::ALL
            .iter()
            .filter(|f| f.kind() != Kind::Block)
            .map(|f| f.path())
            .collect();
        assert_eq!(shown.len(), inputs.len());
        for path in inputs {
            assert!(shown.contains(&path), "{path}");
        }
    }

    #[test]
    fn date_boxes_follow_the_way_each_locale_writes_dates() {
        let cases = [
            ("en", ["day", "month", "year"]),
            ("vi", ["day", "month", "year"]),
            ("de", ["day", "month", "year"]),
            ("ar", ["day", "month", "year"]),
            ("ja", ["year", "month", "day"]),
            ("ko", ["year", "month", "day"]),
            ("zh-CN", ["year", "month", "day"]),
            ("zh-TW", ["year", "month", "day"]),
        ];
        for (tag, order) in cases {
            assert_eq!(date_order(tag), order, "{tag}");
        }
        for tag in localization::locales() {
            let parts = schema(tag, Style::default()).date_parts;
            let mut names: Vec<&str> = parts.iter().map(|p| p.part).collect();
            names.sort_unstable();
            assert_eq!(names, ["day", "month", "year"], "{tag}");
            assert!(parts
                .iter()
                .all(|p| !p.label.is_empty() && !p.label.starts_with("date-")));
        }
        let ja = schema("ja", Style::default());
        assert_eq!(ja.date_parts[0].label, "年");
        let en = schema("en", Style::default());
        let passport = en
            .fields
            .iter()
            .find(|f| f.path == "applicant.passport")
            .unwrap();
        assert_eq!(passport.first_field, Some("applicant.passport.number"));
        let number = en
            .fields
            .iter()
            .find(|f| f.path == "applicant.passport.number")
            .unwrap();
        assert_eq!(number.first_field, None);
    }

    #[test]
    fn labels_options_and_conditions() {
        let schema = schema(
            "vi",
            Style {
                bilingual: false,
                isolating: false,
            },
        );
        let sex = schema
            .fields
            .iter()
            .find(|f| f.path == "applicant.sex")
            .unwrap();
        assert_eq!(sex.options.len(), 3);
        assert_eq!(sex.options[0].label, "Nam");
        let symbol = schema
            .fields
            .iter()
            .find(|f| f.path == "applicant.residenceCard.symbol")
            .unwrap();
        assert_eq!(symbol.options.len(), 14);
        assert_eq!(
            symbol.required,
            json!({ "field": "applicant.residenceCard.kind", "equals": "temporary" })
        );
        let name = schema
            .fields
            .iter()
            .find(|f| f.path == "applicant.fullName")
            .unwrap();
        assert_eq!(name.max_length, Some(100));
        let bilingual = super::schema(
            "en",
            Style {
                bilingual: true,
                isolating: false,
            },
        );
        let name = bilingual
            .fields
            .iter()
            .find(|f| f.path == "applicant.fullName")
            .unwrap();
        assert_eq!(name.label, "Họ, chữ đệm và tên / Full name");
    }
}
