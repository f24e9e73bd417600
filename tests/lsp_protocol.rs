//! The language server over stdio, as a client sees it: capabilities and position encodings,
//! document sync under a flood of edits, positions past emoji, CJK and CRLF, stale versions,
//! and a server that survives malformed input, unknown methods, unopened documents and a panic.

mod support;

use serde_json::{json, Value};
use support::{file_uri, position_of, Encoding, LspClient};

#[test]
fn initialize_announces_the_contract_and_negotiates_utf8() {
    let mut client = LspClient::spawn();
    let result = client.initialize_default();
    let capabilities = &result["capabilities"];
    assert_eq!(capabilities["positionEncoding"], "utf-16");
    assert_eq!(
        capabilities["textDocumentSync"]["change"], 2,
        "incremental sync"
    );
    assert_eq!(capabilities["hoverProvider"], true);
    assert_eq!(
        capabilities["codeActionProvider"]["codeActionKinds"],
        json!(["quickfix", "source.fixAll.selfheal"])
    );
    assert_eq!(
        capabilities["executeCommandProvider"]["commands"],
        json!([
            "selfheal.runTask",
            "selfheal.proposeFix",
            "selfheal.recordOutcome",
            "selfheal.explain",
            "selfheal.stats"
        ])
    );
    assert_eq!(result["serverInfo"]["name"], "selfheal");
    client.shutdown();

    let mut client = LspClient::spawn();
    let result = client.initialize(
        json!({"general": {"positionEncodings": ["utf-32", "utf-8", "utf-16"]}}),
        json!({}),
    );
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-8");
    client.shutdown();
}

/// A deterministic generator, so a failure replays.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

#[test]
fn a_thousand_rapid_incremental_edits_leave_exactly_the_text_the_client_has() {
    let mut client = LspClient::spawn();
    client.initialize_default();
    let uri = file_uri(&client.home.path().join("flood.rs"));
    let mut text = String::from("fn main() {\r\n    let greeting = \"hello\";\r\n}\r\n");
    client.open(&uri, "rust", 0, &text);
    let insertions = ["x", "😀", "漢字", "\r\n", "ab\ncd", "é", " ", ""];
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let boundaries = |text: &str| -> Vec<usize> {
        text.char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .filter(|&i| !(i > 0 && text.as_bytes()[i - 1] == b'\r' && text[i..].starts_with('\n')))
            .collect()
    };
    for version in 1..=1000 {
        let points = boundaries(&text);
        let start = points[rng.below(points.len())];
        let after: Vec<usize> = points.iter().copied().filter(|&p| p >= start).collect();
        let end = match rng.below(3) {
            0 => after[rng.below(after.len().min(4))],
            _ => start,
        };
        let insertion = insertions[rng.below(insertions.len())];
        let range = json!({
            "start": position_of(&text, start, Encoding::Utf16),
            "end": position_of(&text, end, Encoding::Utf16),
        });
        text.replace_range(start..end, insertion);
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": range, "text": insertion}],
            }),
        );
    }
    let answer = client
        .request(
            "selfheal/documentText",
            json!({"uri": uri, "version": 1000}),
        )
        .expect("the server is at version 1000");
    assert_eq!(answer["version"], 1000);
    assert_eq!(answer["text"].as_str(), Some(text.as_str()));
    client.shutdown();
}

