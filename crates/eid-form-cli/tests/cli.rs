//! The batch checker end to end: a file in, reports out, exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BINARY: &str = env!("CARGO_BIN_EXE_eid-form");

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(BINARY)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Fed from a thread: a large input must not wait on an unread, full stdout pipe.
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.as_bytes().to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let output = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    output
}

fn vectors() -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/vectors/public.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn reports(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn a_file_of_applications_gives_one_report_per_line_in_order() {
    let cases = vectors();
    let mut input = String::new();
    for case in &cases {
        input.push_str(&serde_json::to_string(&case["form"]).unwrap());
        input.push_str("\n\n");
    }
    let dir = std::env::temp_dir().join(format!("eid-form-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("applications.jsonl");
    std::fs::write(&file, &input).unwrap();
    let output = run(
        &["check", "--today", "2025-07-01", file.to_str().unwrap()],
        "",
    );
    let got = reports(&output);
    assert_eq!(got.len(), cases.len());
    for (report, case) in got.iter().zip(&cases) {
        assert_eq!(report["referenceDate"], "2025-07-01");
        assert_eq!(report["locale"], "en");
        if case["today"] == "2025-07-01" {
            assert_eq!(report["valid"], case["expect"]["valid"], "{}", case["id"]);
        }
    }
    assert_eq!(output.status.code(), Some(1), "some vectors are invalid");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("checked {}", cases.len())),
        "{stderr}"
    );
    assert!(stderr.contains("most frequent"), "{stderr}");
}

#[test]
fn all_valid_exits_0_and_the_report_is_the_library_report() {
    let case = &vectors()[0];
    let line = serde_json::to_string(&case["form"]).unwrap();
    let output = run(
        &["check", "--today", "2025-07-01", "--locale", "vi", "-"],
        &format!("{line}\r\n"),
    );
    assert_eq!(output.status.code(), Some(0));
    let options = eid_form::Options::new(Some("2025-07-01"), "vi").unwrap();
    let expected = eid_form::validate(&case["form"], &options).to_json();
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        format!("{expected}\n")
    );
}

