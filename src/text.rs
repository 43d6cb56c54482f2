//! Text normalization shared by the rules (FORM.md, Precise readings: Values).
//!
//! The rules read the NFKC of names, phone numbers and document numbers, the
//! NFC of a valid name upper-cased, and the MRZ spelling of a name's letters.
//! This module runs the algorithm of the `unicode-normalization` crate
//! (decomposition, canonical order, composition, Hangul by arithmetic) over
//! the tables of [`crate::data::unicode`], which hold only what can change a
//! rule's answer; `tests/unicode_oracle.rs` holds every answer to the crates'.

use crate::data::unicode::{self, Mapped};

/// NFKC as the rules read it: full-width letters and digits typed on East
/// Asian keyboards become ASCII, letters and their marks compose. The same
/// number of code points as NFKC, and the same characters wherever either
/// holds a character a rule accepts (ASCII, white space, a Latin letter, a
/// combining mark, `’`, an Arabic-Indic digit); where both hold another, this
/// may hold U+FFFD or the character that was typed (every rule refuses both).
pub fn nfkc_for_rules(text: &str) -> String {
    normalize(text, Decomposition::Compatibility)
}

/// NFC, for a name after NFKC and upper-casing: exact for the characters
/// [`upper_case`] gives (every character whose canonical decomposition its
/// composition pairs give: `build.rs` checks them all).
pub fn nfc_of_name(text: &str) -> String {
    normalize(text, Decomposition::Canonical)
}

/// The upper case of the characters a name holds after NFKC (ASCII, `’`,
/// Latin letters and combining marks), as Rust's `to_uppercase` gives it;
/// other characters are left as they are.
pub fn upper_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_upper_case(c, &mut out);
    }
    out
}

/// The upper case of one character of a name (see [`upper_case`]).
pub fn push_upper_case(c: char, out: &mut String) {
    match unicode::UPPER_CASE.get(c) {
        Some(Mapped::Char(upper)) => out.push(upper),
        Some(Mapped::Text(upper)) => out.push_str(upper),
        None => out.push(c),
    }
}

/// The canonical decomposition of a character of a name after NFC (see
/// [`nfc_of_name`]).
pub fn canonical_decomposition(c: char) -> Vec<char> {
    let mut out = Vec::new();
    decompose(c, Decomposition::Canonical, &mut out);
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Decomposition {
    Canonical,
    Compatibility,
}

/// Decomposition, canonical order, composition: NFC or NFKC.
fn normalize(text: &str, form: Decomposition) -> String {
    // ASCII is its own NFC and NFKC (no ASCII character decomposes or composes
    // with another).
    if text.is_ascii() {
        return text.to_string();
    }
    let mut chars = Vec::with_capacity(text.len());
    for c in text.chars() {
        decompose(c, form, &mut chars);
    }
    let mut classed: Vec<(char, u8)> = chars
        .iter()
        .map(|&c| (c, unicode::combining_class(c)))
        .collect();
    // Canonical order: each run of characters of class other than 0 sorted by
    // class, keeping the order within a class.
    for run in classed.chunk_by_mut(|a, b| (a.1 == 0) == (b.1 == 0)) {
        if run.first().is_some_and(|&(_, class)| class != 0) {
            run.sort_by_key(|&(_, class)| class);
        }
    }
    compose(&classed)
}

// Hangul syllables and their jamo, by arithmetic (Unicode 3.12, as the crate).
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

fn decompose(c: char, form: Decomposition, out: &mut Vec<char>) {
    if c.is_ascii() {
        out.push(c);
        return;
    }
    let code = u32::from(c);
    if (S_BASE..S_BASE + S_COUNT).contains(&code) {
        let index = code - S_BASE;
        let t = index % T_COUNT;
        let jamo = [
            L_BASE + index / N_COUNT,
            V_BASE + index % N_COUNT / T_COUNT,
            T_BASE + t,
        ];
        let count = if t > 0 { 3 } else { 2 };
        out.extend(jamo[..count].iter().filter_map(|&j| char::from_u32(j)));
        return;
    }
    // A primary composite has no other decomposition, so the order of these
    // two lookups is free: composites are the more common.
    if let Some((first, second)) = unicode::composition_pair(c) {
        decompose(first, form, out);
        decompose(second, form, out);
        return;
    }
    let mapped = match form {
        Decomposition::Compatibility => unicode::DECOMPOSITIONS.get(c),
        Decomposition::Canonical => None,
    };
    match mapped {
        Some(Mapped::Char(d)) => out.push(d),
        Some(Mapped::Text(d)) => out.extend(d.chars()),
        None => out.push(c),
    }
}

/// The composite of `first` and `second` (of class `class`), if any.
fn compose_pair(first: char, second: char, class: u8) -> Option<char> {
    let (a, b) = (u32::from(first), u32::from(second));
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + (a - L_BASE) * N_COUNT + (b - V_BASE) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
        && (a - S_BASE) % T_COUNT == 0
    {
        return char::from_u32(a + (b - T_BASE));
    }
    if class == 0 && !unicode::starter_composes(second) {
        return None;
    }
    unicode::composition(first, second)
}

/// Canonical composition of text in canonical order, step for step as the
/// crate's `Recompositions`: each character joins the last starter unless a
/// character between them has a class as high as its own, or is a starter.
fn compose(classed: &[(char, u8)]) -> String {
    let mut out = String::with_capacity(classed.len());
    // The last starter, and the characters after it that did not join it.
    let mut starter: Option<char> = None;
    let mut kept: Vec<char> = Vec::new();
    let mut last_class: Option<u8> = None;
    for &(c, class) in classed {
        let Some(s) = starter else {
            if class == 0 {
                starter = Some(c);
            } else {
                out.push(c);
            }
            continue;
        };
        let blocked = last_class.is_some_and(|last| last >= class);
        if !blocked {
            if let Some(composite) = compose_pair(s, c, class) {
                starter = Some(composite);
                continue;
            }
        }
        if class == 0 {
            out.push(s);
            out.extend(kept.drain(..));
            starter = Some(c);
            last_class = None;
        } else {
            kept.push(c);
            last_class = Some(class);
        }
    }
    out.extend(starter);
    out.extend(kept);
    out
}

/// Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits as ASCII.
pub fn fold_arabic_indic_digits(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            _ => c,
        })
        .collect()
}

