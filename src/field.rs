//! The fields of the wire format, in wire-format order. This table is the one
//! place that knows the form's shape: the reader, the sort order of issues, the
//! normalized output and the schema all walk it.

use serde::{Serialize, Serializer};

/// What a field holds on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A JSON object holding other fields.
    Block,
    /// The account level: the number 1 or 2.
    Level,
    /// A person's name as printed in the passport (NFKC, Latin script).
    Name,
    /// Free text.
    Text,
    /// `YYYY-MM-DD`.
    Date,
    /// One string of a closed list, exact and case-sensitive.
    Choice(&'static [&'static str]),
    /// `true` or `false`.
    Flag,
    /// A nationality or issuing-state code.
    CountryCode,
    /// A passport, residence card or personal ID number.
    DocumentNumber,
    /// A temporary residence card symbol.
    ResidenceSymbol,
    Phone,
    Email,
    /// The two TD3 lines of a passport's machine readable zone.
    Mrz,
}

/// When a field must be present (inside a present parent block).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// Always required: a missing value is `required`.
    Required,
    /// Required under conditions a rule checks (a temporary card's symbol, ...).
    Conditional,
    Optional,
}

pub const SEXES: &[&str] = &["M", "F", "X"];
pub const RELATIONSHIPS: &[&str] = &["parent", "guardian", "legal-representative"];
pub const ID_KINDS: &[&str] = &["vn-personal-id", "passport"];
pub const RESIDENCE_CARD_KINDS: &[&str] = &["temporary", "permanent"];
pub const PHONE_OWNERS: &[&str] = &["applicant", "representative"];

/// The longest name or free text, in code points.
pub const NAME_MAX: usize = 100;
pub const TEXT_MAX: usize = 100;
/// RFC 5321's limit for a path, as FORM.md sets it for email.
pub const EMAIL_MAX: usize = 254;

impl Kind {
    /// The longest value the rules accept (`too-long` over it), in code points.
    pub fn max_length(self) -> Option<usize> {
        match self {
            Kind::Name => Some(NAME_MAX),
            Kind::Text => Some(TEXT_MAX),
            Kind::Email => Some(EMAIL_MAX),
            _ => None,
        }
    }

    /// How much a page's input box should take: the rules' maximum where there
    /// is one, else room for what the rules accept and a little noise around it
    /// (two MRZ lines of 44 with a line break; a number with spaces and hyphens).
    /// Not a rule: a longer value gets its own issue, never a cut.
    pub fn input_length(self) -> Option<usize> {
        match self {
            Kind::Mrz => Some(89),
            Kind::DocumentNumber => Some(20),
            other => other.max_length(),
        }
    }
}

macro_rules! fields {
    ($($variant:ident: $path:literal, $key:literal, $parent:ident, $kind:expr, $presence:ident;)*) => {
        /// A field of the wire format. The order of the variants is the wire-format
        /// order, which sorts the issues of a report.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field {
            $($variant,)*
        }

        impl Field {
            /// Every field in wire-format order; `Root` first.
            pub const ALL: &'static [Field] = &[$(Field::$variant,)*];

            /// The dotted wire path (`applicant.passport.number`; `""` for the root).
            pub fn path(self) -> &'static str {
                match self { $(Field::$variant => $path,)* }
            }

            /// The key of this field inside its block.
            pub fn key(self) -> &'static str {
                match self { $(Field::$variant => $key,)* }
            }

            /// The block this field sits in (the root sits in itself).
            pub const fn parent(self) -> Field {
                match self { $(Field::$variant => Field::$parent,)* }
            }

            pub fn kind(self) -> Kind {
                match self { $(Field::$variant => $kind,)* }
            }

            pub fn presence(self) -> Presence {
                match self { $(Field::$variant => Presence::$presence,)* }
            }
        }
    };
}

