//! The library's tables, as data: each file beside this one is tab-separated
//! columns under `#` lines that name its source and version, turned by
//! `build.rs` into the static arrays below, so nothing is parsed at run time.
//! The rules, the schema and the messages all read the tables from here.
//!
//! | table | file |
//! |---|---|
//! | [`NATIONALITIES`] | `nationalities.tsv` (ISO 3166-1 alpha-3 and ICAO codes) |
//! | [`RESIDENCE_SYMBOLS`] | `residence-symbols.tsv` (temporary residence cards) |
//! | [`PASSPORT_PATTERNS`] | `passport-patterns.tsv` (sources in `passport-patterns.md`) |
//! | [`ICAO_TRANSLITERATION`] | `icao-transliteration.tsv` (ICAO Doc 9303 Part 3) |
//! | [`NAME_MARKS`] | `name-marks.txt` (the combining marks of a name) |
//! | [`VN_PROVINCES`] | `vn-provinces.tsv` (Circular 07/2016) |
//!
//! The Unicode the rules need (the letters of the Latin script, and what
//! normalization and upper-casing need) is generated from the Unicode crates
//! themselves: [`unicode`].

/// A nationality or issuing-state code with its English name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nationality {
    pub code: &'static str,
    pub name: &'static str,
    /// `true` for the ICAO-only codes (D, XXA, UNO, ...).
    pub icao_only: bool,
}

/// A temporary residence card symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResidenceSymbol {
    pub symbol: &'static str,
    /// The longest validity, in years.
    pub max_years: i32,
    /// Who holds it, in the law's Vietnamese words.
    pub holder: &'static str,
}

/// One state's known passport-number shapes.
#[derive(Debug)]
pub struct PassportPattern {
    pub state: &'static str,
    /// The shapes as the table writes them (a regular expression matched
    /// against the whole number; `|` between alternatives).
    pub pattern: &'static str,
    /// A number of that shape, for messages.
    pub example: &'static str,
    /// Where the shapes come from (details in `passport-patterns.md`).
    pub source: &'static str,
    /// `pattern` as an automaton.
    pub automaton: Automaton<36>,
}

impl PassportPattern {
    /// Whether the whole `number` (A-Z and 0-9) has one of the state's shapes.
    pub fn matches(&self, number: &str) -> bool {
        self.automaton.matches(number)
    }
}

/// How a typed letter may be written in a machine readable zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transliteration {
    /// Upper case.
    pub letter: char,
    pub spellings: &'static [&'static str],
}

/// A province code of the Vietnamese personal identification number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Province {
    /// Three digits.
    pub code: &'static str,
    pub name: &'static str,
}

/// A deterministic automaton generated from a pattern by `build.rs`, over the
/// first `N` symbols of `0-9 A-Z` (`N` = 10: the digits; 36: digits and
/// letters). `next[state][column]` is the following state, `u8::MAX` when no
/// match is possible any more; state 0 is the start.
#[derive(Debug)]
pub struct Automaton<const N: usize> {
    pub next: &'static [[u8; N]],
    /// Whether the text read so far, ending in this state, matches.
    pub accept: &'static [bool],
}

impl<const N: usize> Automaton<N> {
    /// Whether the whole of `text` matches; a byte outside the alphabet never does.
    pub fn matches(&self, text: &str) -> bool {
        let mut state = 0usize;
        for byte in text.bytes() {
            let column = match byte {
                b'0'..=b'9' => usize::from(byte - b'0'),
                b'A'..=b'Z' => usize::from(byte - b'A') + 10,
                _ => return false,
            };
            match self.next.get(state).and_then(|row| row.get(column)) {
                Some(&next) if next != u8::MAX => state = usize::from(next),
                _ => return false,
            }
        }
        self.accept.get(state).copied().unwrap_or(false)
    }
}

include!(concat!(env!("OUT_DIR"), "/data.rs"));

pub mod unicode;

pub use unicode::is_latin_letter;

/// A code of [`NATIONALITIES`] (exact and case-sensitive).
pub fn nationality(code: &str) -> Option<&'static Nationality> {
    let at = NATIONALITIES.binary_search_by_key(&code, |n| n.code).ok()?;
    NATIONALITIES.get(at)
}

/// A symbol of [`RESIDENCE_SYMBOLS`], exactly as the law writes it.
pub fn residence_symbol(symbol: &str) -> Option<&'static ResidenceSymbol> {
    RESIDENCE_SYMBOLS.iter().find(|s| s.symbol == symbol)
}

/// The known passport-number shapes of a state, if any.
pub fn passport_pattern(state: &str) -> Option<&'static PassportPattern> {
    PASSPORT_PATTERNS.iter().find(|p| p.state == state)
}

/// The MRZ spellings ICAO lists for an upper-case letter, if it lists any.
pub fn transliteration(letter: char) -> Option<&'static [&'static str]> {
    ICAO_TRANSLITERATION
        .iter()
        .find(|t| t.letter == letter)
        .map(|t| t.spellings)
}

/// Whether `c` is one of the [`NAME_MARKS`].
pub fn is_name_mark(c: char) -> bool {
    let at = NAME_MARKS.partition_point(|&(_, high)| high < c);
    NAME_MARKS.get(at).is_some_and(|&(low, _)| low <= c)
}

/// A province code of [`VN_PROVINCES`].
pub fn province(code: &str) -> Option<&'static Province> {
    let at = VN_PROVINCES.binary_search_by_key(&code, |p| p.code).ok()?;
    VN_PROVINCES.get(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_read_whole() {
        assert_eq!(NATIONALITIES.len(), 249 + 14);
        assert_eq!(RESIDENCE_SYMBOLS.len(), 14);
        assert_eq!(VN_PROVINCES.len(), 63);
        assert!(unicode::LATIN_LETTERS.len() > 20);
        assert_eq!(NAME_MARKS.len(), 5);
        assert!(is_name_mark('\u{0301}') && !is_name_mark('\u{034F}') && !is_name_mark('a'));
        assert_eq!(transliteration('Ä'), Some(&["AE", "A"][..]));
        assert_eq!(transliteration('ẞ'), Some(&["SS"][..]));
        assert_eq!(transliteration('A'), None);
        assert_eq!(nationality("SWE").map(|n| n.name), Some("Sweden"));
        assert_eq!(nationality("XXB").map(|n| n.icao_only), Some(true));
        assert_eq!(province("079").map(|p| p.name), Some("Hồ Chí Minh"));
        assert_eq!(province("003"), None);
    }

    #[test]
    fn an_automaton_reads_only_its_alphabet() {
        let usa = passport_pattern("USA").unwrap();
        assert!(usa.matches("A12345678") && usa.matches("123456789"));
        for number in ["a12345678", "A1234567", "A123456789", "A-2345678", ""] {
            assert!(!usa.matches(number), "{number}");
        }
        let digits = Automaton::<10> {
            next: &[[1; 10], [u8::MAX; 10]],
            accept: &[false, true],
        };
        assert!(digits.matches("7") && !digits.matches("A") && !digits.matches("77"));
    }
}
