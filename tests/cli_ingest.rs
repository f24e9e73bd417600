//! `selfheal ingest` as scripts use it: the real binary, stdin or a file, the JSON contract.

use std::io::Write;
use std::process::{Command, Stdio};

fn selfheal(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_selfheal"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

const LOG: &[u8] = b"make: entering\n./docs/guide.md:12:3: warning: line too long\nconfig/app.yaml:4: error: unknown key \xff'timout'\n";

#[test]
fn json_lines_carry_exactly_the_contract_fields() {
    let (code, stdout, _) = selfheal(&["ingest", "--json", "--cwd", "/work/proj"], LOG);
    assert_eq!(code, 0);
    let records: Vec<serde_json::Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is one JSON object"))
        .collect();
    assert_eq!(records.len(), 2);
    let fields: Vec<&str> = records[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec![
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "severity",
        "code",
        "message",
        "tool",
        "fingerprint",
        "shape",
        "pattern_id",
    ];
    let mut actual = fields.clone();
    expected.sort_unstable();
    actual.sort_unstable();
    assert_eq!(actual, expected);
    assert_eq!(records[0]["file"], "/work/proj/docs/guide.md");
    assert_eq!(records[0]["line"], 12);
    assert_eq!(records[0]["column"], 3);
    assert_eq!(records[0]["severity"], "warning");
    assert_eq!(records[0]["pattern_id"], serde_json::Value::Null);
    assert_eq!(records[1]["message"], "unknown key \u{fffd}'timout'");
    assert_eq!(records[1]["column"], serde_json::Value::Null);
    assert_eq!(records[1]["fingerprint"].as_str().unwrap().len(), 64);
}

#[test]
fn readable_list_ends_with_a_count() {
    let (code, stdout, _) = selfheal(&["ingest", "--cwd", "/p", "-"], LOG);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("/p/docs/guide.md:12:3: warning: line too long (generic)"),
        "{stdout}"
    );
    assert!(
        stdout.ends_with("1 error, 1 warning, 0 notes recognised\n"),
        "{stdout}"
    );
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let (code, stdout, stderr) = selfheal(&["ingest", "/definitely/not/here.log"], b"");
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("cannot read /definitely/not/here.log"),
        "{stderr}"
    );
}

#[test]
fn reads_a_file_argument() {
    let path = std::env::temp_dir().join(format!("selfheal-ingest-{}.log", std::process::id()));
    std::fs::write(&path, LOG).unwrap();
    let (code, stdout, _) = selfheal(&["ingest", "--json", path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, 0);
    assert_eq!(stdout.lines().count(), 2);
}
