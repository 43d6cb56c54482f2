//! Names as printed in the passport: Latin letters (with combining marks),
//! spaces, apostrophes, dots and hyphens, with at least one letter; normalized to
//! NFC upper case. Other scripts, digits, control, zero-width and bidirectional
//! characters are refused (`name-invalid`), look-alike letters of other scripts
//! included. The combining marks a letter may carry are those of
//! `data/name-marks.txt` (the Combining Diacritical Marks blocks, less U+034F
//! COMBINING GRAPHEME JOINER, which is invisible).

use crate::check::Check;
use crate::code::IssueCode;
use crate::data::is_name_mark;
use crate::field::Field;
use crate::report::Params;
use crate::text;

/// Whether `c` is a letter of the Latin script (Script=Latin and Alphabetic,
/// from the Unicode Character Database by `build.rs`).
pub use crate::data::is_latin_letter;

/// The name in NFC upper case with runs of spaces as one, or `None` when it is
/// not a name (FORM.md, Precise readings: Names).
pub fn normalize_name(input: &str) -> Option<String> {
    let folded = text::nfkc_for_rules(input);
    let mut letters = 0;
    let mut previous_is_letter = false;
    for c in folded.trim().chars() {
        if is_latin_letter(c) {
            letters += 1;
            previous_is_letter = true;
        } else if is_name_mark(c) {
            if !previous_is_letter {
                return None;
            }
        } else if matches!(c, ' ' | '\'' | '\u{2019}' | '.' | '-') {
            previous_is_letter = false;
        } else {
            return None;
        }
    }
    if letters == 0 {
        return None;
    }
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    Some(text::nfc_of_name(&text::upper_case(&words.join(" "))))
}

/// `name-invalid` for the applicant's and the representative's names.
pub fn check(check: &mut Check<'_, '_>) {
    for field in [Field::ApplicantFullName, Field::RepresentativeFullName] {
        let mut rule = check.rule(field);
        let Some(name) = rule.text(field) else {
            continue;
        };
        match normalize_name(name) {
            Some(normalized) => rule.normalize(normalized),
            None => rule.report(IssueCode::NameInvalid, Params::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_the_latin_script_pass_and_upper_case() {
        let cases = [
            ("SATO HANAKO", "SATO HANAKO"),
            ("Müller Jürgen", "MÜLLER JÜRGEN"),
            ("Nguyễn Văn An", "NGUYỄN VĂN AN"),
            ("O'Brien-Smith Jr.", "O'BRIEN-SMITH JR."),
            ("d’Artagnan", "D’ARTAGNAN"),
            ("Strauß", "STRAUSS"),
            ("ＳＡＴＯ　ＨＡＮＡＫＯ", "SATO HANAKO"),
            ("sato   hanako", "SATO HANAKO"),
            ("Ołeńka Łukasiewicz", "OŁEŃKA ŁUKASIEWICZ"),
            // e + combining acute composes; q + combining dot above stays decomposed.
            ("Rene\u{0301} Q\u{0307}", "RENÉ Q\u{0307}"),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize_name(input).as_deref(), Some(expected), "{input}");
        }
    }

    #[test]
    fn other_scripts_digits_and_invisible_characters_are_refused() {
        let cases = [
            "SATO HANAKO 2",
            "佐藤 花子",
            "김민준",
            "ИВАНОВ",
            "SАTO",               // Cyrillic А inside Latin letters
            "ΑLPHA",              // Greek Alpha
            "SATO\u{200B}HANAKO", // zero-width space
            "SATO\u{202E}HANAKO", // right-to-left override
            "SATO\u{200D}",       // zero-width joiner
            "SATO\tHANAKO",
            "SATO\u{034F}",
            "\u{0301}A",
            "- . '",
            "SATO@HANAKO",
        ];
        for input in cases {
            assert_eq!(normalize_name(input), None, "{input:?}");
        }
    }
}
