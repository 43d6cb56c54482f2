//! The progress of `eid-form check` on stderr, with indicatif: a bar by bytes
//! when the input's size is known, else a running count. Drawn only when stderr
//! is a terminal, so a log or a pipe holds the summary line alone.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{self, IsTerminal};

/// Lines between two updates of the counts: a message is a formatted string,
/// and indicatif redraws at most 20 times a second anyway.
const LINES_PER_UPDATE: u64 = 1000;
/// A bar by bytes read, with the counts.
const BY_BYTES: &str = "[{bar:30}] {percent:>3}% {msg}";
/// A spinner and the counts, when the input's size is unknown.
const BY_COUNT: &str = "{spinner} {msg}";

pub struct Progress {
    bar: ProgressBar,
    by_bytes: bool,
}

impl Progress {
    /// A bar on stderr when it is a terminal, else nothing drawn.
    pub fn on_stderr(total_bytes: Option<u64>) -> Progress {
        if !io::stderr().is_terminal() {
            return Progress {
                bar: ProgressBar::hidden(),
                by_bytes: false,
            };
        }
        Progress::drawn_to(ProgressDrawTarget::stderr(), total_bytes)
    }

    fn drawn_to(target: ProgressDrawTarget, total_bytes: Option<u64>) -> Progress {
        let by_bytes = total_bytes.is_some_and(|total| total > 0);
        let (bar, template) = if by_bytes {
            (ProgressBar::with_draw_target(total_bytes, target), BY_BYTES)
        } else {
            (ProgressBar::with_draw_target(None, target), BY_COUNT)
        };
        // Both templates are constants, checked by the tests below.
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("#>-"));
        }
        bar.set_message(counts(0, 0));
        Progress { bar, by_bytes }
    }

    /// `bytes` more of the input read.
    pub fn read(&self, bytes: u64) {
        if self.by_bytes {
            self.bar.inc(bytes);
        }
    }

    /// One more report written: the counts move every `LINES_PER_UPDATE` lines.
    pub fn checked(&self, checked: u64, invalid: u64) {
        if checked % LINES_PER_UPDATE == 0 && !self.bar.is_hidden() {
            self.bar.set_message(counts(checked, invalid));
            if !self.by_bytes {
                self.bar.tick();
            }
        }
    }

    /// The final counts left on screen, on a line of their own; the bar stays
    /// where it stopped when the input could not be read to its end.
    pub fn finish(&self, checked: u64, invalid: u64, complete: bool) {
        if self.bar.is_hidden() {
            return;
        }
        self.bar.set_message(counts(checked, invalid));
        if complete {
            self.bar.finish();
        } else {
            self.bar.abandon();
        }
        // indicatif leaves the cursor after the bar: the summary goes below it.
        eprintln!();
    }
}

fn counts(checked: u64, invalid: u64) -> String {
    format!("{checked} checked, {invalid} invalid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_templates_are_valid() {
        for template in [BY_BYTES, BY_COUNT] {
            assert!(ProgressStyle::with_template(template).is_ok(), "{template}");
        }
    }

    #[test]
    fn by_bytes_only_when_the_size_is_known_and_not_zero() {
        let hidden = ProgressDrawTarget::hidden;
        assert!(Progress::drawn_to(hidden(), Some(10)).by_bytes);
        assert!(!Progress::drawn_to(hidden(), Some(0)).by_bytes);
        assert!(!Progress::drawn_to(hidden(), None).by_bytes);
        let progress = Progress::drawn_to(hidden(), Some(10));
        progress.read(4);
        progress.read(6);
        assert_eq!(progress.bar.position(), 10);
        assert_eq!(progress.bar.length(), Some(10));
    }
}
