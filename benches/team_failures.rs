//! The team store never slows the editor: the release server configured for a real PostgREST
//! (`tests/support/team_server.rs`) behind the fault proxy (`tests/support/fault_proxy.py`).
//! For each state of the store — not configured, up, down, slow (5 s), answering 500, answering
//! 429 — a terminal run is captured (which starts the background push and prefetch), then
//! codeAction and hover latency are measured (p50/p99 over many requests) while that sync is
//! under way, with how many requests reached the store (its retries). That nothing queued is
//! lost or doubled through an outage is `tests/team_sync.rs`'s to show.
//! Run: `cargo bench --bench team_failures` (needs `bash scripts/team-servers.sh install`).

#[path = "support/mod.rs"]
mod bench_support;
#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::fault_proxy::FaultProxy;
use support::team_server::TeamServer;
use support::{file_uri, LspClient, TempDir};

const REQUESTS: usize = 300;
const SOURCE: &str = "\"\"\"Reports.\"\"\"\nprint(json.dumps({\"ok\": True}))\n";

/// p50 and p99, in milliseconds.
fn percentiles(timings: Vec<Duration>) -> (f64, f64) {
    (
        bench_support::percentile_ms(&timings, 0.5),
        bench_support::percentile_ms(&timings, 0.99),
    )
}

fn timed(client: &mut LspClient, method: &str, params: &Value, count: usize) -> Vec<Duration> {
    (0..count)
        .map(|_| {
            let started = Instant::now();
            client.request(method, params.clone()).expect("answered");
            started.elapsed()
        })
        .collect()
}

fn main() {
    let Some(server) = TeamServer::start() else {
        eprintln!("team_failures: no team servers (bash scripts/team-servers.sh install)");
        return;
    };
    server.create_project("bench");
    server.add_token("bench", "bench-token", "member");
    let proxy = FaultProxy::start(&server.rest_url());
    let proxy_url = proxy.url();
    let anon = server.anon_jwt();
    let configured = [
        ("SELFHEAL_SUPABASE_REST_URL", proxy_url.as_str()),
        ("SUPABASE_KEY", anon.as_str()),
        ("SELFHEAL_PROJECT", "bench"),
        ("SELFHEAL_TEAM_TOKEN", "bench-token"),
        ("SELFHEAL_TEAM_TIMEOUT", "10"),
    ];
    println!(
        "| store | codeAction p50 / p99 (ms) | hover p50 / p99 (ms) | requests to the store |"
    );
    println!("|---|---|---|---|");
    let modes: [(&str, Option<Value>); 6] = [
        ("not configured", None),
        ("up", Some(json!({"mode": "pass"}))),
        ("down", Some(json!({"mode": "down"}))),
        ("slow (5 s)", Some(json!({"mode": "slow", "seconds": 5}))),
        ("500s", Some(json!({"mode": "status", "status": 500}))),
        (
            "429s (Retry-After: 2)",
            Some(json!({"mode": "status", "status": 429, "retry_after": "2"})),
        ),
    ];
    for (label, fault) in modes {
        let home = TempDir::new("bench-team");
        let project = home.path().join("service");
        std::fs::create_dir_all(&project).unwrap();
        let file = project.join("report.py");
        std::fs::write(&file, SOURCE).unwrap();
        let output = std::process::Command::new("python3")
            .arg("report.py")
            .current_dir(&project)
            .output()
            .unwrap();
        let environment: &[(&str, &str)] = match fault {
            Some(_) => &configured,
            None => &[],
        };
        if let Some(fault) = &fault {
            proxy.set(fault.clone());
        }
        let mut client = LspClient::spawn_with(home, environment);
        client.initialize_default();
        let uri = file_uri(&file);
        client.open(&uri, "python", 1, SOURCE);
        let before = proxy.requests().len();
        client.notify(
            "selfheal/didCaptureOutput",
            json!({"origin": "terminal", "cwd": project, "commandLine": "python3 report.py",
                   "exitCode": 1, "output": String::from_utf8_lossy(&output.stderr),
                   "truncated": false}),
        );
        let published = client.notification("textDocument/publishDiagnostics", |p| p["uri"] == uri);
        let diagnostic = published["diagnostics"][0].clone();
        let action = json!({"textDocument": {"uri": uri}, "range": diagnostic["range"],
                            "context": {"diagnostics": [diagnostic]}});
        let hover = json!({"textDocument": {"uri": uri}, "position": diagnostic["range"]["start"]});
        // Warm up, then measure while the background sync runs.
        timed(&mut client, "textDocument/codeAction", &action, 20);
        let (action_p50, action_p99) = percentiles(timed(
            &mut client,
            "textDocument/codeAction",
            &action,
            REQUESTS,
        ));
        let (hover_p50, hover_p99) =
            percentiles(timed(&mut client, "textDocument/hover", &hover, REQUESTS));
        let asked = proxy.requests().len() - before;
        println!(
            "| {label} | {action_p50:.2} / {action_p99:.2} | {hover_p50:.2} / {hover_p99:.2} | {asked} |"
        );
        client.shutdown();
    }
}