/// A rustc error on a line with emoji and CJK before it, in a CRLF file: the published range
/// covers `HashMap` in whatever encoding was negotiated.
#[test]
fn ranges_are_exact_past_emoji_cjk_and_crlf() {
    for (offer, encoding) in [("utf-16", Encoding::Utf16), ("utf-8", Encoding::Utf8)] {
        let mut client = LspClient::spawn();
        client.initialize(
            json!({"general": {"positionEncodings": [offer]}}),
            json!({}),
        );
        let crate_dir = client.home.path().join("app");
        std::fs::create_dir_all(crate_dir.join("src")).unwrap();
        let line = "    let s = \"😀漢字\"; let m: HashMap<u8, u8> = Default::default();";
        let text = format!("// 😀 日本語\r\nfn main() {{\r\n{line}\r\n}}\r\n");
        let path = crate_dir.join("src/main.rs");
        std::fs::write(&path, &text).unwrap();
        let column = line[..line.find("HashMap").unwrap()].chars().count() + 1;
        let output = format!(
            "error[E0412]: cannot find type `HashMap` in this scope\n --> src/main.rs:3:{column}\n  |\n3 | {line}\n  | {pad}^^^^^^^ not found in this scope\n\nerror: could not compile `app` (bin \"app\") due to 1 previous error\n",
            pad = " ".repeat(column - 1 + 1)
        );
        client.notify(
            "selfheal/didCaptureOutput",
            json!({"origin": "terminal", "cwd": crate_dir, "commandLine": "cargo build",
                   "exitCode": 101, "output": output, "truncated": false}),
        );
        let uri = file_uri(&path);
        let published = client.notification("textDocument/publishDiagnostics", |p| p["uri"] == uri);
        let diagnostic = &published["diagnostics"][0];
        let start = text.find("HashMap").unwrap();
        assert_eq!(
            diagnostic["range"]["start"],
            position_of(&text, start, encoding),
            "{offer}"
        );
        assert_eq!(
            diagnostic["range"]["end"],
            position_of(&text, start + "HashMap".len(), encoding),
            "{offer}"
        );
        assert_eq!(diagnostic["source"], "selfheal");
        assert_eq!(diagnostic["code"], "E0412");
        client.shutdown();
    }
}

#[test]
fn diagnostics_and_requests_for_a_stale_version_are_refused() {
    let mut client = LspClient::spawn();
    client.initialize_default();
    let uri = file_uri(&client.home.path().join("main.py"));
    client.open(&uri, "python", 1, "print(json.dumps(1))\n");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"text": "\nprint(json.dumps(1))\n"}]}),
    );
    let stale = client
        .request("selfheal/documentText", json!({"uri": uri, "version": 1}))
        .expect_err("version 1 is stale");
    assert_eq!(stale["code"], -32801);
    // Diagnostics computed for version 1 point at text that moved: refused.
    let pyright = |line: u32| {
        json!({"range": {"start": {"line": line, "character": 6}, "end": {"line": line, "character": 10}},
               "severity": 1, "source": "Pyright", "code": "reportUndefinedVariable",
               "message": "\"json\" is not defined"})
    };
    client.notify(
        "selfheal/didChangeExternalDiagnostics",
        json!({"uri": uri, "version": 1, "origin": "test", "diagnostics": [pyright(0)]}),
    );
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 7}}),
        )
        .expect("hover answers");
    assert_eq!(hover, Value::Null, "the stale diagnostic was not kept");
    client.notify(
        "selfheal/didChangeExternalDiagnostics",
        json!({"uri": uri, "version": 2, "origin": "test", "diagnostics": [pyright(1)]}),
    );
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 1, "character": 7}}),
        )
        .expect("hover answers");
    assert!(hover["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .contains("import json"));
    client.shutdown();
}

#[test]
fn bad_input_gets_errors_and_the_server_lives_on() {
    let mut client = LspClient::spawn();
    client.initialize_default();
    // Not JSON at all: a parse error with a null id.
    client.send_raw("{this is not json");
    let parse_error = client.message("a parse error", |m| m["error"]["code"] == -32700);
    assert_eq!(parse_error["id"], Value::Null);
    // JSON, but no JSON-RPC message: invalid request, with the id it carried.
    client.send_raw(r#"{"id": 77, "hello": "world"}"#);
    let invalid = client.message("an invalid request error", |m| m["id"] == 77);
    assert_eq!(invalid["error"]["code"], -32600);
    // Unknown request: MethodNotFound. Unknown notification: ignored.
    let unknown = client
        .request("selfheal/noSuchThing", json!({}))
        .expect_err("unknown method");
    assert_eq!(unknown["code"], -32601);
    client.notify("selfheal/noSuchNotification", json!({"x": 1}));
    // Wrong params: InvalidParams.
    let invalid = client
        .request("textDocument/hover", json!({"textDocument": 7}))
        .expect_err("invalid params");
    assert_eq!(invalid["code"], -32602);
    // Requests about a document that was never opened.
    let unopened = "file:///nowhere/never-opened.py";
    let code_action = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": unopened},
                   "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}},
                   "context": {"diagnostics": []}}),
        )
        .expect_err("unopened document");
    assert!(code_action["message"]
        .as_str()
        .unwrap_or_default()
        .contains("not open"));
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": unopened}, "position": {"line": 0, "character": 0}}),
        )
        .expect_err("unopened document");
    assert_eq!(hover["code"], -32602);
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": unopened, "version": 3},
               "contentChanges": [{"text": "x"}]}),
    );
    // A command that does not exist, and the one that is not configured yet.
    let command = client
        .request(
            "workspace/executeCommand",
            json!({"command": "selfheal.noSuchCommand", "arguments": []}),
        )
        .expect_err("unknown command");
    assert_eq!(command["code"], -32602);
    let propose = client
        .request(
            "workspace/executeCommand",
            json!({"command": "selfheal.proposeFix", "arguments": []}),
        )
        .expect_err("not configured");
    assert!(propose["message"]
        .as_str()
        .unwrap_or_default()
        .contains("not configured"));
    assert_eq!(propose["data"]["reason"], "not-configured");
    assert!(propose["message"]
        .as_str()
        .unwrap_or_default()
        .contains("ANTHROPIC_API_KEY"));
    // Still alive: a follow-up request succeeds.
    let uri = file_uri(&client.home.path().join("alive.txt"));
    client.open(&uri, "plaintext", 1, "still here");
    assert_eq!(client.document_text(&uri), "still here");
    assert!(client.is_alive());
    client.shutdown();
}