#[test]
fn a_line_that_is_not_json_gets_an_invalid_json_report() {
    let output = run(
        &["check", "--today", "2025-07-01"],
        "{not json\n\u{1}\n[]\n",
    );
    let got = reports(&output);
    assert_eq!(got.len(), 3);
    assert_eq!(got[0]["issues"][0]["code"], "invalid-json");
    assert_eq!(got[0]["issues"][0]["path"], "");
    assert_eq!(got[0]["normalized"], serde_json::json!({}));
    assert_eq!(got[0]["derived"]["age"], serde_json::Value::Null);
    assert_eq!(got[2]["issues"][0]["code"], "invalid-type");
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn usage_errors_and_unreadable_files_exit_2() {
    for args in [
        vec!["check", "--today", "2025-02-30"],
        vec!["check", "--today", "2025-7-1"],
        vec!["check", "--today", "today"],
        vec!["check", "--today"],
        vec!["check", "--locale"],
        vec!["check", "--colour"],
        vec!["verify"],
        vec![],
        vec!["--today", "2025-07-01"],
        vec!["check", "/nonexistent/applications.jsonl"],
        vec!["check", "a.jsonl", "b.jsonl"],
        vec!["generate", "--count"],
        vec!["generate", "--count", "-1"],
        vec!["generate", "--seed", "x"],
        vec!["generate", "extra"],
    ] {
        let output = run(&args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(!output.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn a_usage_error_says_what_is_wrong_and_how_to_call() {
    let output = run(&["check", "--today", "2025-02-30"], "");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--today"), "{stderr}");
    assert!(stderr.contains("not a real date"), "{stderr}");
    assert!(stderr.contains("--help"), "{stderr}");
    let output = run(&["check", "--colour"], "");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("'--colour'"), "{stderr}");
    assert!(stderr.contains("Usage: eid-form check"), "{stderr}");
    let output = run(&["verify"], "");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("'verify'"), "{stderr}");
    assert!(stderr.contains("Usage: eid-form"), "{stderr}");
}

#[test]
fn help_lists_the_commands_and_their_options_and_exits_0() {
    for (args, words) in [
        (
            vec!["--help"],
            vec!["Usage: eid-form", "check", "generate", "--version"],
        ),
        (vec!["-h"], vec!["Usage: eid-form", "check", "generate"]),
        (vec!["help"], vec!["Usage: eid-form", "check", "generate"]),
        (
            vec!["check", "--help"],
            vec![
                "Usage: eid-form check [OPTIONS] [FILE]",
                "--today <YYYY-MM-DD>",
                "--locale <TAG>",
                "[default: en]",
                "Exit status: 0 all valid, 1 some invalid, 2 usage error",
            ],
        ),
        (vec!["help", "check"], vec!["Usage: eid-form check"]),
        (
            vec!["generate", "--help"],
            vec![
                "Usage: eid-form generate",
                "--count <N>",
                "[default: 1000]",
                "--seed <S>",
            ],
        ),
    ] {
        let output = run(&args, "");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        let stdout = String::from_utf8(output.stdout).unwrap();
        for word in words {
            assert!(stdout.contains(word), "{args:?}: {word:?} in\n{stdout}");
        }
        assert!(output.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn version_prints_the_crate_version_and_exits_0() {
    for flag in ["--version", "-V"] {
        let output = run(&[flag], "");
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(
            String::from_utf8(output.stdout).unwrap(),
            format!("eid-form {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

/// Applications from `generate`, as one string of JSON Lines.
fn generated(count: usize) -> String {
    let output = run(&["generate", "--count", &count.to_string()], "");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn no_progress_is_drawn_when_stderr_is_not_a_terminal() {
    let input = generated(2500);
    let file =
        std::env::temp_dir().join(format!("eid-form-cli-quiet-{}.jsonl", std::process::id()));
    std::fs::write(&file, &input).unwrap();
    let stdin = std::fs::File::open(&file).unwrap();
    // A file named, standard input from a pipe, standard input from a file.
    let outputs = [
        run(
            &["check", "--today", "2025-07-01", file.to_str().unwrap()],
            "",
        ),
        run(&["check", "--today", "2025-07-01"], &input),
        Command::new(BINARY)
            .args(["check", "--today", "2025-07-01"])
            .stdin(stdin)
            .output()
            .unwrap(),
    ];
    std::fs::remove_file(&file).unwrap();
    for output in outputs {
        assert_eq!(reports(&output).len(), 2500);
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.starts_with("eid-form: checked 2500: "), "{stderr:?}");
        assert_eq!(stderr.matches('\n').count(), 1, "{stderr:?}");
        assert!(stderr.ends_with('\n'), "{stderr:?}");
        assert!(!stderr.contains(['\r', '\u{1b}']), "{stderr:?}");
    }
}

#[test]
fn generate_is_deterministic_and_every_line_gets_a_report() {
    let first = run(&["generate", "--count", "200", "--seed", "9"], "");
    let again = run(&["generate", "--count", "200", "--seed", "9"], "");
    let other = run(&["generate", "--count", "200", "--seed", "10"], "");
    assert_eq!(first.status.code(), Some(0));
    assert_eq!(first.stdout, again.stdout);
    assert_ne!(first.stdout, other.stdout);
    let lines = String::from_utf8(first.stdout).unwrap();
    assert_eq!(lines.lines().count(), 200);
    let checked = run(&["check", "--today", "2025-07-01"], &lines);
    let got = reports(&checked);
    assert_eq!(got.len(), 200);
    assert!(got.iter().any(|r| r["valid"] == true) && got.iter().any(|r| r["valid"] == false));
    assert_eq!(
        run(&["generate", "--count", "many"], "").status.code(),
        Some(2)
    );
}

/// The checker with stderr on a pseudo-terminal: what the terminal received.
#[cfg(unix)]
fn run_on_a_terminal(args: &[&str], stdin: Stdio) -> (Output, String) {
    use rustix::fs::{Mode, OFlags};
    use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
    use std::io::Read;
    let controller = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap();
    grantpt(&controller).unwrap();
    unlockpt(&controller).unwrap();
    let name = ptsname(&controller, Vec::new()).unwrap();
    let terminal = rustix::fs::open(
        name.as_c_str(),
        OFlags::RDWR | OFlags::NOCTTY,
        Mode::empty(),
    )
    .unwrap();
    let mut screen = std::fs::File::from(controller);
    // Read while the child writes: a full terminal buffer would block it.
    let reader = std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buffer = [0u8; 4096];
        // Ends with EIO once the last holder of the terminal side has exited.
        while let Ok(n @ 1..) = screen.read(&mut buffer) {
            seen.extend_from_slice(&buffer[..n]);
        }
        seen
    });
    let child = Command::new(BINARY)
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::from(terminal))
        .spawn()
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let seen = reader.join().unwrap();
    (output, String::from_utf8_lossy(&seen).into_owned())
}

#[cfg(unix)]
#[test]
fn a_progress_bar_by_bytes_is_drawn_when_stderr_is_a_terminal_and_the_size_known() {
    let input = generated(2500);
    let file = std::env::temp_dir().join(format!("eid-form-cli-bar-{}.jsonl", std::process::id()));
    std::fs::write(&file, &input).unwrap();
    let stdin = std::fs::File::open(&file).unwrap();
    let (named, named_screen) = run_on_a_terminal(
        &["check", "--today", "2025-07-01", file.to_str().unwrap()],
        Stdio::null(),
    );
    let (redirected, redirected_screen) =
        run_on_a_terminal(&["check", "--today", "2025-07-01"], Stdio::from(stdin));
    std::fs::remove_file(&file).unwrap();
    for (output, screen) in [(named, named_screen), (redirected, redirected_screen)] {
        assert_eq!(reports(&output).len(), 2500);
        assert!(
            screen.contains("[##############################] 100% 2500 checked, "),
            "{screen:?}"
        );
        assert!(screen.contains("eid-form: checked 2500: "), "{screen:?}");
        // The summary stands on its own line after the bar.
        let summary = screen.find("eid-form: checked").unwrap();
        assert!(screen[..summary].ends_with('\n'), "{screen:?}");
    }
}

#[cfg(unix)]
#[test]
fn a_running_count_is_drawn_when_stderr_is_a_terminal_and_the_size_unknown() {
    let input = generated(2500);
    let mut feeder = Command::new("cat")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pipe = Stdio::from(feeder.stdout.take().unwrap());
    let mut writer = feeder.stdin.take().unwrap();
    let thread = std::thread::spawn(move || writer.write_all(input.as_bytes()));
    let (output, screen) = run_on_a_terminal(&["check", "--today", "2025-07-01"], pipe);
    thread.join().unwrap().unwrap();
    feeder.wait().unwrap();
    assert_eq!(reports(&output).len(), 2500);
    assert!(screen.contains(" 2500 checked, "), "{screen:?}");
    assert!(!screen.contains('%'), "{screen:?}");
    assert!(screen.contains("eid-form: checked 2500: "), "{screen:?}");
}

/// The generated applications the core's differential test of `validate_field`
/// takes its values from (`tests/vectors/generated.jsonl`) are exactly what
/// `generate` writes, so the fixture cannot drift from the generator.
#[test]
fn the_committed_generated_applications_are_current() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/vectors/generated.jsonl"
    );
    let committed = std::fs::read_to_string(path).unwrap();
    let output = run(&["generate", "--count", "200", "--seed", "12"], "");
    assert!(output.status.success());
    assert!(
        String::from_utf8(output.stdout).unwrap() == committed,
        "tests/vectors/generated.jsonl is stale: eid-form generate --count 200 --seed 12 > tests/vectors/generated.jsonl"
    );
}
