//! Terminal output and tasks, over stdio: real `cargo build` output forwarded as captured
//! terminal output becomes diagnostics whose quick fix makes the build pass; a clean run of the
//! same command clears them; `selfheal.runTask` runs a command with progress, publishes what it
//! found, and stops when cancelled.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::{actions_titled, apply_text_edits, file_uri, Encoding, LspClient};

const BROKEN_MAIN: &str = "fn main() {\n    let mut counts: HashMap<String, u32> = HashMap::new();\n    counts.insert(\"a\".to_string(), 1);\n    println!(\"{}\", counts.len());\n}\n";

/// Runs `cargo build` in `crate_dir`; its exit code and everything it printed.
fn cargo_build(crate_dir: &Path) -> (i32, String) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let output = Command::new(cargo)
        .args(["build", "--offline", "--quiet"])
        .current_dir(crate_dir)
        .env("CARGO_TARGET_DIR", crate_dir.join("target"))
        .env("CARGO_TERM_COLOR", "always")
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo");
    let mut printed = String::from_utf8_lossy(&output.stdout).into_owned();
    printed.push_str(&String::from_utf8_lossy(&output.stderr));
    (output.status.code().unwrap_or(1), printed)
}

fn capture(client: &mut LspClient, cwd: &Path, command_line: &str, exit_code: i32, output: &str) {
    client.notify(
        "selfheal/didCaptureOutput",
        json!({"origin": "terminal", "cwd": cwd, "commandLine": command_line,
               "exitCode": exit_code, "output": output, "truncated": false}),
    );
}

/// A server, and a crate in its home whose `src/main.rs` (`BROKEN_MAIN`) is open in it: the
/// client, the crate's directory, the file and its uri.
fn broken_crate_open() -> (LspClient, PathBuf, PathBuf, String) {
    let mut client = LspClient::spawn();
    client.initialize_default();
    let crate_dir = client.home.path().join("counter");
    std::fs::create_dir_all(crate_dir.join("src")).unwrap();
    std::fs::write(
        crate_dir.join("Cargo.toml"),
        "[package]\nname = \"counter\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n",
    )
    .unwrap();
    let main = crate_dir.join("src/main.rs");
    std::fs::write(&main, BROKEN_MAIN).unwrap();
    let uri = file_uri(&main);
    client.open(&uri, "rust", 1, BROKEN_MAIN);
    (client, crate_dir, main, uri)
}