#[test]
fn a_malformed_message_is_answered_with_a_parse_error() {
    let mut client = LspClient::spawn();
    client.initialize_default();
    client.send_raw("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": ");
    let answer = client.message("a parse error", |m| m["error"]["code"] == -32700);
    assert_eq!(answer["id"], Value::Null);
    // A header without Content-Length, then a good message: skipped, answered, and on we go.
    client.send_raw_bytes(b"X-Nonsense: 1\r\n\r\n");
    client.message("a parse error for the header", |m| {
        m["error"]["code"] == -32700
    });
    let uri = file_uri(&client.home.path().join("after.txt"));
    client.open(&uri, "plaintext", 1, "after the garbage");
    assert_eq!(client.document_text(&uri), "after the garbage");
    client.shutdown();
}

#[test]
fn a_panic_in_one_handler_does_not_kill_the_server() {
    let mut client = LspClient::spawn();
    client.initialize_default();
    let error = client
        .request("selfheal/debugPanic", json!({}))
        .expect_err("the handler panicked");
    assert_eq!(error["code"], -32603);
    assert!(error["message"]
        .as_str()
        .unwrap_or_default()
        .contains("still running"));
    let uri = file_uri(&client.home.path().join("after-panic.txt"));
    client.open(&uri, "plaintext", 1, "alive");
    assert_eq!(client.document_text(&uri), "alive");
    let again = client
        .request("selfheal/debugPanic", json!({}))
        .expect_err("panics again, answered again");
    assert_eq!(again["code"], -32603);
    assert!(client.is_alive());
    client.shutdown();
}

#[test]
fn exit_without_shutdown_ends_with_1_and_after_shutdown_with_0() {
    let mut client = LspClient::spawn();
    client.initialize_default();
    assert_eq!(client.exit_without_shutdown(), Some(1));

    let client = LspClient::spawn();
    assert_eq!(
        client.exit_without_shutdown(),
        Some(1),
        "before initialize too"
    );

    let mut client = LspClient::spawn();
    client.initialize_default();
    // `shutdown` asserts the exit code 0 itself.
    client.shutdown();
}
