//! "Propose fix" in the language server, against a local stand-in of Anthropic's Messages API
//! (`tests/support/fake_llm.py`): the code action is listed without asking anyone; choosing it
//! asks the provider with progress, and the server sends `workspace/applyEdit` with a versioned
//! edit whose change annotation needs confirmation; once the editor applied it and the error is
//! gone, the fix is learned and the next document with the same error gets it as a quick fix —
//! no LLM. A document that changed meanwhile refuses the proposal; no secret reaches the
//! provider.

mod support;

use serde_json::{json, Value};
use support::fake_llm::FakeLlm;
use support::{actions_titled, apply_text_edits, file_uri, Encoding, LspClient, TempDir};

const CANARY: &str = "ghp_Zq9xW2vB7nM4kL1pR8sT3yU6aC5dE0fG2hJ4";

const REPLY: &str = "{\"title\": \"Pass a name to greet\", \"explanation\": \"greet() takes one \
                     argument\", \"confidence\": 0.7}\n<<<<<<< SEARCH\nprint(greet())\n=======\n\
                     print(greet(\"world\"))\n>>>>>>> REPLACE\n";

const GREET: &str = "def greet(name):\n    return name\n\nprint(greet())\n";

/// pyright's diagnostic for a call without its argument, at `print(greet())` on `line`.
fn missing_argument(line: u64) -> Value {
    json!({
        "range": {"start": {"line": line, "character": 6},
                  "end": {"line": line, "character": 13}},
        "message": "Argument missing for parameter \"name\"",
        "severity": 1,
        "code": "reportCallIssue",
        "source": "Pyright"
    })
}

fn forward(client: &mut LspClient, uri: &str, version: i32, diagnostics: Vec<Value>) {
    client.notify(
        "selfheal/didChangeExternalDiagnostics",
        json!({"uri": uri, "version": version, "origin": "pyright", "diagnostics": diagnostics}),
    );
}

fn code_actions(client: &mut LspClient, uri: &str, diagnostic: &Value) -> Value {
    client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri},
                   "range": diagnostic["range"].clone(),
                   "context": {"diagnostics": [diagnostic.clone()]}}),
        )
        .expect("codeAction answers")
}

/// A server with `main.py` open (`print(greet())` on line 3) and pyright's diagnostic for it
/// forwarded, asking the stand-in provider that plays `script`.
fn with_missing_argument(label: &str, script: Value) -> (FakeLlm, LspClient, String, Value) {
    let llm = FakeLlm::start(script);
    let base_url = llm.base_url();
    let mut client = LspClient::spawn_with(
        TempDir::new(label),
        &[
            ("ANTHROPIC_API_KEY", llm.key()),
            ("SELFHEAL_LLM_BASE_URL", &base_url),
        ],
    );
    client.initialize_default();
    let path = client.home.path().join("main.py");
    std::fs::write(&path, GREET).unwrap();
    let uri = file_uri(&path);
    client.open(&uri, "python", 1, GREET);
    let diagnostic = missing_argument(3);
    forward(&mut client, &uri, 1, vec![diagnostic.clone()]);
    (llm, client, uri, diagnostic)
}