#[test]
fn real_cargo_output_becomes_diagnostics_whose_fix_makes_the_build_pass() {
    let (mut client, crate_dir, main, uri) = broken_crate_open();

    let (exit_code, output) = cargo_build(&crate_dir);
    assert_ne!(exit_code, 0, "the crate is broken: {output}");
    capture(&mut client, &crate_dir, "cargo build", exit_code, &output);
    let published = client.notification("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    let diagnostics = published["diagnostics"].as_array().unwrap().clone();
    assert!(!diagnostics.is_empty(), "{output}");
    assert!(diagnostics.iter().all(|d| d["source"] == "selfheal"));
    let hash_map = BROKEN_MAIN.find("HashMap").unwrap();
    let first = &diagnostics[0];
    assert_eq!(
        first["range"]["start"],
        support::position_of(BROKEN_MAIN, hash_map, Encoding::Utf16),
        "{first:#}"
    );

    // The editor asks for fixes of what it shows.
    let response = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": first["range"],
                   "context": {"diagnostics": diagnostics}}),
        )
        .expect("codeAction");
    let actions = actions_titled(&response, "Import `std::collections::HashMap`");
    assert_eq!(
        actions.len(),
        1,
        "one action for E0412 and E0433 alike: {response:#}"
    );
    let change = &actions[0]["edit"]["documentChanges"][0];
    assert_eq!(change["textDocument"]["version"], 1);
    let fixed = apply_text_edits(
        BROKEN_MAIN,
        change["edits"].as_array().unwrap(),
        Encoding::Utf16,
    );
    assert!(
        fixed.starts_with("use std::collections::HashMap;\n"),
        "{fixed}"
    );

    // The hover explains it.
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": first["range"]["start"]}),
        )
        .expect("hover");
    assert!(hover["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .contains("live in\n`std::collections`"));

    // Applying the edit makes the build pass; the clean run clears the diagnostics.
    std::fs::write(&main, &fixed).unwrap();
    let (exit_code, output) = cargo_build(&crate_dir);
    assert_eq!(exit_code, 0, "the fix made the build pass: {output}");
    capture(&mut client, &crate_dir, "cargo build", exit_code, &output);
    let cleared = client.notification("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    assert_eq!(cleared["diagnostics"], json!([]));
    client.shutdown();
}

/// A line added above a published error moves its diagnostic (and its fix) with it; an edit
/// on the error's own line before it moves it along the line.
#[test]
fn diagnostics_move_with_lines_added_above_them() {
    let (mut client, crate_dir, main, uri) = broken_crate_open();
    let (exit_code, output) = cargo_build(&crate_dir);
    capture(&mut client, &crate_dir, "cargo build", exit_code, &output);
    let published = client.notification("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    let before: Vec<u64> = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["range"]["start"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(before, vec![1, 1], "{published:#}");

    // Two lines of comment above everything: every diagnostic moves down by two.
    let comment = "// counts words\n// and prints them\n";
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
             "text": comment}]}),
    );
    let moved = client.notification("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    assert_eq!(moved["version"], 2);
    let diagnostics = moved["diagnostics"].as_array().unwrap().clone();
    let after: Vec<u64> = diagnostics
        .iter()
        .map(|d| d["range"]["start"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(after, vec![3, 3]);
    let text = format!("{comment}{BROKEN_MAIN}");
    let column = text.lines().nth(3).unwrap().find("HashMap").unwrap();
    assert_eq!(diagnostics[0]["range"]["start"]["character"], column);

    // The moved diagnostic's fix is made against the moved text, and it makes the build pass.
    let response = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": diagnostics[0]["range"],
                   "context": {"diagnostics": []}}),
        )
        .expect("codeAction");
    let actions = actions_titled(&response, "Import `std::collections::HashMap`");
    assert_eq!(actions.len(), 1, "{response:#}");
    let change = &actions[0]["edit"]["documentChanges"][0];
    assert_eq!(change["textDocument"]["version"], 2);
    let fixed = apply_text_edits(&text, change["edits"].as_array().unwrap(), Encoding::Utf16);
    std::fs::write(&main, &fixed).unwrap();
    let (exit_code, output) = cargo_build(&crate_dir);
    assert_eq!(exit_code, 0, "{fixed}\n{output}");

    // Typing before the error on its own line moves it along the line.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
            {"range": {"start": {"line": 3, "character": 4}, "end": {"line": 3, "character": 4}},
             "text": "/* note */"}]}),
    );
    let moved = client.notification("textDocument/publishDiagnostics", |p| p["version"] == 3);
    assert_eq!(moved["diagnostics"][0]["range"]["start"]["line"], 3);
    assert_eq!(
        moved["diagnostics"][0]["range"]["start"]["character"],
        column + "/* note */".len()
    );
    client.shutdown();
}

