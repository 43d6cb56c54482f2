//! The library's Unicode (`src/text.rs` over the tables `build.rs` generates)
//! against the full `unicode-normalization` and `unicode-script` crates and
//! Rust's own case mapping, which stay here as the oracle: every Unicode
//! scalar value alone, every Latin letter followed by every combining mark,
//! and a million random strings of the scripts applicants write (seeded, so
//! every run checks the same ones). For each, the functions the rules use
//! give the crates' answer:
//! - `text::nfkc_for_rules`: NFKC's length, and NFKC's characters wherever
//!   either holds one that a rule accepts (both hold a refused one elsewhere);
//! - the length of a name after NFKC (the `too-long` rule), exactly;
//! - `names::normalize_name`, exactly (verdict and normalized name);
//! - `text::document_number`: as `nfkc_for_rules` (so exactly whenever the
//!   crates' number has only characters a rule accepts: every number that is
//!   normalized, compared or has a shape);
//! - `phone::judge`, exactly;
//! - `mrz::name_matches` on every name `normalize_name` gives, exactly.
//!
//! The oracles below are the functions as they were written over the crates.

use eid_form::data::{self, unicode};
use eid_form::rules::phone::{self, PhoneVerdict};
use eid_form::rules::{mrz, names};
use eid_form::text;
use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
use unicode_normalization::UnicodeNormalization;
use unicode_script::{Script, UnicodeScript};

mod oracle {
    use super::*;

    pub fn nfkc(text: &str) -> String {
        text.nfkc().collect()
    }

    pub fn is_latin_letter(c: char) -> bool {
        c.script() == Script::Latin && c.is_alphabetic()
    }

    /// The Combining Diacritical Marks blocks less U+034F, as `names.rs` had them.
    pub fn is_name_mark(c: char) -> bool {
        matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{FE20}'..='\u{FE2F}')
            && c != '\u{034F}'
    }

    /// `names::normalize_name`, given the input's NFKC.
    pub fn normalize_name(folded: &str) -> Option<String> {
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
        Some(words.join(" ").to_uppercase().nfc().collect())
    }

