//! Quick fixes, hovers and learning, over stdio: a forwarded Pyright diagnostic gets the
//! `import json` fix where Python imports go, carrying the document's version; the hover explains
//! it; applying it is watched and ends as a success (or a revert when undone); learned fixes are
//! preferred and make up fix-all on save, which is off unless configured.

mod support;

use serde_json::{json, Value};
use support::{actions_titled, apply_text_edits, file_uri, Encoding, LspClient, TempDir};

const SCRIPT: &str = "\"\"\"Report tool.\"\"\"\nimport os\nimport sys\n\n\ndef main():\n    print(json.dumps({\"cwd\": os.getcwd()}), file=sys.stderr)\n";

/// Pyright's diagnostic for `json` on line 6 of `SCRIPT`.
fn pyright_json() -> Value {
    json!({
        "range": {"start": {"line": 6, "character": 10}, "end": {"line": 6, "character": 14}},
        "severity": 1,
        "source": "Pyright",
        "code": "reportUndefinedVariable",
        "message": "\"json\" is not defined",
    })
}

fn code_actions(
    client: &mut LspClient,
    uri: &str,
    context: Vec<Value>,
    only: Option<Vec<&str>>,
) -> Value {
    let mut context = json!({"diagnostics": context});
    if let Some(only) = only {
        context["only"] = json!(only);
    }
    client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri},
                   "range": {"start": {"line": 6, "character": 11}, "end": {"line": 6, "character": 11}},
                   "context": context}),
        )
        .expect("codeAction answers")
}

fn forward(client: &mut LspClient, uri: &str, version: i32, diagnostics: Vec<Value>) {
    client.notify(
        "selfheal/didChangeExternalDiagnostics",
        json!({"uri": uri, "version": version, "origin": "test", "diagnostics": diagnostics}),
    );
}

/// The stats, once `ready` accepts them (outcomes are written in the background).
fn stats_when(client: &mut LspClient, ready: impl Fn(&Value) -> bool) -> Value {
    for _ in 0..100 {
        let stats = client
            .request(
                "workspace/executeCommand",
                json!({"command": "selfheal.stats", "arguments": []}),
            )
            .expect("stats");
        if ready(&stats) {
            return stats;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("the stats never became ready");
}

#[test]
fn a_forwarded_pyright_diagnostic_gets_import_json_where_imports_go() {
    let mut client = LspClient::spawn();
    client.initialize_default();
    let path = client.home.path().join("report.py");
    std::fs::write(&path, SCRIPT).unwrap();
    let uri = file_uri(&path);
    client.open(&uri, "python", 7, SCRIPT);
    forward(&mut client, &uri, 7, vec![pyright_json()]);

    // Neovim: no diagnostics in the context; the forwarded one is found by the range.
    let response = code_actions(&mut client, &uri, Vec::new(), None);
    let actions = actions_titled(&response, "Add `import json`");
    assert_eq!(actions.len(), 1, "{response:#}");
    let action = actions[0];
    assert_eq!(action["kind"], "quickfix");
    assert!(
        action.get("isPreferred").is_none(),
        "a prior is not a learned fix"
    );
    let change = &action["edit"]["documentChanges"][0];
    assert_eq!(change["textDocument"]["uri"], uri.as_str());
    assert_eq!(change["textDocument"]["version"], 7);
    let edits = change["edits"].as_array().unwrap();
    let fixed = apply_text_edits(SCRIPT, edits, Encoding::Utf16);
    assert_eq!(
        fixed,
        SCRIPT.replace("import sys\n", "import sys\nimport json\n"),
        "after the last import"
    );
    assert_eq!(action["command"]["command"], "selfheal.recordOutcome");

    // VS Code: the diagnostic comes in the context; the same fix, once.
    let response = code_actions(&mut client, &uri, vec![pyright_json()], None);
    assert_eq!(actions_titled(&response, "Add `import json`").len(), 1);

    // The hover explains it.
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 6, "character": 12}}),
        )
        .expect("hover");
    let text = hover["contents"]["value"].as_str().unwrap_or_default();
    assert_eq!(hover["contents"]["kind"], "markdown");
    assert!(
        text.contains("The standard-library module `json` is used but not imported"),
        "{text}"
    );
    assert!(
        text.contains("must be imported in every file that uses it"),
        "{text}"
    );
    assert!(
        text.contains("Add `import json`") && text.contains("confidence 90%"),
        "{text}"
    );
    assert!(
        text.contains("https://docs.python.org/3/reference/import.html"),
        "{text}"
    );
    assert_eq!(hover["range"], pyright_json()["range"]);
    client.shutdown();
}

