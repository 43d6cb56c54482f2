//! `eid-form check`: the batch checker for back offices. Reads JSON Lines (one
//! application per line), writes one compact JSON report per line, in order.
//! Streams: memory does not grow with the number of lines.
//! `eid-form generate`: random applications for parity tests and benchmarks.

mod generate;

use eid_form::{invalid_json_report, validate_json, Options, Report};
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage: eid-form check [--today YYYY-MM-DD] [--locale TAG] [FILE]
       eid-form generate [--count N] [--seed S]

Validates TK01 applications, one JSON object per line (JSON Lines), read from
FILE or, when FILE is absent or '-', from standard input. Writes one JSON report
per line to standard output, in input order; blank lines are skipped.

  --today YYYY-MM-DD  the reference date (default: today in Vietnam, UTC+7)
  --locale TAG        the language of the messages, a BCP 47 tag (default: en)

Exit status: 0 all valid, 1 some invalid, 2 usage error or unreadable input.

generate writes N (default 1000) random applications, valid and invalid, one
JSON object per line, the same for the same seed (default 1): input for parity
tests and benchmarks.";

struct Arguments {
    options: Options,
    file: Option<String>,
}

fn parse_arguments(args: &[String]) -> Result<Arguments, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err("a command is needed".into());
    };
    if command != "check" {
        return Err(format!("unknown command {command:?}"));
    }
    let (mut today, mut locale, mut file) = (None, String::from("en"), None);
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--today" => today = Some(rest.next().ok_or("--today needs a date")?.clone()),
            "--locale" => locale = rest.next().ok_or("--locale needs a tag")?.clone(),
            "-h" | "--help" => return Err(String::new()),
            "-" => file = None,
            option if option.starts_with("--") => return Err(format!("unknown option {option}")),
            path if file.is_none() => file = Some(path.to_string()),
            extra => return Err(format!("one FILE at most ({extra:?} is one too many)")),
        }
    }
    let options = Options::new(today.as_deref(), &locale).map_err(|e| e.to_string())?;
    Ok(Arguments { options, file })
}

/// Counts for the closing summary on stderr.
#[derive(Default)]
struct Tally {
    checked: u64,
    invalid: u64,
    codes: HashMap<&'static str, u64>,
}

impl Tally {
    fn count(&mut self, report: &Report) {
        self.checked += 1;
        if !report.valid {
            self.invalid += 1;
        }
        for issue in &report.issues {
            *self.codes.entry(issue.code.as_str()).or_default() += 1;
        }
    }

    fn summary(&self) -> String {
        let mut codes: Vec<_> = self.codes.iter().collect();
        codes.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let top: Vec<String> = codes
            .iter()
            .take(5)
            .map(|(code, n)| format!("{code} {n}"))
            .collect();
        let mut line = format!(
            "eid-form: checked {}: {} valid, {} invalid",
            self.checked,
            self.checked - self.invalid,
            self.invalid
        );
        if !top.is_empty() {
            line.push_str(&format!("; most frequent: {}", top.join(", ")));
        }
        line
    }
}

/// A progress line on stderr: a bar by bytes when the input's size is known,
/// else a running count. Drawn only when stderr is a terminal.
struct Progress {
    total_bytes: Option<u64>,
    read_bytes: u64,
}

impl Progress {
    const WIDTH: u64 = 30;

    fn draw(&self, tally: &Tally) {
        match self.total_bytes {
            Some(total) if total > 0 => {
                let done = (self.read_bytes.min(total) * Self::WIDTH / total) as usize;
                eprint!(
                    "\r[{}{}] {:3}% {} checked, {} invalid",
                    "#".repeat(done),
                    "-".repeat(Self::WIDTH as usize - done),
                    self.read_bytes.min(total) * 100 / total,
                    tally.checked,
                    tally.invalid
                );
            }
            _ => eprint!("\r{} checked, {} invalid", tally.checked, tally.invalid),
        }
    }
}

fn check(arguments: &Arguments) -> Result<Tally, String> {
    let (input, total_bytes): (Box<dyn BufRead>, Option<u64>) = match &arguments.file {
        Some(path) => {
            let file = File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            let size = file.metadata().ok().map(|m| m.len());
            (Box::new(BufReader::new(file)), size)
        }
        None => (Box::new(BufReader::new(io::stdin().lock())), None),
    };
    let show_progress = io::stderr().is_terminal();
    let mut progress = Progress {
        total_bytes,
        read_bytes: 0,
    };
    let mut output = BufWriter::new(io::stdout().lock());
    let mut tally = Tally::default();
    let mut line = Vec::new();
    let mut input = input;
    loop {
        line.clear();
        let read = input
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("cannot read input: {e}"))?;
        if read == 0 {
            break;
        }
        progress.read_bytes += read as u64;
        let report = match std::str::from_utf8(&line) {
            Ok(text) if text.trim().is_empty() => continue,
            Ok(text) => validate_json(text, &arguments.options),
            Err(_) => invalid_json_report(&arguments.options),
        };
        tally.count(&report);
        let written = serde_json::to_writer(&mut output, &report).map_err(io::Error::from);
        written
            .and_then(|()| output.write_all(b"\n"))
            .map_err(|e| format!("cannot write output: {e}"))?;
        if show_progress && tally.checked % 1000 == 0 {
            progress.draw(&tally);
        }
    }
    output
        .flush()
        .map_err(|e| format!("cannot write output: {e}"))?;
    if show_progress {
        progress.draw(&tally);
        eprintln!();
    }
    Ok(tally)
}

/// `generate [--count N] [--seed S]`.
fn generate_command(args: &[String]) -> Result<(), String> {
    let (mut count, mut seed) = (1000u64, 1u64);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let number = |value: Option<&String>| -> Result<u64, String> {
            value
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| format!("{arg} needs a whole number"))
        };
        match arg.as_str() {
            "--count" => count = number(rest.next())?,
            "--seed" => seed = number(rest.next())?,
            other => return Err(format!("unknown option {other}")),
        }
    }
    let mut rng = generate::Rng::new(seed);
    let mut output = BufWriter::new(io::stdout().lock());
    for _ in 0..count {
        let line = generate::application(&mut rng).to_string();
        writeln!(output, "{line}").map_err(|e| format!("cannot write output: {e}"))?;
    }
    output
        .flush()
        .map_err(|e| format!("cannot write output: {e}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("generate") {
        return match generate_command(&args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("eid-form: {message}");
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        };
    }
    let arguments = match parse_arguments(&args) {
        Ok(arguments) => arguments,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("eid-form: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match check(&arguments) {
        Ok(tally) => {
            eprintln!("{}", tally.summary());
            ExitCode::from(u8::from(tally.invalid > 0))
        }
        Err(message) => {
            eprintln!("eid-form: {message}");
            ExitCode::from(2)
        }
    }
}
