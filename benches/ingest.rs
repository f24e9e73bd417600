//! `selfheal ingest` throughput and memory on two 50 MB build logs — the realistic mixed log (a
//! recorded tool output every 400 lines of noise) and an error-dense one (a third of the lines are
//! recorded tool output) — against ripgrep counting the lines the parsers' trigger regexes match
//! in the same run, and Drain3 mining templates over the mixed log.
//!
//! Run: `cargo bench --bench ingest` (needs `rg`; Drain3 from PyPI is measured when importable).
//! Every timing is three runs, shown as min / median. Prints Markdown tables; BENCHMARKS.md keeps
//! the figures.

mod support;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use selfheal::capture::{Capture, CaptureOptions};
use support::{dense_log_file, have, mb_per_s, mixed_log_file, LOG_BYTES};

const RUNS: usize = 3;

fn main() {
    let binary = env!("CARGO_BIN_EXE_selfheal");
    let alternation = Capture::trigger_patterns().join("|");
    let logs = [
        ("realistic (mixed)", mixed_log_file(LOG_BYTES)),
        ("error-dense", dense_log_file(LOG_BYTES)),
    ];
    for (name, path) in &logs {
        measure_log(name, path, binary, &alternation);
    }
    let (_, mixed) = &logs[0];
    if let Some(kb) = peak_rss_kb(binary, &["ingest", "--json", mixed.to_str().unwrap()]) {
        println!(
            "peak RSS of `selfheal ingest --json` on the realistic log: {:.1} MB",
            kb as f64 / 1024.0
        );
    }
    drain3(mixed);
}

/// The library, the binary end to end and ripgrep over one log, in one run of the bench.
fn measure_log(name: &str, path: &Path, binary: &str, alternation: &str) {
    let log = std::fs::read(path).unwrap();
    let size = log.len();
    println!(
        "\n### {name} log: {} ({:.1} MB, {} lines)\n",
        path.display(),
        size as f64 / 1048576.0,
        log.iter().filter(|&&b| b == b'\n').count()
    );
    let mut rows: Vec<(String, Timing, String)> = Vec::new();

    // The library alone, single-threaded, fed in the CLI's chunk size.
    let (timing, found) = timed(|| {
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
        timing,
        format!("{found} occurrences"),
    ));

    // The binary end to end: read, capture, fingerprint, pattern match, JSON out.
    let (timing, lines) = timed(|| {
        let output = Command::new(binary)
            .args(["ingest", "--json", path.to_str().unwrap()])
            .stderr(Stdio::null())
            .output()
            .unwrap();
        assert!(output.status.success());
        output.stdout.iter().filter(|&&b| b == b'\n').count()
    });
    let ingest = timing;
    rows.push((
        "selfheal ingest --json (binary)".into(),
        timing,
        format!("{lines} JSON lines"),
    ));

    let mut rg = None;
    if have("rg") {
        let (timing, count) = timed(|| {
            let output = Command::new("rg")
                .args(["-c", "--no-config", "-j1", "-e", alternation])
                .arg(path)
                .output()
                .unwrap();
            String::from_utf8_lossy(&output.stdout).trim().to_string()
        });
        rows.push((
            "ripgrep -c -j1 (trigger alternation)".into(),
            timing,
            format!("{count} lines"),
        ));
        rg = Some(timing);
    }

    println!("| what | min | median | MB/s (min) | result |");
    println!("|---|---|---|---|---|");
    for (name, timing, result) in &rows {
        println!(
            "| {name} | {:.1} ms | {:.1} ms | {:.0} | {result} |",
            timing.min.as_secs_f64() * 1000.0,
            timing.median.as_secs_f64() * 1000.0,
            mb_per_s(size, timing.min)
        );
    }
    if let Some(rg) = rg {
        println!(
            "\ningest --json time / ripgrep time: {:.2}x (min), {:.2}x (median)",
            ingest.min.as_secs_f64() / rg.min.as_secs_f64(),
            ingest.median.as_secs_f64() / rg.median.as_secs_f64()
        );
    }
}

/// The least disturbed and the typical of `RUNS` timings.
#[derive(Clone, Copy)]
struct Timing {
    min: Duration,
    median: Duration,
}

fn timed<T>(mut work: impl FnMut() -> T) -> (Timing, T) {
    let mut times = Vec::with_capacity(RUNS);
    let mut last = None;
    for _ in 0..RUNS {
        let started = Instant::now();
        let result = work();
        times.push(started.elapsed());
        last = Some(result);
    }
    times.sort();
    let timing = Timing {
        min: times[0],
        median: times[times.len() / 2],
    };
    (timing, last.expect("at least one run"))
}

/// Drain3 template mining over the first 5 MB of the log, when Drain3 is importable.
fn drain3(path: &Path) {
    let drain_limit = 5 * 1024 * 1024;
    let drain = Command::new("python3")
        .args([
            "benches/peers/drain3_bench.py",
            path.to_str().unwrap(),
            &drain_limit.to_string(),
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output();
    let Ok(output) = drain else {
        println!("drain3: not measured (no python3)");
        return;
    };
    match output.status.success() {
        true => {
            let result: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
            let bytes = result["bytes"].as_u64().unwrap() as f64;
            let seconds = result["seconds"].as_f64().unwrap();
            println!(
                "drain3: {:.2} MB/s over the first {:.1} MB of the realistic log ({} clusters)",
                bytes / 1048576.0 / seconds,
                bytes / 1048576.0,
                result["clusters"]
            );
        }
        false => println!(
            "drain3: not measured ({})",
            String::from_utf8_lossy(&output.stderr)
                .lines()
                .last()
                .unwrap_or("")
        ),
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
