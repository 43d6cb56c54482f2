//! `eid-form check`: the batch checker for back offices. Reads JSON Lines (one
//! application per line), writes one compact JSON report per line, in order.
//! Streams: memory does not grow with the number of lines.
//! `eid-form generate`: random applications for parity tests and benchmarks.

mod generate;
mod progress;

use clap::{Args, Parser, Subcommand};
use eid_form::{invalid_json_report, validate_json, Date, Options, Report};
use progress::Progress;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Validates Vietnamese electronic identification account applications filed by
/// foreigners (form TK01), as JSON Lines.
#[derive(Parser, Debug)]
#[command(name = "eid-form", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Check(CheckArgs),
    Generate(GenerateArgs),
}

/// Checks applications, one JSON object per line, into one report per line
///
/// Reads TK01 applications as JSON Lines from FILE or, when FILE is absent or
/// '-', from standard input. Writes one JSON report per line to standard output,
/// in input order; blank lines are skipped, a line that is not JSON gets an
/// `invalid-json` report. A summary goes to standard error, after a progress bar
/// when standard error is a terminal.
#[derive(Args, Debug)]
#[command(
    after_help = "Exit status: 0 all valid, 1 some invalid, 2 usage error or unreadable input."
)]
struct CheckArgs {
    /// The reference date [default: today in Vietnam, UTC+7]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    today: Option<Date>,
    /// The language of the messages, a BCP 47 tag
    #[arg(long, value_name = "TAG", default_value = eid_form::localization::DEFAULT_LOCALE)]
    locale: String,
    /// The applications; standard input when absent or '-'
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
}

/// Writes random applications, valid and invalid, one JSON object per line
///
/// N applications, the same for the same seed: input for parity tests and
/// benchmarks.
#[derive(Args, Debug)]
struct GenerateArgs {
    /// How many applications
    #[arg(long, value_name = "N", default_value_t = 1000)]
    count: u64,
    /// The seed of the random choices
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
}

/// A reference date as `YYYY-MM-DD`, a real day: anything else is a usage error.
fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("{text:?} is not a real date written YYYY-MM-DD"))
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

/// The input and its size in bytes when known (a file, or standard input
/// redirected from one).
fn open(file: Option<&PathBuf>) -> Result<(Box<dyn BufRead>, Option<u64>), String> {
    match file {
        Some(path) if path.as_os_str() != "-" => {
            let file =
                File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let size = file
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            Ok((Box::new(BufReader::new(file)), size))
        }
        _ => Ok((Box::new(BufReader::new(io::stdin().lock())), stdin_size())),
    }
}

#[cfg(unix)]
fn stdin_size() -> Option<u64> {
    use std::os::fd::AsFd;
    let stdin = File::from(io::stdin().as_fd().try_clone_to_owned().ok()?);
    let metadata = stdin.metadata().ok()?;
    metadata.is_file().then_some(metadata.len())
}

#[cfg(not(unix))]
fn stdin_size() -> Option<u64> {
    None
}

fn check(arguments: &CheckArgs) -> Result<Tally, String> {
    let options = Options {
        today: arguments.today,
        locale: arguments.locale.clone(),
        ..Options::default()
    };
    let (mut input, total_bytes) = open(arguments.file.as_ref())?;
    let progress = Progress::on_stderr(total_bytes);
    let mut output = BufWriter::new(io::stdout().lock());
    let mut tally = Tally::default();
    let mut line = Vec::new();
    let streamed = loop {
        line.clear();
        let read = match input.read_until(b'\n', &mut line) {
            Ok(0) => break Ok(()),
            Ok(read) => read,
            Err(e) => break Err(format!("cannot read input: {e}")),
        };
        progress.read(read as u64);
        let report = match std::str::from_utf8(&line) {
            Ok(text) if text.trim().is_empty() => continue,
            Ok(text) => validate_json(text, &options),
            Err(_) => invalid_json_report(&options),
        };
        tally.count(&report);
        let written = serde_json::to_writer(&mut output, &report)
            .map_err(io::Error::from)
            .and_then(|()| output.write_all(b"\n"));
        if let Err(e) = written {
            break Err(format!("cannot write output: {e}"));
        }
        progress.checked(tally.checked, tally.invalid);
    };
    let flushed = streamed.and_then(|()| {
        output
            .flush()
            .map_err(|e| format!("cannot write output: {e}"))
    });
    progress.finish(tally.checked, tally.invalid, flushed.is_ok());
    flushed.map(|()| tally)
}

fn generate(arguments: &GenerateArgs) -> Result<(), String> {
    let mut rng = generate::Rng::new(arguments.seed);
    let mut output = BufWriter::new(io::stdout().lock());
    for _ in 0..arguments.count {
        let line = generate::application(&mut rng).to_string();
        writeln!(output, "{line}").map_err(|e| format!("cannot write output: {e}"))?;
    }
    output
        .flush()
        .map_err(|e| format!("cannot write output: {e}"))
}

fn main() -> ExitCode {
    // Usage errors exit 2, `--help` and `--version` 0 (clap's own codes).
    let cli = Cli::parse();
    let outcome = match &cli.command {
        Command::Check(arguments) => check(arguments).map(|tally| {
            eprintln!("{}", tally.summary());
            u8::from(tally.invalid > 0)
        }),
        Command::Generate(arguments) => generate(arguments).map(|()| 0),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("eid-form: {message}");
            ExitCode::from(2)
        }
    }
}
