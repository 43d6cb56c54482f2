//! FORM.md 1.1 "Text direction": the left-to-right runs of a text, each wrapped
//! in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE. A run is a maximal span
//! that starts and ends with a character of bidi class L or EN and holds no
//! character of class R or AL (`091 234 5678`, `69/2024/NĐ-CP`, `LĐ2`).

/// FIRST STRONG ISOLATE.
pub const FSI: char = '\u{2068}';
/// POP DIRECTIONAL ISOLATE.
pub const PDI: char = '\u{2069}';

/// What a character's bidi class says about runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Class L or EN: starts, extends or ends a run.
    Ltr,
    /// Class R or AL: a run cannot hold it.
    Rtl,
    /// Any other class: inside a run when a run goes on past it.
    Other,
}

mod generated {
    include!(concat!(env!("OUT_DIR"), "/text_direction.rs"));
}

/// The direction of a character, from the table `build.rs` generates: the last
/// checkpoint at or before it, then the stretches after that one.
pub fn direction(c: char) -> Direction {
    let c = u32::from(c);
    let at = generated::CHECKPOINTS
        .partition_point(|&checkpoint| checkpoint >> 2 <= c)
        .saturating_sub(1);
    let (Some(&checkpoint), Some(&next)) =
        (generated::CHECKPOINTS.get(at), generated::NEXT.get(at))
    else {
        return Direction::Other;
    };
    let (mut start, mut answer) = (checkpoint >> 2, checkpoint & 3);
    let (mut number, mut shift) = (0u32, 0u32);
    for &byte in generated::STRETCHES
        .get(usize::from(next)..)
        .unwrap_or_default()
    {
        // Checked: bytes from build.rs never overflow, and nothing panics.
        number |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
        shift += 7;
        if byte & 0x80 == 0 {
            start = start.saturating_add(number >> 2);
            if start > c {
                break;
            }
            answer = number & 3;
            (number, shift) = (0, 0);
        }
    }
    match answer {
        1 => Direction::Ltr,
        2 => Direction::Rtl,
        _ => Direction::Other,
    }
}

/// `text` with every left-to-right run wrapped in FSI ... PDI. A run already
/// wrapped just so is left as it is, so wrapping twice changes nothing.
pub fn isolate_ltr_runs(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut copied = 0;
    // The current run: where it starts, and where its last L or EN ends.
    let mut run: Option<(usize, usize)> = None;
    let close = |out: &mut String, copied: &mut usize, (start, end): (usize, usize)| {
        let wrapped = text[..start].ends_with(FSI) && text[end..].starts_with(PDI);
        if !wrapped {
            out.push_str(&text[*copied..start]);
            out.push(FSI);
            out.push_str(&text[start..end]);
            out.push(PDI);
            *copied = end;
        }
    };
    for (at, c) in text.char_indices() {
        match direction(c) {
            Direction::Ltr => {
                let start = run.map_or(at, |(start, _)| start);
                run = Some((start, at + c.len_utf8()));
            }
            Direction::Rtl => {
                if let Some(span) = run.take() {
                    close(&mut out, &mut copied, span);
                }
            }
            Direction::Other => {}
        }
    }
    if let Some(span) = run {
        close(&mut out, &mut copied, span);
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_bidi::{bidi_class, BidiClass};

    #[test]
    fn the_table_agrees_with_unicode_bidi_on_every_scalar_value() {
        let mut checked = 0u32;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let expected = match bidi_class(c) {
                BidiClass::L | BidiClass::EN => Direction::Ltr,
                BidiClass::R | BidiClass::AL => Direction::Rtl,
                _ => Direction::Other,
            };
            assert_eq!(direction(c), expected, "U+{:04X}", u32::from(c));
            checked += 1;
        }
        assert_eq!(checked, 0x11_0000 - 0x800);
    }

    #[test]
    fn the_examples_of_form_md_are_one_run_each() {
        for run in ["091 234 5678", "69/2024/NĐ-CP", "LĐ2"] {
            assert_eq!(isolate_ltr_runs(run), format!("{FSI}{run}{PDI}"));
            let arabic = format!("مثل {run}.");
            assert_eq!(isolate_ltr_runs(&arabic), format!("مثل {FSI}{run}{PDI}."));
        }
        assert_eq!(
            isolate_ltr_runs("النموذج TK01 للأجانب (المرسوم 69/2024/NĐ-CP)"),
            "النموذج \u{2068}TK01\u{2069} للأجانب (المرسوم \u{2068}69/2024/NĐ-CP\u{2069})"
        );
    }

    #[test]
    fn runs_end_at_strong_right_to_left_and_leave_neutrals_outside() {
        assert_eq!(isolate_ltr_runs(""), "");
        assert_eq!(isolate_ltr_runs("؟ - ."), "؟ - .");
        assert_eq!(isolate_ltr_runs(" (ab) "), " (\u{2068}ab\u{2069}) ");
        // Hebrew (R) and Arabic (AL) both split a run; Arabic-Indic digits (AN) do not.
        assert_eq!(
            isolate_ltr_runs("aאb"),
            "\u{2068}a\u{2069}א\u{2068}b\u{2069}"
        );
        assert_eq!(isolate_ltr_runs("1 ١ 2"), "\u{2068}1 ١ 2\u{2069}");
        assert_eq!(
            isolate_ltr_runs("Họ và tên / الاسم"),
            "\u{2068}Họ và tên\u{2069} / الاسم"
        );
    }

    #[test]
    fn wrapping_twice_changes_nothing() {
        for text in [
            "النموذج TK01 للأجانب (المرسوم 69/2024/NĐ-CP)",
            "LĐ2",
            "a ب c",
            "\u{2068}a\u{2069}",
        ] {
            let once = isolate_ltr_runs(text);
            assert_eq!(isolate_ltr_runs(&once), once);
        }
    }
}
