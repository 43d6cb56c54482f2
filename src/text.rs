//! Text normalization shared by the rules (FORM.md, Precise readings: Values).

use unicode_normalization::UnicodeNormalization;

/// NFKC: full-width letters and digits typed on East Asian keyboards become ASCII.
pub fn nfkc(text: &str) -> String {
    // ASCII is its own NFKC (no ASCII character decomposes or composes).
    if text.is_ascii() {
        return text.to_string();
    }
    text.nfkc().collect()
}

/// NFC, with the same ASCII shortcut.
pub fn nfc(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    text.nfc().collect()
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
    fold_arabic_indic_digits(&nfkc(text))
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
