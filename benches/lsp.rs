//! The language server under load, driven over stdio like an editor drives it: the release
//! binary, 10,000 patterns (the built-in library plus synthetic ones in
//! `$SELFHEAL_HOME/patterns/`) and 100,000 stored fingerprints. Measures how soon `initialize`
//! is answered after spawn, codeAction and hover latency (p50/p99 over many requests), resident
//! memory, and how long 10 MB of terminal output takes to become diagnostics.
//! Run: `cargo bench --bench lsp`. With `SELFHEAL_BENCH_ASCII_PATTERNS=1` the synthetic patterns
//! capture `[A-Za-z0-9_]+` instead of `\w+`: the regex crate compiles Unicode `\w` into a large
//! automaton (about 0.75 MB and 1.7 ms per regex), which dominates memory and load time at 10,000
//! patterns; the switch shows what the server itself costs.

#[path = "../tests/support/mod.rs"]
mod lsp_client;
mod support;

use std::time::{Duration, Instant};

use lsp_client::{default_capabilities, file_uri, LspClient, TempDir};
use selfheal::fingerprint::{fingerprint, shape};
use selfheal::occurrence::{Occurrence, Severity, Tool};
use selfheal::pattern::{builtin_sources, load_patterns};
use selfheal::store::Store;
use serde_json::{json, Value};
use support::mixed_log;

const PATTERNS: usize = 10_000;
const FINGERPRINTS: usize = 100_000;
const REQUESTS: usize = 2_000;
const OUTPUT_BYTES: usize = 10 * 1024 * 1024;

/// Patterns shaped like real ones (as `benches/pattern_match.rs` makes them), each with a fix.
fn synthetic_patterns(count: usize) -> String {
    let word = match std::env::var("SELFHEAL_BENCH_ASCII_PATTERNS").as_deref() {
        Ok("1") => "[A-Za-z0-9_]+",
        _ => "\\w+",
    };
    support::synthetic_patterns(count, word, true)
}

/// 100,000 distinct errors in the store, and the benchmark's own error seen a few times.
fn fill_store(home: &std::path::Path) -> Duration {
    let started = Instant::now();
    let store = Store::open(home.join("selfheal.db")).expect("open the store");
    for index in 0..FINGERPRINTS {
        let mut occurrence = Occurrence::new(
            Tool::Python,
            Severity::Error,
            format!("name 'helper_{index}' is not defined"),
        );
        occurrence.code = Some("NameError".to_string());
        occurrence.file = Some(format!("/srv/app/module_{}.py", index % 977));
        occurrence.line = Some((index % 300) as u32 + 1);
        store
            .record_occurrence_at(
                &occurrence,
                &fingerprint(&occurrence),
                &shape(&occurrence),
                Some("python.undefined-name"),
                Some("bench"),
                1_700_000_000 + index as i64,
            )
            .expect("record");
    }
    started.elapsed()
}

const SCRIPT: &str = "\"\"\"Report tool.\"\"\"\nimport os\nimport sys\n\n\ndef main():\n    print(json.dumps({\"cwd\": os.getcwd()}), file=sys.stderr)\n";

fn percentiles(mut timings: Vec<Duration>) -> (f64, f64, f64) {
    timings.sort();
    let at = |p: f64| timings[((timings.len() - 1) as f64 * p) as usize].as_secs_f64() * 1000.0;
    (
        at(0.50),
        at(0.99),
        timings.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0),
    )
}

fn resident_megabytes(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|value| {
            value
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<f64>()
                .ok()
        })
        .map_or(0.0, |kilobytes| kilobytes / 1024.0)
}