fields! {
    Root: "", "", Root, Kind::Block, Required;
    Level: "level", "level", Root, Kind::Level, Required;
    Applicant: "applicant", "applicant", Root, Kind::Block, Required;
    ApplicantFullName: "applicant.fullName", "fullName", Applicant, Kind::Name, Required;
    ApplicantDateOfBirth: "applicant.dateOfBirth", "dateOfBirth", Applicant, Kind::Date, Required;
    ApplicantSex: "applicant.sex", "sex", Applicant, Kind::Choice(SEXES), Required;
    ApplicantNationality: "applicant.nationality", "nationality", Applicant, Kind::CountryCode, Required;
    ApplicantWard: "applicant.ward", "ward", Applicant, Kind::Flag, Optional;
    Passport: "applicant.passport", "passport", Applicant, Kind::Block, Required;
    PassportNumber: "applicant.passport.number", "number", Passport, Kind::DocumentNumber, Required;
    PassportIssuingState: "applicant.passport.issuingState", "issuingState", Passport, Kind::CountryCode, Required;
    PassportIssueDate: "applicant.passport.issueDate", "issueDate", Passport, Kind::Date, Required;
    PassportExpiryDate: "applicant.passport.expiryDate", "expiryDate", Passport, Kind::Date, Required;
    PassportPlaceOfIssue: "applicant.passport.placeOfIssue", "placeOfIssue", Passport, Kind::Text, Optional;
    PassportMrz: "applicant.passport.mrz", "mrz", Passport, Kind::Mrz, Optional;
    ResidenceCard: "applicant.residenceCard", "residenceCard", Applicant, Kind::Block, Required;
    ResidenceCardKind: "applicant.residenceCard.kind", "kind", ResidenceCard, Kind::Choice(RESIDENCE_CARD_KINDS), Required;
    ResidenceCardNumber: "applicant.residenceCard.number", "number", ResidenceCard, Kind::DocumentNumber, Required;
    ResidenceCardSymbol: "applicant.residenceCard.symbol", "symbol", ResidenceCard, Kind::ResidenceSymbol, Conditional;
    ResidenceCardIssueDate: "applicant.residenceCard.issueDate", "issueDate", ResidenceCard, Kind::Date, Required;
    ResidenceCardExpiryDate: "applicant.residenceCard.expiryDate", "expiryDate", ResidenceCard, Kind::Date, Conditional;
    Contact: "contact", "contact", Root, Kind::Block, Conditional;
    ContactPhone: "contact.phone", "phone", Contact, Kind::Phone, Conditional;
    ContactPhoneOwner: "contact.phoneOwner", "phoneOwner", Contact, Kind::Choice(PHONE_OWNERS), Conditional;
    ContactPhoneOwnershipConfirmed: "contact.phoneOwnershipConfirmed", "phoneOwnershipConfirmed", Contact, Kind::Flag, Conditional;
    ContactEmail: "contact.email", "email", Contact, Kind::Email, Optional;
    Representative: "representative", "representative", Root, Kind::Block, Conditional;
    RepresentativeFullName: "representative.fullName", "fullName", Representative, Kind::Name, Required;
    RepresentativeRelationship: "representative.relationship", "relationship", Representative, Kind::Choice(RELATIONSHIPS), Required;
    RepresentativeDateOfBirth: "representative.dateOfBirth", "dateOfBirth", Representative, Kind::Date, Required;
    RepresentativeSex: "representative.sex", "sex", Representative, Kind::Choice(SEXES), Required;
    RepresentativeNationality: "representative.nationality", "nationality", Representative, Kind::CountryCode, Required;
    RepresentativeIdKind: "representative.idKind", "idKind", Representative, Kind::Choice(ID_KINDS), Required;
    RepresentativeIdNumber: "representative.idNumber", "idNumber", Representative, Kind::DocumentNumber, Required;
    RepresentativeHasLevel2Account: "representative.hasLevel2Account", "hasLevel2Account", Representative, Kind::Flag, Conditional;
}

impl Field {
    /// Position in wire-format order.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The field with this dotted path.
    pub fn from_path(path: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.path() == path)
    }

    /// The fields directly inside this block, in wire order.
    pub fn children(self) -> impl Iterator<Item = Field> {
        static CHILDREN: std::sync::OnceLock<Vec<Vec<Field>>> = std::sync::OnceLock::new();
        let table = CHILDREN.get_or_init(|| {
            let mut table = vec![Vec::new(); Field::ALL.len()];
            for &field in &Field::ALL[1..] {
                table[field.parent().index()].push(field);
            }
            table
        });
        table[self.index()].iter().copied()
    }

    /// Whether `self` is `block` or lies anywhere inside it.
    pub fn is_within(self, block: Field) -> bool {
        let mut field = self;
        loop {
            if field == block {
                return true;
            }
            if field == Field::Root {
                return false;
            }
            field = field.parent();
        }
    }

    /// The box a person fills first: the field itself, or for a block its first
    /// field in wire order that is not optional, looked for inside blocks too
    /// (`applicant.passport` → `applicant.passport.number`). A missing block's
    /// `required` keeps the block's path (FORM.md), and its message names this
    /// box and a page takes the person there.
    pub fn first_box(self) -> Field {
        if self.kind() != Kind::Block {
            return self;
        }
        self.children()
            .find(|f| f.presence() != Presence::Optional)
            .map_or(self, Field::first_box)
    }

    /// The position just after the last field inside this block: where the
    /// block's unknown keys sort.
    pub fn end_of_block(self) -> usize {
        Field::ALL
            .iter()
            .rposition(|f| f.is_within(self))
            .unwrap_or(self.index())
            + 1
    }
}

