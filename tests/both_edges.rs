//! The CLI and the language server give the same answer for the same error: a table over the
//! recorded real tool outputs in `tests/fixtures` (each replayed with `cat output.txt` in a copy
//! of its program). For every case:
//!
//! - the CLI: `selfheal run --report` (the pattern of each error) and `selfheal heal --dry-run
//!   --report` (the fix it would make first);
//! - the language server fed the same output as terminal output (`selfheal/didCaptureOutput`):
//!   each published diagnostic's pattern, and the first edit quick fix for the error heal chose;
//! - a second server fed the same errors as diagnostics another tool published
//!   (`selfheal/didChangeExternalDiagnostics`, source = the tool): the pattern its hover
//!   explains and its first edit quick fix.
//!
//! All three must agree. The forwarded copy keeps what rust-analyzer keeps when it forwards
//! rustc's errors: message, code, range, and related information (notes as `help: …`, the tool's
//! suggestions as `message: `replacement`` at their span).

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::{json, Value};
use support::{default_capabilities, LspClient, TempDir};

/// The table must hold at least this many cases.
const AT_LEAST_CASES: usize = 40;

#[test]
fn the_cli_and_the_language_server_agree_on_recorded_outputs() {
    let cases = fixture_cases();
    let rows: Vec<Row> = std::thread::scope(|scope| {
        let chunks: Vec<&[PathBuf]> = cases.chunks(cases.len().div_ceil(4).max(1)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || chunk.iter().filter_map(|c| compare(c)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().expect("a comparison thread panicked"))
            .collect()
    });
    let mut table = String::new();
    let mut disagreements = Vec::new();
    for row in &rows {
        table.push_str(&format!(
            "{:<45} {:<40} {:<45} {}\n",
            row.case,
            row.pattern.as_deref().unwrap_or("-"),
            row.first_fix.as_deref().unwrap_or("-"),
            match row.problems.is_empty() {
                true => "same",
                false => "DIFFERENT",
            }
        ));
        if !row.problems.is_empty() {
            disagreements.push(format!("{}: {}", row.case, row.problems.join("; ")));
        }
    }
    eprintln!("{table}");
    eprintln!(
        "{} cases, {} with a fix heal chose, {} disagreeing",
        rows.len(),
        rows.iter().filter(|row| row.first_fix.is_some()).count(),
        disagreements.len()
    );
    let with_fix = rows.iter().filter(|row| row.first_fix.is_some()).count();
    assert!(
        rows.len() >= AT_LEAST_CASES,
        "only {} recorded outputs with a recognised error on a file:\n{table}",
        rows.len()
    );
    assert!(
        with_fix >= AT_LEAST_CASES / 2,
        "only {with_fix} cases where heal chose a fix:\n{table}"
    );
    assert!(
        disagreements.is_empty(),
        "the edges disagree:\n{}",
        disagreements.join("\n")
    );
}

/// One case of the table.
struct Row {
    case: String,
    /// The pattern of the first recognised error on a file.
    pattern: Option<String>,
    /// The fix heal chose first.
    first_fix: Option<String>,
    problems: Vec<String>,
}

/// Every recorded fixture with a program beside its output.
fn fixture_cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut cases = Vec::new();
    for family in read_dir_sorted(&root) {
        for case in read_dir_sorted(&family) {
            if case.join("output.txt").is_file() && case.join("cmd").is_file() {
                cases.push(case);
            }
        }
    }
    cases
}

fn read_dir_sorted(directory: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(directory)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    entries.sort();
    entries
}