fn main() {
    let home = TempDir::new("lsp-bench");
    let builtin: usize = builtin_sources()
        .iter()
        .map(|(name, text)| load_patterns(name, text).0.len())
        .sum();
    let patterns_dir = home.path().join("patterns");
    std::fs::create_dir_all(&patterns_dir).unwrap();
    std::fs::write(
        patterns_dir.join("synthetic.toml"),
        synthetic_patterns(PATTERNS - builtin),
    )
    .unwrap();
    let filled = fill_store(home.path());
    println!(
        "setup: {PATTERNS} patterns ({builtin} built-in), {FINGERPRINTS} fingerprints stored in {:.1} s",
        filled.as_secs_f64()
    );

    let spawned = Instant::now();
    let mut client = LspClient::spawn_in(home);
    let pid = client.pid();
    client.initialize(default_capabilities(), json!({}));
    let initialize = spawned.elapsed();

    let path = client.home.path().join("report.py");
    std::fs::write(&path, SCRIPT).unwrap();
    let uri = file_uri(&path);
    client.open(&uri, "python", 1, SCRIPT);
    let pyright = json!({
        "range": {"start": {"line": 6, "character": 10}, "end": {"line": 6, "character": 14}},
        "severity": 1, "source": "Pyright", "code": "reportUndefinedVariable",
        "message": "\"json\" is not defined",
    });
    let unknown = json!({
        "range": {"start": {"line": 6, "character": 0}, "end": {"line": 6, "character": 40}},
        "severity": 2, "source": "Pyright", "message": "Something no pattern knows about `main`",
    });
    client.notify(
        "selfheal/didChangeExternalDiagnostics",
        json!({"uri": uri, "version": 1, "origin": "bench", "diagnostics": [pyright, unknown]}),
    );
    let code_action = json!({
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 6, "character": 11}, "end": {"line": 6, "character": 11}},
        "context": {"diagnostics": []},
    });
    let hover = json!({"textDocument": {"uri": uri}, "position": {"line": 6, "character": 12}});
    let first = Instant::now();
    let answer = client
        .request("textDocument/codeAction", code_action.clone())
        .unwrap();
    let patterns_ready = spawned.elapsed();
    let first_answer = first.elapsed();
    assert!(answer.as_array().is_some_and(|a| !a.is_empty()), "{answer}");

    let mut action_timings = Vec::with_capacity(REQUESTS);
    let mut hover_timings = Vec::with_capacity(REQUESTS);
    for _ in 0..REQUESTS {
        let started = Instant::now();
        let answer = client
            .request("textDocument/codeAction", code_action.clone())
            .unwrap();
        action_timings.push(started.elapsed());
        assert!(answer.is_array());
        let started = Instant::now();
        let answer = client.request("textDocument/hover", hover.clone()).unwrap();
        hover_timings.push(started.elapsed());
        assert!(answer["contents"].is_object());
    }
    let resident = resident_megabytes(pid);

    let log = mixed_log(OUTPUT_BYTES);
    let cwd = client.home.path().join("build");
    std::fs::create_dir_all(&cwd).unwrap();
    // The first output after start-up compiles the regexes it meets (capture parsers, patterns);
    // the same build run again shows the steady state.
    let mut output_runs = Vec::new();
    for _ in 0..2 {
        // The clock starts when the editor starts writing the message: encoding it as JSON is
        // the editor's own work, done before.
        let body = json!({"jsonrpc": "2.0", "method": "selfheal/didCaptureOutput",
            "params": {"origin": "terminal", "cwd": cwd, "commandLine": "make ci", "exitCode": 2,
                       "output": log, "truncated": false}})
        .to_string();
        let sent = Instant::now();
        client.send_raw(&body);
        let mut published = 0;
        let mut last = Duration::ZERO;
        while let Some(_params) = client.notification_within(
            "textDocument/publishDiagnostics",
            match published {
                0 => Duration::from_secs(30),
                _ => Duration::from_millis(1500),
            },
            |_: &Value| true,
        ) {
            published += 1;
            last = sent.elapsed();
        }
        output_runs.push((published, last));
    }
    let resident_after_output = resident_megabytes(pid);
    client.shutdown();

    let (action_p50, action_p99, action_max) = percentiles(action_timings);
    let (hover_p50, hover_p99, hover_max) = percentiles(hover_timings);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!();
    println!("| measure | value | target |");
    println!("|---|---|---|");
    println!(
        "| initialize answered after spawn | {:.1} ms | ≤ 50 ms |",
        ms(initialize)
    );
    println!(
        "| first codeAction answered after spawn (pattern library loaded) | {:.1} ms (request {:.1} ms) | — |",
        ms(patterns_ready),
        ms(first_answer)
    );
    println!(
        "| codeAction p50 / p99 / max ({REQUESTS} requests) | {action_p50:.2} / {action_p99:.2} / {action_max:.2} ms | p99 ≤ 5 ms |"
    );
    println!(
        "| hover p50 / p99 / max ({REQUESTS} requests) | {hover_p50:.2} / {hover_p99:.2} / {hover_max:.2} ms | p99 ≤ 5 ms |"
    );
    println!("| resident memory (VmRSS) after the requests | {resident:.1} MB | ≤ 40 MB |");
    for ((published, last), which) in output_runs.iter().zip(["first", "same build again"]) {
        println!(
            "| 10 MB of terminal output → diagnostics, {which} ({published} files published) | {:.1} ms | ≤ 200 ms |",
            ms(*last)
        );
    }
    println!("| resident memory after the 10 MB output | {resident_after_output:.1} MB | — |");
}
