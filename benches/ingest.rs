//! `selfheal ingest` throughput and memory on a 50 MB mixed build log, against ripgrep counting
//! the lines the parsers' trigger regexes match, and Drain3 mining templates over the same lines.
//!
//! Run: `cargo bench --bench ingest` (needs `rg`; Drain3 from PyPI is measured when importable).
//! Prints a Markdown table; BENCHMARKS.md keeps the figures.

mod support;

use std::process::{Command, Stdio};
use std::time::Duration;

use selfheal::capture::{Capture, CaptureOptions};
use support::{best_of, have, mb_per_s, mixed_log_file, LOG_BYTES};

fn main() {
    let path = mixed_log_file(LOG_BYTES);
    let log = std::fs::read(&path).unwrap();
    let size = log.len();
    println!(
        "log: {} ({:.1} MB, {} lines)",
        path.display(),
        size as f64 / 1048576.0,
        log.iter().filter(|&&b| b == b'\n').count()
    );
    let mut rows: Vec<(String, Duration, String)> = Vec::new();

    // The library alone, single-threaded, fed in the CLI's chunk size.
    let (time, found) = best_of(5, || {
        let mut capture = Capture::new(CaptureOptions::default());
        let mut out = Vec::new();
        let mut count = 0;
        for chunk in log.chunks(256 * 1024) {
            capture.feed(chunk, &mut out);
            count += out.len();
            out.clear();
        }
        capture.finish(&mut out);
        count + out.len()
    });
    rows.push((
        "selfheal capture (library, 1 thread)".into(),
        time,
        format!("{found} occurrences"),
    ));
    let capture_time = time;

    // The binary end to end: read, capture, fingerprint, JSON out.
    let binary = env!("CARGO_BIN_EXE_selfheal");
    let (time, _) = best_of(3, || {
        let status = Command::new(binary)
            .args(["ingest", "--json", path.to_str().unwrap()])
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
    });
    rows.push((
        "selfheal ingest --json (binary)".into(),
        time,
        String::new(),
    ));

    let peak_kb = peak_rss_kb(binary, &["ingest", "--json", path.to_str().unwrap()]);

    let alternation = Capture::trigger_patterns().join("|");
    let mut rg_time = None;
    if have("rg") {
        let (time, count) = best_of(3, || {
            let output = Command::new("rg")
                .args([
                    "-c",
                    "--no-config",
                    "-j1",
                    "-e",
                    &alternation,
                    path.to_str().unwrap(),
                ])
                .output()
                .unwrap();
            String::from_utf8_lossy(&output.stdout).trim().to_string()
        });
        rows.push((
            "ripgrep -c (trigger alternation)".into(),
            time,
            format!("{count} lines"),
        ));
        rg_time = Some(time);
    }

    let drain_limit = 5 * 1024 * 1024;
    let drain = Command::new("python3")
        .args([
            "benches/peers/drain3_bench.py",
            path.to_str().unwrap(),
            &drain_limit.to_string(),
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output();
    let mut drain_rate = None;
    if let Ok(output) = drain {
        if output.status.success() {
            let result: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
            let bytes = result["bytes"].as_u64().unwrap() as usize;
            let seconds = result["seconds"].as_f64().unwrap();
            let rate = bytes as f64 / 1048576.0 / seconds;
            drain_rate = Some(rate);
            println!(
                "drain3: {:.2} MB/s over the first {:.1} MB ({} clusters)",
                rate,
                bytes as f64 / 1048576.0,
                result["clusters"]
            );
        } else {
            println!(
                "drain3: not measured ({})",
                String::from_utf8_lossy(&output.stderr)
                    .lines()
                    .last()
                    .unwrap_or("")
            );
        }
    }

    println!();
    println!("| what | time | MB/s | result |");
    println!("|---|---|---|---|");
    for (name, time, result) in &rows {
        println!(
            "| {name} | {:.1} ms | {:.0} | {result} |",
            time.as_secs_f64() * 1000.0,
            mb_per_s(size, *time)
        );
    }
    if let Some(rate) = drain_rate {
        println!("| Drain3 template mining (first 5 MB) | - | {rate:.1} | |");
    }
    println!();
    if let Some(rg) = rg_time {
        println!(
            "capture time / ripgrep time: {:.2}x",
            capture_time.as_secs_f64() / rg.as_secs_f64()
        );
    }
    if let Some(rate) = drain_rate {
        println!(
            "capture speed / Drain3 speed: {:.0}x",
            mb_per_s(size, capture_time) / rate
        );
    }
    if let Some(kb) = peak_kb {
        println!(
            "peak RSS of `selfheal ingest --json` on the log: {:.1} MB",
            kb as f64 / 1024.0
        );
    }
}

/// Peak resident memory of a command, from GNU time.
fn peak_rss_kb(binary: &str, args: &[&str]) -> Option<u64> {
    let output = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg(binary)
        .args(args)
        .stdout(Stdio::null())
        .output()
        .ok()?;
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .last()?
        .trim()
        .parse()
        .ok()
}
