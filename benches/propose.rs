//! A proposal in flight never slows the editor: the release server with a stand-in provider
//! (`tests/support/fake_llm.py`) that answers after 5 s. Measures codeAction latency (p50/p99
//! over many requests) with no proposal running, then while a `selfheal.proposeFix` waits on the
//! slow provider, and how long the proposal itself took.
//! Run: `cargo bench --bench propose`.

#[path = "support/mod.rs"]
mod bench_support;
#[path = "../tests/support/mod.rs"]
mod lsp_client;

use std::time::{Duration, Instant};

use lsp_client::fake_llm::FakeLlm;
use lsp_client::{file_uri, LspClient, TempDir};
use serde_json::{json, Value};

const REQUESTS: usize = 300;
const PROVIDER_DELAY_MS: u64 = 5_000;

const REPLY: &str = "{\"title\": \"Pass a name\", \"explanation\": \"\", \"confidence\": 0.6}\n\
                     <<<<<<< SEARCH\nprint(greet())\n=======\nprint(greet(\"x\"))\n\
                     >>>>>>> REPLACE\n";

/// p50 and p99, in milliseconds.
fn percentiles(timings: Vec<Duration>) -> (f64, f64) {
    (
        bench_support::percentile_ms(&timings, 0.5),
        bench_support::percentile_ms(&timings, 0.99),
    )
}

fn code_actions(
    client: &mut LspClient,
    uri: &str,
    diagnostic: &Value,
    count: usize,
) -> Vec<Duration> {
    (0..count)
        .map(|_| {
            let started = Instant::now();
            client
                .request(
                    "textDocument/codeAction",
                    json!({"textDocument": {"uri": uri}, "range": diagnostic["range"].clone(),
                           "context": {"diagnostics": [diagnostic.clone()]}}),
                )
                .expect("codeAction answers");
            started.elapsed()
        })
        .collect()
}

fn main() {
    let llm = FakeLlm::start(json!([{"text": REPLY, "delay_ms": PROVIDER_DELAY_MS}]));
    let base_url = llm.base_url();
    let mut client = LspClient::spawn_with(
        TempDir::new("bench-propose"),
        &[
            ("ANTHROPIC_API_KEY", llm.key()),
            ("SELFHEAL_LLM_BASE_URL", &base_url),
        ],
    );
    client.initialize(json!({"textDocument": {"codeAction": {}}}), json!({}));
    let path = client.home.path().join("main.py");
    let text = "def greet(name):\n    return name\n\nprint(greet())\n";
    std::fs::write(&path, text).unwrap();
    let uri = file_uri(&path);
    client.open(&uri, "python", 1, text);
    let diagnostic = json!({
        "range": {"start": {"line": 3, "character": 6}, "end": {"line": 3, "character": 13}},
        "message": "Argument missing for parameter \"name\"", "severity": 1,
        "code": "reportCallIssue", "source": "Pyright"});
    client.notify(
        "selfheal/didChangeExternalDiagnostics",
        json!({"uri": uri, "version": 1, "origin": "pyright", "diagnostics": [diagnostic]}),
    );
    code_actions(&mut client, &uri, &diagnostic, 20);
    let (idle_p50, idle_p99) = percentiles(code_actions(&mut client, &uri, &diagnostic, REQUESTS));

    let started = Instant::now();
    let id = client.send_request(
        "workspace/executeCommand",
        json!({"command": "selfheal.proposeFix",
               "arguments": [{"uri": uri, "version": 1, "diagnostic": diagnostic}]}),
    );
    let during = code_actions(&mut client, &uri, &diagnostic, REQUESTS);
    let measured_for = started.elapsed();
    let (busy_p50, busy_p99) = percentiles(during);
    let answer = client.response(id);
    let proposal = started.elapsed();
    assert!(
        measured_for < Duration::from_millis(PROVIDER_DELAY_MS),
        "the codeActions ran after the proposal ended ({measured_for:?}); lower REQUESTS"
    );
    println!("codeAction, no proposal running:   p50 {idle_p50:.2} ms, p99 {idle_p99:.2} ms ({REQUESTS} requests)");
    println!("codeAction, a proposal in flight:  p50 {busy_p50:.2} ms, p99 {busy_p99:.2} ms ({REQUESTS} requests in {:.2} s)", measured_for.as_secs_f64());
    println!(
        "the proposal (provider answers after {} ms): {:.2} s, applied: {}",
        PROVIDER_DELAY_MS,
        proposal.as_secs_f64(),
        answer.map(|a| a["applied"].clone()).unwrap_or(Value::Null)
    );
    client.shutdown();
}