/// Copies a case, replays it through both edges; `None` when nothing in it is recognised on a
/// file (nothing for the server to publish).
fn compare(case: &Path) -> Option<Row> {
    let name = format!(
        "{}/{}",
        case.parent()?.file_name()?.to_string_lossy(),
        case.file_name()?.to_string_lossy()
    );
    let work = TempDir::new("both-edges");
    copy_directory(case, work.path());
    // The recording's absolute paths point at where it was recorded: point them at the copy.
    let recorded = std::fs::read_to_string(case.join("output.txt")).ok()?;
    let relative = format!("tests/fixtures/{name}");
    let output = rebase_paths(&recorded, &relative, work.path());
    std::fs::write(work.path().join("output.txt"), &output).ok()?;

    // The CLI.
    let run_report = cli_report(work.path(), &["run", "--report"]);
    let heal_report = cli_report(work.path(), &["heal", "--dry-run", "--report"]);
    let patterns_by_fingerprint: BTreeMap<String, Option<String>> = run_report["errors"]
        .as_array()?
        .iter()
        .map(|error| {
            (
                error["fingerprint"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                error["pattern_id"].as_str().map(str::to_string),
            )
        })
        .collect();
    // Nothing on a file: nothing for a server to publish.
    let on_a_file = run_report["errors"]
        .as_array()?
        .iter()
        .any(|error| error["file"].is_string() && error["line"].is_number());
    if !on_a_file {
        return None;
    }
    let planned: Vec<(String, String)> = heal_report["planned"]
        .as_array()?
        .iter()
        .filter(|plan| plan["kind"] == "edit")
        .map(|plan| {
            (
                plan["fingerprint"].as_str().unwrap_or_default().to_string(),
                plan["fix_key"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();

    // The language server, fed the output as terminal output.
    let mut server = LspClient::spawn_in(TempDir::new("both-edges-home"));
    server.initialize(default_capabilities(), json!({"minConfidence": 0.5}));
    server.notify(
        "selfheal/didCaptureOutput",
        json!({"origin": "terminal", "cwd": work.path().display().to_string(),
               "commandLine": "cat output.txt", "exitCode": 1, "output": output, "truncated": false}),
    );
    let published = published_diagnostics(&mut server);
    if published.is_empty() {
        return None;
    }
    let mut problems = Vec::new();
    let mut row = Row {
        case: name,
        pattern: None,
        first_fix: planned.first().map(|(_, key)| key.clone()),
        problems: Vec::new(),
    };
    for (_, diagnostic) in &published {
        let fingerprint = diagnostic["data"]["fingerprint"]
            .as_str()
            .unwrap_or_default();
        let pattern = diagnostic["data"]["patternId"].as_str().map(str::to_string);
        row.pattern = row.pattern.take().or_else(|| pattern.clone());
        match patterns_by_fingerprint.get(fingerprint) {
            Some(cli) if cli == &pattern => {}
            Some(cli) => problems.push(format!(
                "pattern: cli {cli:?}, terminal output in the server {pattern:?}"
            )),
            None => problems.push(format!(
                "the server published {:?}, which `selfheal run` did not report",
                diagnostic["message"]
            )),
        }
    }

    // The first fix, for each error heal chose one for, in both servers.
    let mut forwarded = LspClient::spawn_in(TempDir::new("both-edges-forwarded"));
    forwarded.initialize(default_capabilities(), json!({"minConfidence": 0.5}));
    let mut opened: Vec<String> = Vec::new();
    let mut forwarded_uris: Vec<String> = Vec::new();
    for (fingerprint, fix_key) in &planned {
        let Some((uri, diagnostic)) = published
            .iter()
            .find(|(_, d)| d["data"]["fingerprint"] == json!(fingerprint))
        else {
            problems.push(format!(
                "heal chose {fix_key} for an error the server did not publish"
            ));
            continue;
        };
        if !opened.contains(uri) {
            let text =
                std::fs::read_to_string(uri.trim_start_matches("file://")).unwrap_or_default();
            server.open(uri, language_of(uri), 1, &text);
            forwarded.open(uri, language_of(uri), 1, &text);
            opened.push(uri.clone());
        }
        match first_edit_fix(&mut server, uri, diagnostic) {
            Some(key) if &key == fix_key => {}
            other => problems.push(format!(
                "first fix: heal {fix_key}, terminal output in the server {other:?}"
            )),
        }
        // As another tool would publish it.
        let foreign = as_another_tool_publishes_it(diagnostic);
        if !forwarded_uris.contains(uri) {
            let all: Vec<Value> = published
                .iter()
                .filter(|(u, _)| u == uri)
                .map(|(_, d)| as_another_tool_publishes_it(d))
                .collect();
            forwarded.notify(
                "selfheal/didChangeExternalDiagnostics",
                json!({"uri": uri, "version": 1, "origin": "both-edges", "diagnostics": all}),
            );
            forwarded_uris.push(uri.clone());
        }
        let expected_pattern = patterns_by_fingerprint
            .get(fingerprint.as_str())
            .cloned()
            .flatten();
        let hover = forwarded
            .request(
                "textDocument/hover",
                json!({"textDocument": {"uri": uri}, "position": foreign["range"]["start"]}),
            )
            .unwrap_or(Value::Null);
        let explained = hover["contents"]["value"].as_str().unwrap_or_default();
        if let Some(pattern) = &expected_pattern {
            if !explained.contains(&format!("`{pattern}`")) {
                problems.push(format!(
                    "pattern: cli {pattern}, forwarded diagnostic's hover explains {:?}",
                    explained.lines().take(2).collect::<Vec<_>>()
                ));
            }
        }
        match first_edit_fix(&mut forwarded, uri, &foreign) {
            Some(key) if &key == fix_key => {}
            other => problems.push(format!(
                "first fix: heal {fix_key}, forwarded diagnostic {other:?}"
            )),
        }
    }
    server.shutdown();
    forwarded.shutdown();
    row.problems = problems;
    Some(row)
}

/// selfheal's diagnostic as the tool's own language server would publish it: its source the
/// tool, no selfheal data.
fn as_another_tool_publishes_it(diagnostic: &Value) -> Value {
    let mut foreign = diagnostic.clone();
    foreign["source"] = diagnostic["data"]["tool"].clone();
    if let Some(fields) = foreign.as_object_mut() {
        fields.remove("data");
    }
    foreign
}

/// `selfheal ARGS report.json -- cat output.txt` in `directory` with a memory of its own; the
/// report.
fn cli_report(directory: &Path, arguments: &[&str]) -> Value {
    let home = TempDir::new("both-edges-cli");
    let report = home.path().join("report.json");
    let output = Command::new(env!("CARGO_BIN_EXE_selfheal"))
        .args(arguments)
        .arg(&report)
        .args(["--", "cat", "output.txt"])
        .current_dir(directory)
        .env("SELFHEAL_HOME", home.path())
        .env_remove("CI")
        .env_remove("GITHUB_ACTIONS")
        .output()
        .expect("run selfheal");
    let text = std::fs::read_to_string(&report).unwrap_or_else(|_| {
        panic!(
            "no report from selfheal {arguments:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    serde_json::from_str(&text).expect("the report is JSON")
}

/// Every diagnostic published after a run, with its document, once they stop coming.
fn published_diagnostics(server: &mut LspClient) -> Vec<(String, Value)> {
    let mut latest: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut wait = Duration::from_secs(5);
    while let Some(params) =
        server.notification_within("textDocument/publishDiagnostics", wait, |_| true)
    {
        let uri = params["uri"].as_str().unwrap_or_default().to_string();
        let diagnostics = params["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        latest.insert(uri, diagnostics);
        wait = Duration::from_millis(300);
    }
    latest
        .into_iter()
        .flat_map(|(uri, diagnostics)| diagnostics.into_iter().map(move |d| (uri.clone(), d)))
        .collect()
}

/// The fix key of the first quick fix that edits, for one diagnostic.
fn first_edit_fix(server: &mut LspClient, uri: &str, diagnostic: &Value) -> Option<String> {
    let actions = server
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": diagnostic["range"],
                   "context": {"diagnostics": [diagnostic], "only": ["quickfix"]}}),
        )
        .ok()?;
    actions
        .as_array()?
        .iter()
        .find(|action| action.get("edit").is_some())
        .and_then(|action| action["data"]["fixKey"].as_str())
        .map(str::to_string)
}

fn language_of(uri: &str) -> &'static str {
    match Path::new(uri).extension().and_then(|e| e.to_str()) {
        Some("rs") => "rust",
        Some("py") => "python",
        Some("ts") => "typescript",
        Some("js" | "mjs" | "cjs") => "javascript",
        Some("go") => "go",
        Some("c" | "h") => "c",
        Some("cpp" | "cc" | "hpp") => "cpp",
        Some("java") => "java",
        Some("toml") => "toml",
        _ => "plaintext",
    }
}

/// `text` with every absolute path that ended in `relative` (the case's place in the
/// repository where it was recorded) pointing at `to`.
fn rebase_paths(text: &str, relative: &str, to: &Path) -> String {
    let mut result = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(found) = rest.find(relative) {
        let before = &rest[..found];
        // The absolute prefix: back to the start of the path.
        let start = before
            .rfind(|c: char| c.is_whitespace() || "\"'(<`".contains(c))
            .map_or(0, |i| i + 1);
        result.push_str(&before[..start]);
        result.push_str(&to.display().to_string());
        rest = &rest[found + relative.len()..];
    }
    result.push_str(rest);
    result
}

fn copy_directory(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read a fixture").flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        match path.is_dir() {
            true => {
                std::fs::create_dir_all(&target).expect("create a directory");
                copy_directory(&path, &target);
            }
            false => {
                std::fs::copy(&path, &target).expect("copy a fixture file");
            }
        }
    }
}