#[test]
fn a_proposal_is_confirmed_in_the_editor_applied_learned_and_offered_next_time() {
    let llm = FakeLlm::start(json!([{"text": REPLY}]));
    let base_url = llm.base_url();
    let mut client = LspClient::spawn_with(
        TempDir::new("lsp-propose"),
        &[
            ("ANTHROPIC_API_KEY", llm.key()),
            ("SELFHEAL_LLM_BASE_URL", &base_url),
        ],
    );
    client.initialize_default();
    let dir = client.home.path().join("project");
    std::fs::create_dir_all(&dir).unwrap();
    let text = format!(
        "def greet(name):\n    return \"hello \" + name\n\nTOKEN = \"{CANARY}\"\n\nprint(greet())\n"
    );
    let path = dir.join("main.py");
    std::fs::write(&path, &text).unwrap();
    let uri = file_uri(&path);
    client.open(&uri, "python", 1, &text);
    let diagnostic = missing_argument(5);
    forward(&mut client, &uri, 1, vec![diagnostic.clone()]);

    // Listed at once, without a request to the provider.
    let response = code_actions(&mut client, &uri, &diagnostic);
    let action = actions_titled(&response, "Propose a fix with anthropic (selfheal)")
        .first()
        .map(|action| (*action).clone())
        .unwrap_or_else(|| panic!("no proposal action in {response}"));
    assert!(action.get("edit").is_none(), "{action}");
    assert_eq!(action["command"]["command"], "selfheal.proposeFix");
    assert!(
        llm.requests().is_empty(),
        "code actions never call the provider"
    );

    // Chosen: progress, then an applyEdit that needs confirmation, against version 1.
    let id = client.send_request(
        "workspace/executeCommand",
        json!({"command": "selfheal.proposeFix",
               "arguments": action["command"]["arguments"].clone()}),
    );
    client.message("progress created", |m| {
        m["method"] == "window/workDoneProgress/create"
    });
    let apply = client.message("applyEdit", |m| m["method"] == "workspace/applyEdit");
    let params = &apply["params"];
    let document = &params["edit"]["documentChanges"][0];
    assert_eq!(document["textDocument"]["version"], 1, "{params}");
    let edits = document["edits"].as_array().cloned().unwrap_or_default();
    assert!(
        edits
            .iter()
            .all(|e| e["annotationId"] == "selfheal.proposal"),
        "{params}"
    );
    let annotation = &params["edit"]["changeAnnotations"]["selfheal.proposal"];
    assert_eq!(annotation["needsConfirmation"], true, "{params}");
    assert!(annotation["description"]
        .as_str()
        .unwrap_or_default()
        .contains("proposed by anthropic"));
    let fixed = apply_text_edits(&text, &edits, Encoding::Utf16);
    assert_eq!(
        fixed,
        text.replace("print(greet())", "print(greet(\"world\"))")
    );
    let result = client.response(id).expect("the proposal is answered");
    assert_eq!(result["applied"], true, "{result}");
    assert_eq!(result["title"], "Pass a name to greet");
    let bodies: Vec<String> = llm
        .requests()
        .iter()
        .map(|r| r["body"].to_string())
        .collect();
    assert_eq!(bodies.len(), 1);
    assert!(
        bodies.iter().all(|body| !body.contains(CANARY)),
        "{bodies:?}"
    );

    // The editor applied it; the next diagnostics are clean: the fix worked and is learned.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": fixed}]}),
    );
    std::fs::write(&path, &fixed).unwrap();
    forward(&mut client, &uri, 2, Vec::new());
    let shown = client.notification("window/showMessage", |params| {
        params["message"]
            .as_str()
            .is_some_and(|t| t.contains("selfheal: learned"))
    });
    assert!(shown["message"].to_string().contains("main.py"), "{shown}");

    // Another document, the same mistake: the learned fix is offered, and no proposal is asked.
    let other_text = "def greet(name):\n    return \"hi \" + name\n\nprint(greet())\n";
    let other_path = dir.join("other.py");
    std::fs::write(&other_path, other_text).unwrap();
    let other = file_uri(&other_path);
    client.open(&other, "python", 1, other_text);
    let diagnostic = missing_argument(3);
    forward(&mut client, &other, 1, vec![diagnostic.clone()]);
    let mut learned = None;
    for _ in 0..50 {
        let response = code_actions(&mut client, &other, &diagnostic);
        if let Some(action) = actions_titled(&response, "(learned from your fix)").first() {
            assert!(
                actions_titled(&response, "Propose a fix").is_empty(),
                "a known fix needs no proposal: {response}"
            );
            learned = Some((*action).clone());
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let action = learned.expect("the learned fix is offered");
    let edits = action["edit"]["documentChanges"][0]["edits"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        apply_text_edits(other_text, &edits, Encoding::Utf16),
        other_text.replace("print(greet())", "print(greet(\"world\"))")
    );
    assert_eq!(llm.requests().len(), 1, "the learned fix asked no LLM");
}

#[test]
fn a_document_that_changed_refuses_the_proposal_and_errors_are_explained() {
    let (llm, mut client, uri, diagnostic) =
        with_missing_argument("lsp-propose-stale", json!([{"text": REPLY}]));
    let text = GREET;
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"text": format!("{text}# edited\n")}]}),
    );
    let error = client
        .request(
            "workspace/executeCommand",
            json!({"command": "selfheal.proposeFix",
                   "arguments": [{"uri": uri, "version": 1, "diagnostic": diagnostic}]}),
        )
        .expect_err("a stale version is refused");
    assert_eq!(error["data"]["reason"], "stale", "{error}");
    assert!(llm.requests().is_empty());

    // The provider rejects the key: the message names the variable; nothing is applied.
    llm.switch(json!([{"status": 401}]));
    let error = client
        .request(
            "workspace/executeCommand",
            json!({"command": "selfheal.proposeFix",
                   "arguments": [{"uri": uri, "version": 2, "diagnostic": diagnostic}]}),
        )
        .expect_err("a rejected key is an error");
    assert_eq!(error["data"]["reason"], "provider", "{error}");
    assert!(
        error["message"].to_string().contains("ANTHROPIC_API_KEY"),
        "{error}"
    );
    assert_eq!(
        client.document_text(&uri),
        format!("{text}# edited\n"),
        "nothing was applied"
    );
}

#[test]
fn a_cancel_sent_as_soon_as_the_progress_shows_stops_the_proposal() {
    let (_llm, mut client, uri, diagnostic) = with_missing_argument(
        "lsp-propose-cancel",
        json!([{"text": REPLY, "delay_ms": 20000}]),
    );
    for round in 0..3 {
        let started = std::time::Instant::now();
        let id = client.send_request(
            "workspace/executeCommand",
            json!({"command": "selfheal.proposeFix",
                   "arguments": [{"uri": uri, "version": 1, "diagnostic": diagnostic}]}),
        );
        // The cancel goes out the moment the progress begins, as an editor's button allows.
        let begun = client.notification("$/progress", |params| {
            params["value"]["kind"] == "begin" && params["value"]["cancellable"] == true
        });
        client.notify(
            "window/workDoneProgress/cancel",
            json!({"token": begun["token"].clone()}),
        );
        let error = client
            .response(id)
            .expect_err("a cancelled proposal is an error");
        assert_eq!(
            error["data"]["reason"], "cancelled",
            "round {round}: {error}"
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "round {round}: the cancel ended the wait for the provider ({:?})",
            started.elapsed()
        );
        client.notification("$/progress", |params| {
            params["token"] == begun["token"] && params["value"]["kind"] == "end"
        });
    }
    assert_eq!(client.document_text(&uri), GREET, "nothing was applied");
}