#[test]
fn an_applied_fix_is_watched_until_its_error_is_gone_or_the_edit_undone() {
    let mut client = LspClient::spawn();
    client.initialize_default();
    let uri = file_uri(&client.home.path().join("report.py"));
    client.open(&uri, "python", 1, SCRIPT);
    forward(&mut client, &uri, 1, vec![pyright_json()]);

    // Applied through the code action (edit, then its command): success once Pyright's next
    // diagnostics no longer have the error.
    let response = code_actions(&mut client, &uri, Vec::new(), None);
    let action = actions_titled(&response, "Add `import json`")[0].clone();
    let edit = &action["edit"]["documentChanges"][0]["edits"][0];
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": edit["range"], "text": edit["newText"]}]}),
    );
    let command = &action["command"];
    let watching = client
        .request(
            "workspace/executeCommand",
            json!({"command": command["command"], "arguments": command["arguments"]}),
        )
        .expect("recordOutcome applied");
    assert_eq!(watching["watching"], true);
    forward(&mut client, &uri, 2, Vec::new());
    let stats = stats_when(&mut client, |stats| stats["outcomes"] == 1);
    assert_eq!(stats["successes"], 1);

    // Applied by an editor that drops the command, then undone: reverted.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": SCRIPT}]}),
    );
    forward(&mut client, &uri, 3, vec![pyright_json()]);
    let response = code_actions(&mut client, &uri, Vec::new(), None);
    let action = actions_titled(&response, "Add `import json`")[0].clone();
    let edit = &action["edit"]["documentChanges"][0]["edits"][0];
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 4},
               "contentChanges": [{"range": edit["range"], "text": edit["newText"]}]}),
    );
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 5}, "contentChanges": [{"text": SCRIPT}]}),
    );
    let stats = stats_when(&mut client, |stats| stats["outcomes"] == 2);
    assert_eq!(stats["reverts"], 1);

    // An outcome the editor reports itself.
    let reported = client
        .request(
            "workspace/executeCommand",
            json!({"command": "selfheal.recordOutcome", "arguments": [{
                "fixKey": "python.stdlib-module-not-imported#0",
                "fingerprint": "0".repeat(64), "outcome": "failure"}]}),
        )
        .expect("recordOutcome");
    assert_eq!(reported["outcome"], "failure");
    let stats = stats_when(&mut client, |stats| stats["outcomes"] == 3);
    assert_eq!(stats["failures"], 1);
    client.shutdown();
}

#[test]
fn learned_fixes_are_preferred_and_fix_all_on_save_is_off_unless_configured() {
    let home = TempDir::new("lsp-learned");
    {
        let store = selfheal::store::Store::open(home.path().join("selfheal.db")).unwrap();
        let someone = selfheal::fingerprint::Fingerprint("1".repeat(64));
        for _ in 0..4 {
            store
                .record_outcome(
                    "python.stdlib-module-not-imported#0",
                    &someone,
                    selfheal::store::Outcome::Success,
                    None,
                )
                .unwrap();
        }
    }
    let mut client = LspClient::spawn_in(home);
    client.initialize_default();
    let uri = file_uri(&client.home.path().join("report.py"));
    client.open(&uri, "python", 1, SCRIPT);
    forward(&mut client, &uri, 1, vec![pyright_json()]);
    let response = code_actions(&mut client, &uri, Vec::new(), None);
    let action = actions_titled(&response, "Add `import json`")[0];
    assert_eq!(action["isPreferred"], true, "{action:#}");
    assert_eq!(action["data"]["learned"], true);
    let off = code_actions(&mut client, &uri, Vec::new(), Some(vec!["source.fixAll"]));
    assert!(
        off.as_array().is_none_or(|actions| actions.is_empty()),
        "fix-all on save is off by default: {off}"
    );

    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"selfheal": {"fixAllOnSave": true}}}),
    );
    let on = code_actions(&mut client, &uri, Vec::new(), Some(vec!["source.fixAll"]));
    let fix_all = &on[0];
    assert_eq!(fix_all["kind"], "source.fixAll.selfheal");
    let edits = fix_all["edit"]["documentChanges"][0]["edits"]
        .as_array()
        .unwrap();
    assert_eq!(
        apply_text_edits(SCRIPT, edits, Encoding::Utf16),
        SCRIPT.replace("import sys\n", "import sys\nimport json\n")
    );
    client.shutdown();
}

#[test]
fn explain_and_stats_commands_answer() {
    let mut client = LspClient::spawn();
    client.initialize_default();
    let explained = client
        .request(
            "workspace/executeCommand",
            json!({"command": "selfheal.explain", "arguments": ["NameError: name 'json' is not defined"]}),
        )
        .expect("explain");
    assert_eq!(explained["known"], true);
    assert!(explained["explanations"][0]
        .as_str()
        .unwrap_or_default()
        .contains("import json"));
    let stats = client
        .request(
            "workspace/executeCommand",
            json!({"command": "selfheal.stats"}),
        )
        .expect("stats");
    assert_eq!(stats["outcomes"], 0);
    client.shutdown();
}

/// A diagnostic whose message carries the exception class, as some Python tools word it, is
/// read the way pasted text is: the same pattern, hover and fix as the traceback's NameError.
#[test]
fn a_forwarded_message_that_begins_with_its_exception_class_is_recognised() {
    let mut client = LspClient::spawn();
    client.initialize_default();
    let path = client.home.path().join("report.py");
    std::fs::write(&path, SCRIPT).unwrap();
    let uri = file_uri(&path);
    client.open(&uri, "python", 1, SCRIPT);
    let diagnostic = json!({
        "range": {"start": {"line": 6, "character": 10}, "end": {"line": 6, "character": 14}},
        "severity": 1,
        "source": "python",
        "message": "NameError: name 'json' is not defined",
    });
    forward(&mut client, &uri, 1, vec![diagnostic.clone()]);
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 6, "character": 12}}),
        )
        .expect("hover");
    let text = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        text.contains("The standard-library module `json` is used but not imported"),
        "{hover:#}"
    );
    let response = code_actions(&mut client, &uri, vec![diagnostic], None);
    assert_eq!(
        actions_titled(&response, "Add `import json`").len(),
        1,
        "{response:#}"
    );
    client.shutdown();
}