/// Neovim's `O` on the error's line opens a line above it, and `dd` on the line above deletes
/// it: both edits end on the error's line, before it, and the error moves with its text.
#[test]
fn diagnostics_move_with_a_line_opened_or_deleted_right_above_them() {
    let (mut client, crate_dir, main, uri) = broken_crate_open();
    let (exit_code, output) = cargo_build(&crate_dir);
    capture(&mut client, &crate_dir, "cargo build", exit_code, &output);
    let published = client.notification("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    let first = published["diagnostics"][0]["range"]["start"].clone();
    assert_eq!(first["line"], 1, "{published:#}");

    // `O` on line 2 (0-based 1), then typing a comment: the text lands at (1, 0).
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}},
             "text": "    // the counts\n"}]}),
    );
    let moved = client.notification("textDocument/publishDiagnostics", |p| p["version"] == 2);
    assert_eq!(
        moved["diagnostics"][0]["range"]["start"]["line"], 2,
        "{moved:#}"
    );
    assert_eq!(
        moved["diagnostics"][0]["range"]["start"]["character"],
        first["character"]
    );

    // `dd` on that comment line: (1, 0)–(2, 0) removed.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
            {"range": {"start": {"line": 1, "character": 0}, "end": {"line": 2, "character": 0}},
             "text": ""}]}),
    );
    let moved = client.notification("textDocument/publishDiagnostics", |p| p["version"] == 3);
    let diagnostics = moved["diagnostics"].as_array().unwrap().clone();
    assert_eq!(diagnostics[0]["range"]["start"], first, "{moved:#}");

    // Back where it was, its fix still makes the build pass.
    let response = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": diagnostics[0]["range"],
                   "context": {"diagnostics": []}}),
        )
        .expect("codeAction");
    let actions = actions_titled(&response, "Import `std::collections::HashMap`");
    assert_eq!(actions.len(), 1, "{response:#}");
    let change = &actions[0]["edit"]["documentChanges"][0];
    let fixed = apply_text_edits(
        BROKEN_MAIN,
        change["edits"].as_array().unwrap(),
        Encoding::Utf16,
    );
    std::fs::write(&main, &fixed).unwrap();
    let (exit_code, output) = cargo_build(&crate_dir);
    assert_eq!(exit_code, 0, "{fixed}\n{output}");
    client.shutdown();
}

#[test]
fn run_task_reports_progress_publishes_and_can_be_cancelled() {
    let mut client = LspClient::spawn();
    client.initialize(
        support::default_capabilities(),
        json!({"taskCommands": {"check": "cat build.log; exit 101", "slow": "sleep 30"}}),
    );
    let project = client.home.path().join("proj");
    std::fs::create_dir_all(project.join("src")).unwrap();
    std::fs::write(
        project.join("src/lib.rs"),
        "pub fn f() -> u32 {\n    x\n}\n",
    )
    .unwrap();
    std::fs::write(
        project.join("build.log"),
        "error[E0425]: cannot find value `x` in this scope\n --> src/lib.rs:2:5\n  |\n2 |     x\n  |     ^ not found in this scope\n",
    )
    .unwrap();
    let result = client
        .request(
            "workspace/executeCommand",
            json!({"command": "selfheal.runTask", "arguments": [{"command": "check", "cwd": project}]}),
        )
        .expect("runTask");
    assert_eq!(result["exitCode"], 101);
    assert_eq!(result["recognised"], 1);
    assert_eq!(result["files"], 1);
    let create = client.notification("window/workDoneProgress/create", |_| true);
    let token = create["token"].clone();
    let progress = client.drain_notifications("$/progress");
    let kinds: Vec<&Value> = progress
        .iter()
        .filter(|p| p["token"] == token)
        .map(|p| &p["value"]["kind"])
        .collect();
    assert_eq!(kinds.first(), Some(&&json!("begin")), "{progress:#?}");
    assert_eq!(kinds.last(), Some(&&json!("end")), "{progress:#?}");
    let uri = file_uri(&project.join("src/lib.rs"));
    let published = client.notification("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    assert_eq!(published["diagnostics"][0]["code"], "E0425");

    // $/cancelRequest stops a running task.
    let started = Instant::now();
    let id = client.send_request(
        "workspace/executeCommand",
        json!({"command": "selfheal.runTask", "arguments": ["slow"]}),
    );
    std::thread::sleep(Duration::from_millis(300));
    client.notify("$/cancelRequest", json!({"id": id}));
    let cancelled = client.response(id).expect_err("cancelled");
    assert_eq!(cancelled["code"], -32800);
    // The progress's cancel button stops one too.
    let id = client.send_request(
        "workspace/executeCommand",
        json!({"command": "selfheal.runTask", "arguments": ["slow"],
               "workDoneToken": "cancel-me"}),
    );
    client.notification("$/progress", |p| p["token"] == "cancel-me");
    client.notify(
        "window/workDoneProgress/cancel",
        json!({"token": "cancel-me"}),
    );
    let stopped = client.response(id).expect("answered");
    assert_eq!(stopped["cancelled"], true);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "nothing waited for `sleep 30`"
    );
    client.shutdown();
}