    /// `text::document_number`, given the input's NFKC.
    pub fn document_number(folded: &str) -> String {
        text::fold_arabic_indic_digits(folded)
            .chars()
            .filter(|&c| !c.is_whitespace() && c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect()
    }

    /// `phone::judge`, given the input's NFKC: a number that holds anything
    /// but ASCII and white space after the digits are folded is invalid; any
    /// other is judged as it stands, which the library normalizes to itself.
    pub fn judge(folded: &str) -> PhoneVerdict {
        let folded = text::fold_arabic_indic_digits(folded);
        if !folded.chars().all(|c| c.is_ascii() || c.is_whitespace()) {
            return PhoneVerdict::Invalid;
        }
        assert_eq!(text::nfkc_for_rules(&folded), folded);
        phone::judge(&folded)
    }

    fn spellings_of(c: char) -> Vec<String> {
        match c {
            '-' | ' ' => return vec![" ".to_string()],
            '\'' | '\u{2019}' | '.' => return vec![String::new()],
            _ => {}
        }
        if let Some(spellings) = data::transliteration(c) {
            return spellings.iter().map(|s| s.to_string()).collect();
        }
        let stripped: String = c
            .to_string()
            .nfd()
            .filter(|m| !is_combining_mark(*m))
            .flat_map(char::to_uppercase)
            .collect();
        vec![stripped]
    }

    /// `mrz::name_matches`.
    pub fn name_matches(typed: &str, mrz_name: &str, truncated: bool) -> bool {
        let mut units: Vec<Vec<String>> = Vec::new();
        for c in typed.chars() {
            let spellings = spellings_of(c);
            if spellings.iter().all(String::is_empty) {
                continue;
            }
            let is_space = spellings == [" "];
            let last_is_space = units.last().is_none_or(|u| u == &[" "]);
            if is_space && last_is_space {
                continue;
            }
            units.push(spellings);
        }
        if units.last().is_some_and(|u| u == &[" "]) {
            units.pop();
        }
        let target = mrz_name.as_bytes();
        let mut reachable = vec![false; target.len() + 1];
        reachable[0] = true;
        for unit in &units {
            let mut next = vec![false; target.len() + 1];
            for j in (0..=target.len()).filter(|&j| reachable[j]) {
                let rest = &target[j..];
                for spelling in unit {
                    let bytes = spelling.as_bytes();
                    if rest.starts_with(bytes) {
                        next[j + bytes.len()] = true;
                    } else if truncated && bytes.starts_with(rest) {
                        return true;
                    }
                }
            }
            if truncated && reachable[target.len()] {
                return true;
            }
            reachable = next;
        }
        reachable[target.len()]
    }

    /// MRZ names a typed name is compared with: its spelling with ICAO's
    /// first choices and with its last ones (A-Z and single spaces), the first
    /// half of the first, and one it cannot match.
    pub fn mrz_names(typed: &str) -> Vec<String> {
        let spell = |pick: fn(&[String]) -> Option<&String>| -> String {
            let letters: String = typed
                .chars()
                .filter_map(|c| pick(&spellings_of(c)).cloned())
                .collect::<String>()
                .chars()
                .filter(|c| c.is_ascii_uppercase() || *c == ' ')
                .collect();
            letters.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        let first = spell(|s| s.first());
        let last = spell(|s| s.last());
        let half = first[..first.len() / 2].to_string();
        vec![first, last, half, "Q".to_string()]
    }
}

/// Whether a rule may accept `c`: ASCII, white space, a Latin letter, a
/// combining mark, `’`, an Arabic-Indic digit.
fn accepted(c: char) -> bool {
    c.is_ascii()
        || c.is_whitespace()
        || oracle::is_latin_letter(c)
        || is_combining_mark(c)
        || oracle::is_name_mark(c)
        || matches!(c, '\u{2019}' | '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// The same number of characters, the same wherever either is accepted.
fn agree(ours: &str, theirs: &str) -> bool {
    ours.chars().count() == theirs.chars().count()
        && ours
            .chars()
            .zip(theirs.chars())
            .all(|(a, b)| a == b || (!accepted(a) && !accepted(b)))
}

/// Counts of what was checked.
#[derive(Default, Debug)]
struct Checked {
    strings: usize,
    names: usize,
    exact_nfkc: usize,
    name_comparisons: usize,
    /// Phone numbers other than invalid.
    numbers: usize,
}

/// Checks every function the rules use on `input` against the oracle.
fn check(input: &str, checked: &mut Checked) {
    checked.strings += 1;
    let theirs = oracle::nfkc(input);
    let ours = text::nfkc_for_rules(input);
    assert!(
        agree(&ours, &theirs),
        "NFKC of {input:?}: {ours:?}, the crate's {theirs:?}"
    );
    if ours == theirs {
        checked.exact_nfkc += 1;
    }
    // The `too-long` rule's count for a name (src/form.rs).
    assert_eq!(
        ours.trim().chars().count(),
        theirs.trim().chars().count(),
        "name length of {input:?}"
    );
    let name = oracle::normalize_name(&theirs);
    assert_eq!(names::normalize_name(input), name, "name {input:?}");
    let number = text::document_number(input);
    let their_number = oracle::document_number(&theirs);
    assert!(
        agree(&number, &their_number),
        "document number {input:?}: {number:?}, the crates' {their_number:?}"
    );
    let verdict = phone::judge(input);
    assert_eq!(verdict, oracle::judge(&theirs), "phone {input:?}");
    if verdict != PhoneVerdict::Invalid {
        checked.numbers += 1;
    }
    if let Some(typed) = name {
        checked.names += 1;
        for mrz_name in oracle::mrz_names(&typed) {
            for truncated in [false, true] {
                checked.name_comparisons += 1;
                assert_eq!(
                    mrz::name_matches(&typed, &mrz_name, truncated),
                    oracle::name_matches(&typed, &mrz_name, truncated),
                    "{typed:?} ~ {mrz_name:?}, truncated: {truncated}"
                );
            }
        }
    }
}

fn scalar_values() -> impl Iterator<Item = char> {
    (0..=0x10FFFFu32).filter_map(char::from_u32)
}

#[test]
fn every_scalar_value_alone() {
    let mut checked = Checked::default();
    let mut buffer = [0; 4];
    for c in scalar_values() {
        check(c.encode_utf8(&mut buffer), &mut checked);
    }
    assert_eq!(checked.strings, 1_112_064);
    eprintln!("{checked:?}");
}

#[test]
fn every_latin_letter_followed_by_every_combining_mark() {
    let letters: Vec<char> = scalar_values()
        .filter(|&c| oracle::is_latin_letter(c))
        .collect();
    let marks: Vec<char> = scalar_values()
        .filter(|&c| {
            is_combining_mark(c) || canonical_combining_class(c) != 0 || oracle::is_name_mark(c)
        })
        .collect();
    let mut checked = Checked::default();
    let mut input = String::new();
    for &letter in &letters {
        for &mark in &marks {
            input.clear();
            input.push(letter);
            input.push(mark);
            check(&input, &mut checked);
        }
    }
    assert_eq!(checked.strings, letters.len() * marks.len());
    eprintln!(
        "{} letters, {} marks: {checked:?}",
        letters.len(),
        marks.len()
    );
}

/// SplitMix64: a small, seeded, deterministic generator.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The characters applicants write, by script, as code point ranges.
const LATIN: &[(u32, u32)] = &[
    (0x41, 0x5A),
    (0x61, 0x7A),
    (0xC0, 0x24F),
    (0x1E00, 0x1EFF),
    (0x2C60, 0x2C7F),
    (0xA720, 0xA7FF),
    (0x1D00, 0x1DBF),
];
const MARKS: &[(u32, u32)] = &[
    (0x300, 0x36F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0xFE20, 0xFE2F),
    (0x20D0, 0x20FF),
    (0x483, 0x489),
    (0x591, 0x5C7),
    (0x64B, 0x65F),
    (0xE31, 0xE3A),
    (0xE47, 0xE4E),
    (0x3099, 0x309A),
];
const SEPARATORS: &[(u32, u32)] = &[
    (0x20, 0x20),
    (0x27, 0x27),
    (0x2D, 0x2E),
    (0x2019, 0x2019),
    (0x28, 0x2B),
    (0x30, 0x39),
    (0x9, 0xD),
    (0xA0, 0xA0),
    (0x2000, 0x200F),
    (0x2028, 0x202F),
    (0x205F, 0x2060),
    (0x3000, 0x3000),
    (0x1680, 0x1680),
    (0x85, 0x85),
    (0xFEFF, 0xFEFF),
];
const CJK: &[(u32, u32)] = &[
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
    (0x3200, 0x33FF),
    (0x2E80, 0x2FDF),
    (0x1F200, 0x1F2FF),
];
const HANGUL: &[(u32, u32)] = &[
    (0xAC00, 0xD7A3),
    (0x1100, 0x11FF),
    (0x3130, 0x318F),
    (0xFFA0, 0xFFDC),
    (0xA960, 0xA97F),
    (0xD7B0, 0xD7FF),
];
const KANA: &[(u32, u32)] = &[
    (0x3040, 0x30FF),
    (0x31F0, 0x31FF),
    (0xFF61, 0xFF9F),
    (0x1B000, 0x1B16F),
];
const CYRILLIC: &[(u32, u32)] = &[(0x400, 0x52F), (0x1C80, 0x1C8F), (0xA640, 0xA69F)];
const THAI: &[(u32, u32)] = &[(0xE00, 0xE7F)];
const ARABIC: &[(u32, u32)] = &[
    (0x600, 0x6FF),
    (0x750, 0x77F),
    (0x8A0, 0x8FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
];
const FULL_WIDTH: &[(u32, u32)] = &[(0xFF00, 0xFFEF), (0xFE50, 0xFE6F), (0xFE10, 0xFE1F)];
const GREEK: &[(u32, u32)] = &[(0x370, 0x3FF), (0x1F00, 0x1FFF)];
const COMPATIBILITY: &[(u32, u32)] = &[
    (0x2100, 0x218F),
    (0x2460, 0x24FF),
    (0x1D400, 0x1D7FF),
    (0x1F100, 0x1F1FF),
    (0x2070, 0x209F),
    (0xFB00, 0xFB4F),
    (0x2150, 0x2189),
    (0x1E00, 0x1EFF),
];

/// Conjoining jamo that compose: leading, vowel, trailing.
const JAMO: [(u32, u32); 3] = [(0x1100, 0x1112), (0x1161, 0x1175), (0x11A8, 0x11C2)];

fn char_in(random: &mut Random, ranges: &[(u32, u32)]) -> char {
    loop {
        let &(low, high) = random.pick(ranges);
        let code = low + (random.next() % u64::from(high - low + 1)) as u32;
        if let Some(c) = char::from_u32(code) {
            return c;
        }
    }
}

/// Characters of names beside letters and marks: ASCII and full-width.
const NAME_PUNCTUATION: &[(u32, u32)] = &[
    (0x20, 0x20),
    (0x27, 0x27),
    (0x2D, 0x2E),
    (0x2019, 0x2019),
    (0x3000, 0x3000),
    (0xFF07, 0xFF07),
    (0xFF0D, 0xFF0E),
    (0xFF21, 0xFF3A),
    (0xFF41, 0xFF5A),
];
/// Characters of phone and document numbers.
const NUMBER: &[(u32, u32)] = &[
    (0x30, 0x39),
    (0x30, 0x39),
    (0xFF10, 0xFF19),
    (0x660, 0x669),
    (0x6F0, 0x6F9),
    (0x20, 0x20),
    (0x28, 0x2B),
    (0x2D, 0x2E),
    (0xFF08, 0xFF0E),
    (0x41, 0x5A),
    (0x3000, 0x3000),
    (0x2010, 0x2015),
    (0x2080, 0x2089),
    (0x2460, 0x249B),
];

/// A phone number (mostly a Vietnamese mobile one), each digit written in one
/// of its forms (ASCII, full-width, Arabic-Indic, mathematical, circled,
/// superscript), with separators of every width between.
fn random_phone(random: &mut Random) -> String {
    const STARTS: [&str; 12] = [
        "09", "03", "07", "08", "05", "+849", "849", "00849", "+8190", "00843", "024", "+1202",
    ];
    const BETWEEN: [&str; 10] = [
        " ", "-", ".", "(", ")", "\u{3000}", "\u{A0}", "\u{FF0D}", "\u{2010}", "\u{2009}",
    ];
    let mut plain = random.pick(&STARTS).to_string();
    for _ in 0..7 + random.below(3) {
        plain.push(char::from(b'0' + random.below(10) as u8));
    }
    let mut out = String::new();
    for c in plain.chars() {
        if random.below(5) == 0 {
            out.push_str(random.pick::<&str>(&BETWEEN));
        }
        let digit = c.to_digit(10);
        let written = match (digit, random.below(12)) {
            (None, 0..=1) => '\u{FF0B}',
            (None, _) => c,
            (Some(d), 0) => char::from_u32(0xFF10 + d).unwrap_or(c),
            (Some(d), 1) => char::from_u32(0x0660 + d).unwrap_or(c),
            (Some(d), 2) => char::from_u32(0x06F0 + d).unwrap_or(c),
            (Some(d), 3) => char::from_u32(0x1D7CE + 10 * random.below(5) as u32 + d).unwrap_or(c),
            (Some(0), 4) => '\u{24EA}',
            (Some(d), 4) => char::from_u32(0x2460 + d - 1).unwrap_or(c),
            (Some(d), 5) => char::from_u32(0x2070 + d)
                .filter(|_| d >= 4 || d == 0)
                .unwrap_or(c),
            _ => c,
        };
        out.push(written);
    }
    out
}

/// A string of one of four kinds: a name (Latin letters, marks, name
/// punctuation, full-width forms), a phone number, characters of numbers
/// (digits of every width and script, separators), or mostly one script with
/// marks and separators; each now and then with a character of any other
/// kind, or any at all.
fn random_string(random: &mut Random, decomposable: &[char]) -> String {
    const SCRIPTS: [&[(u32, u32)]; 10] = [
        LATIN,
        CJK,
        HANGUL,
        KANA,
        CYRILLIC,
        THAI,
        ARABIC,
        FULL_WIDTH,
        GREEK,
        COMPATIBILITY,
    ];
    let kind = random.below(10);
    if kind == 5 {
        return random_phone(random);
    }
    let script = *random.pick(&SCRIPTS);
    let length = 1 + random.below(8) + random.below(8) * random.below(2);
    let mut out = String::new();
    for _ in 0..length {
        let roll = random.below(40);
        match (kind, roll) {
            (_, 0) => out.push(*random.pick(decomposable)),
            (_, 1) => out.push(char_in(random, &[(0, 0x10FFFF)])),
            (_, 2) => out.push(char_in(random, SEPARATORS)),
            (_, 3) => {
                for range in JAMO.iter().take(2 + random.below(2)) {
                    out.push(char_in(random, std::slice::from_ref(range)));
                }
            }
            (_, 4) => out.push(char_in(random, script)),
            (0..=3, 5..=24) => out.push(char_in(random, LATIN)),
            (0..=3, 25..=30) => out.push(char_in(random, &MARKS[..4])),
            (0..=3, _) => out.push(char_in(random, NAME_PUNCTUATION)),
            (4, _) => out.push(char_in(random, NUMBER)),
            (_, 5..=28) => out.push(char_in(random, script)),
            (_, 29..=34) => out.push(char_in(random, MARKS)),
            (_, _) => out.push(char_in(random, FULL_WIDTH)),
        }
    }
    out
}

#[test]
fn a_million_random_strings_of_the_scripts_applicants_write() {
    let decomposable: Vec<char> = scalar_values()
        .filter(|&c| !c.to_string().nfkd().eq([c]))
        .collect();
    let mut random = Random(0x5EED_2024_0069);
    let mut checked = Checked::default();
    for _ in 0..1_000_000 {
        let input = random_string(&mut random, &decomposable);
        check(&input, &mut checked);
    }
    eprintln!("{checked:?}");
    // The strings reach what they are meant to: many valid names, many
    // numbers, and many whose NFKC holds a character the library writes
    // otherwise.
    assert!(checked.names > 100_000, "{checked:?}");
    assert!(checked.numbers > 20_000, "{checked:?}");
    assert!(checked.exact_nfkc < checked.strings - 10_000, "{checked:?}");
}

#[test]
fn the_generated_tables_are_the_crates() {
    let (major, minor, update) = unicode_normalization::UNICODE_VERSION;
    assert_eq!(unicode::UNICODE_VERSION, (major, minor, update));
    let mut latin: Vec<(char, char)> = Vec::new();
    for c in scalar_values().filter(|&c| oracle::is_latin_letter(c)) {
        match latin.last_mut() {
            Some((_, high)) if u32::from(*high) + 1 == u32::from(c) => *high = c,
            _ => latin.push((c, c)),
        }
    }
    assert_eq!(unicode::LATIN_LETTERS, latin.as_slice());
    for c in scalar_values() {
        assert_eq!(data::is_name_mark(c), oracle::is_name_mark(c), "{c:?}");
        assert_eq!(
            unicode::is_assigned_name_mark(c),
            oracle::is_name_mark(c) && is_combining_mark(c),
            "{c:?}"
        );
        assert_eq!(
            unicode::combining_class(c),
            canonical_combining_class(c),
            "{c:?}"
        );
    }
}

#[test]
fn what_the_library_writes_otherwise() {
    // Characters no rule accepts keep their count, as U+FFFD or as typed.
    assert_eq!(text::nfkc_for_rules("㍿"), "\u{FFFD}".repeat(4));
    assert_eq!(oracle::nfkc("㍿"), "株式会社");
    assert_eq!(text::nfkc_for_rules("\u{F900}"), "\u{F900}");
    // What a rule reads is NFKC itself.
    for (input, nfkc) in [
        ("ＳＡＴＯ　ＨＡＮＡＫＯ", "SATO HANAKO"),
        ("Rene\u{0301}", "René"),
        ("㎏ ℡ ﬃ ⑴", "kg TEL ffi (1)"),
        ("\u{1100}\u{1161}\u{11A8}", "각"),
        ("か\u{3099}", "が"),
        ("α\u{0301}", "ά"),
        ("<\u{0338}", "≮"),
    ] {
        assert_eq!(text::nfkc_for_rules(input), nfkc, "{input}");
        assert_eq!(oracle::nfkc(input), nfkc, "{input}");
    }
}
