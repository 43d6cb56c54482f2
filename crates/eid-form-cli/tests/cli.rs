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
        vec!["check", "--today"],
        vec!["check", "--colour"],
        vec!["verify"],
        vec![],
        vec!["check", "/nonexistent/applications.jsonl"],
        vec!["check", "a.jsonl", "b.jsonl"],
    ] {
        let output = run(&args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(!output.stderr.is_empty(), "{args:?}");
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