/// A set of fields, one bit per field (the form has fewer than 64).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FieldSet(u64);

const _: () = assert!(Field::ALL.len() <= 64, "FieldSet holds one bit per field");

/// For each block, the block and every field inside it (computed at compile time).
const WITHIN: [FieldSet; Field::ALL.len()] = {
    let mut table = [FieldSet(0); Field::ALL.len()];
    let mut at = 0;
    while at < Field::ALL.len() {
        // Every field marks itself and each block above it.
        let mut field = Field::ALL[at];
        loop {
            table[field.index()].0 |= 1 << at;
            if field.index() == Field::Root.index() {
                break;
            }
            field = field.parent();
        }
        at += 1;
    }
    table
};

impl FieldSet {
    pub const EMPTY: FieldSet = FieldSet(0);

    pub fn of(field: Field) -> FieldSet {
        FieldSet(1 << field.index())
    }

    /// `block` and every field inside it.
    pub fn within(block: Field) -> FieldSet {
        WITHIN[block.index()]
    }

    pub fn with(self, field: Field) -> FieldSet {
        FieldSet(self.0 | 1 << field.index())
    }

    pub fn union(self, other: FieldSet) -> FieldSet {
        FieldSet(self.0 | other.0)
    }

    pub fn contains(self, field: Field) -> bool {
        self.0 & 1 << field.index() != 0
    }

    pub fn intersects(self, other: FieldSet) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_superset(self, other: FieldSet) -> bool {
        self.0 & other.0 == other.0
    }

    /// The fields of the set, in wire order.
    pub fn iter(self) -> impl Iterator<Item = Field> {
        Field::ALL
            .iter()
            .copied()
            .filter(move |f| self.contains(*f))
    }
}

impl Serialize for Field {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_parent_path_dot_key_in_wire_order() {
        for &field in &Field::ALL[1..] {
            let parent = field.parent();
            let expected = if parent == Field::Root {
                field.key().to_string()
            } else {
                format!("{}.{}", parent.path(), field.key())
            };
            assert_eq!(field.path(), expected);
            assert!(parent < field, "{field:?} comes after its block");
            assert_eq!(parent.kind(), Kind::Block);
            assert_eq!(Field::from_path(field.path()), Some(field));
        }
    }

    #[test]
    fn the_compile_time_table_of_blocks_is_what_lies_within() {
        for &block in Field::ALL {
            for &field in Field::ALL {
                assert_eq!(
                    FieldSet::within(block).contains(field),
                    field.is_within(block),
                    "{field:?} in {block:?}"
                );
            }
        }
    }

    #[test]
    fn a_block_s_first_box_is_its_first_field_not_optional() {
        let cases = [
            (Field::Applicant, Field::ApplicantFullName),
            (Field::Passport, Field::PassportNumber),
            (Field::ResidenceCard, Field::ResidenceCardKind),
            (Field::Contact, Field::ContactPhone),
            (Field::Representative, Field::RepresentativeFullName),
            (Field::Root, Field::Level),
            (Field::PassportIssueDate, Field::PassportIssueDate),
        ];
        for (block, first) in cases {
            assert_eq!(block.first_box(), first, "{block:?}");
        }
    }

    #[test]
    fn unknown_keys_sort_after_the_whole_block() {
        assert_eq!(
            Field::Applicant.end_of_block(),
            Field::ResidenceCardExpiryDate.index() + 1
        );
        assert_eq!(
            Field::Passport.end_of_block(),
            Field::PassportMrz.index() + 1
        );
        assert_eq!(Field::Root.end_of_block(), Field::ALL.len());
    }
}
