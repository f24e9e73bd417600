//! Cold start of the binary: `selfheal explain E0425` (load the pattern library, answer, exit),
//! timed over repeated spawns. Run: `cargo bench --bench cold_start`.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn time_runs(args: &[&str], runs: usize) -> Vec<Duration> {
    let binary = env!("CARGO_BIN_EXE_selfheal");
    let home = std::env::temp_dir().join(format!("selfheal-cold-start-{}", std::process::id()));
    let mut timings: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            let status = Command::new(binary)
                .args(args)
                .env("SELFHEAL_HOME", &home)
                .stdout(Stdio::null())
                .status()
                .unwrap();
            assert!(status.code().is_some());
            started.elapsed()
        })
        .collect();
    let _ = std::fs::remove_dir_all(&home);
    timings.sort();
    timings
}

fn main() {
    for args in [
        &["explain", "E0425"][..],
        &["explain", "NameError: name 'json' is not defined"],
        &["--version"],
    ] {
        let timings = time_runs(args, 60);
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "selfheal {:<48} p50 {:.1} ms, p95 {:.1} ms, min {:.1} ms",
            args.join(" "),
            ms(timings[timings.len() / 2]),
            ms(timings[timings.len() * 95 / 100]),
            ms(timings[0])
        );
    }
}