/// A passport, card or ID number as the rules compare it: NFKC, Arabic-Indic
/// digits as ASCII, white space and hyphens (`-`, so `75-1234567` is
/// `751234567`) removed, ASCII letters upper-cased.
pub fn document_number(text: &str) -> String {
    fold_arabic_indic_digits(&nfkc_for_rules(text))
        .chars()
        .filter(|&c| !c.is_whitespace() && c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Number of Unicode code points.
pub fn length(text: &str) -> usize {
    text.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfkc_for_rules_is_nfkc_where_a_rule_reads() {
        let cases = [
            ("ＳＡＴＯ　ＨＡＮＡＫＯ", "SATO HANAKO"),
            ("Rene\u{0301}", "René"),
            ("e\u{0323}\u{0302}", "ệ"),
            ("㎏ ℡ ﬃ ⑴ ²", "kg TEL ffi (1) 2"),
            ("\u{0661}\u{FF12}", "\u{0661}2"),
            ("\u{1100}\u{1161}\u{11A8}", "각"),
            ("か\u{3099}", "が"),
            ("<\u{0338}", "≮"),
            // A character no rule accepts, from a decomposition: U+FFFD, so
            // the length is NFKC's (株式会社); as typed, it stays.
            ("㍿", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
            ("佐藤", "佐藤"),
        ];
        for (input, expected) in cases {
            assert_eq!(nfkc_for_rules(input), expected, "{input}");
        }
    }

    #[test]
    fn a_name_upper_cases_then_composes() {
        assert_eq!(upper_case("straße ǰ ā"), "STRASSE J\u{030C} Ā");
        assert_eq!(upper_case("a\u{0345}"), "A\u{0399}");
        assert_eq!(nfc_of_name("I\u{0307}"), "İ");
        assert_eq!(nfc_of_name(&upper_case("ı\u{0307}")), "İ");
        assert_eq!(canonical_decomposition('Ễ'), ['E', '\u{0302}', '\u{0303}']);
    }

    #[test]
    fn document_numbers_fold_width_digits_space_hyphens_and_case() {
        let cases = [
            ("tk 123 4567", "TK1234567"),
            ("ＴＫ１２３４５６７", "TK1234567"),
            ("75-1234567", "751234567"),
            (" j-123 4567 ", "J1234567"),
            // Full-width hyphen-minus is `-` after NFKC; other dashes are not.
            ("75\u{FF0D}1234567", "751234567"),
            ("75\u{2010}1234567", "75\u{2010}1234567"),
            ("--", ""),
            ("\u{0661}\u{0662}\u{06F3}ab", "123AB"),
            ("é1", "é1"),
        ];
        for (input, expected) in cases {
            assert_eq!(document_number(input), expected, "{input}");
        }
    }
}
