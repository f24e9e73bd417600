//! Shared by the benchmarks: a reproducible mixed build log, and small measuring helpers.
//!
//! The log is mostly the noise of real CI runs (compiler progress, passing tests, package
//! downloads, service logs) with the recorded outputs of `tests/fixtures` spliced in every few
//! hundred lines and a line carrying a secret every thousand or so. A fixed seed makes it the same
//! bytes on every machine.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub const LOG_BYTES: usize = 50 * 1024 * 1024;

/// A small deterministic generator (xorshift64*), so the log needs no `rand`.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    pub fn token(&mut self, alphabet: &[u8], len: usize) -> String {
        (0..len)
            .map(|_| alphabet[self.below(alphabet.len())] as char)
            .collect()
    }
}

const NAMES: &[&str] = &[
    "serde",
    "tokio",
    "parser",
    "auth",
    "billing",
    "user_service",
    "cache",
    "router",
    "config",
    "metrics",
    "scheduler",
    "storage",
    "api",
    "frontend",
    "utils",
    "models",
    "handlers",
];

const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX: &[u8] = b"0123456789abcdef";

fn noise_line(rng: &mut Rng, out: &mut String) {
    use std::fmt::Write;
    let name = rng.pick(NAMES);
    let n = rng.below(1000);
    let _ = match rng.below(12) {
        0 => writeln!(out, "   Compiling {name} v{}.{}.{}", rng.below(3), rng.below(30), rng.below(20)),
        1 => writeln!(out, "test {name}::tests::case_{n} ... ok"),
        2 => writeln!(
            out,
            "2026-11-22T13:{:02}:{:02}.{n:03}Z INFO {name}: request {}-{}-4{}-a{}-{} completed in {n}ms",
            rng.below(60),
            rng.below(60),
            rng.token(HEX, 8),
            rng.token(HEX, 4),
            rng.token(HEX, 3),
            rng.token(HEX, 3),
            rng.token(HEX, 12)
        ),
        3 => writeln!(out, "npm warn deprecated {name}@{}.{}.0: This package is no longer supported.", rng.below(9), n),
        4 => writeln!(out, "PASS src/{name}/{name}.test.ts ({}.{} s)", rng.below(9), rng.below(99)),
        5 => writeln!(out, "ok  \texample.com/app/{name}\t0.{n:03}s"),
        6 => writeln!(out, "tests/test_{name}.py::test_case_{n} PASSED                              [ {}%]", rng.below(100)),
        7 => writeln!(out, "Downloading {name}-{}.{}.0-py3-none-any.whl ({n} kB)", rng.below(9), rng.below(40)),
        8 => writeln!(out, "make[2]: Entering directory '/home/ci/build/{name}'"),
        9 => writeln!(out, "gcc -O2 -Wall -Iinclude -c src/{name}.c -o build/{name}.o"),
        10 => writeln!(out, "[INFO] Building jar: /home/ci/{name}/target/{name}-1.0.{n}.jar"),
        _ => writeln!(out, "    Finished `dev` profile [unoptimized + debuginfo] target(s) in {}.{:02}s", rng.below(90), rng.below(100)),
    };
}

fn secret_line(rng: &mut Rng, out: &mut String) {
    use std::fmt::Write;
    let _ = match rng.below(6) {
        0 => writeln!(out, "export AWS_ACCESS_KEY_ID=AKIA{}", rng.token(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)),
        1 => writeln!(out, "+ curl -sS -H 'Authorization: Bearer ghp_{}' https://api.github.com/repos/acme/app", rng.token(ALNUM, 36)),
        2 => writeln!(out, "DATABASE_URL=postgres://app:{}@db.internal:5432/app", rng.token(ALNUM, 16)),
        3 => writeln!(out, "Author: Jane Doe <jane.doe{}@example.com>", rng.below(100)),
        4 => writeln!(out, "requests.exceptions.HTTPError: 401 for url: https://api.acme.dev/v1/items?api_key={}&page=2", rng.token(ALNUM, 32)),
        _ => writeln!(out, "  \"password\": \"{}\",", rng.token(ALNUM, 14)),
    };
}

/// The recorded outputs of every fixture, to splice into the log.
pub fn recorded_outputs() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut outputs = Vec::new();
    for family in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        for case in std::fs::read_dir(family.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            if let Ok(bytes) = std::fs::read(case.path().join("output.txt")) {
                outputs.push((case.path(), String::from_utf8_lossy(&bytes).into_owned()));
            }
        }
    }
    outputs.sort();
    outputs.into_iter().map(|(_, text)| text).collect()
}

/// The mixed build log, `bytes` long (cut at a line end), the same for a given size every time:
/// a recorded fixture output after every 400 lines of noise, about 7% of the lines.
pub fn mixed_log(bytes: usize) -> String {
    log_with_fixtures_every(bytes, 400)
}

/// The error-dense log: a recorded fixture output after every 56 lines of noise, so that about a
/// third of the lines are recorded tool output (the fixtures average 28 lines).
pub fn dense_log(bytes: usize) -> String {
    log_with_fixtures_every(bytes, 56)
}

fn log_with_fixtures_every(bytes: usize, every: usize) -> String {
    let outputs = recorded_outputs();
    let mut rng = Rng::new(0x5e1f_4ea1);
    let mut log = String::with_capacity(bytes + 4096);
    let mut line = 0usize;
    while log.len() < bytes {
        line += 1;
        if line.is_multiple_of(every) && !outputs.is_empty() {
            log.push_str(&outputs[rng.below(outputs.len())]);
            if !log.ends_with('\n') {
                log.push('\n');
            }
        } else if line % 1000 == 500 {
            secret_line(&mut rng, &mut log);
        } else {
            noise_line(&mut rng, &mut log);
        }
    }
    let cut = log[..bytes.min(log.len())].rfind('\n').map_or(0, |i| i + 1);
    log.truncate(cut);
    log
}

/// Writes the log under `target/bench-data/` once and returns its path.
pub fn mixed_log_file(bytes: usize) -> PathBuf {
    log_file(format!("mixed-{bytes}.log"), || mixed_log(bytes))
}

/// Writes the error-dense log under `target/bench-data/` once and returns its path.
pub fn dense_log_file(bytes: usize) -> PathBuf {
    log_file(format!("dense-{bytes}.log"), || dense_log(bytes))
}

fn log_file(name: String, make: impl FnOnce() -> String) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let log = make();
    let fresh = std::fs::read(&path)
        .map(|old| old == log.as_bytes())
        .unwrap_or(false);
    if !fresh {
        std::fs::write(&path, log).unwrap();
    }
    path
}

/// The best (least disturbed) of `runs` timings of `work`.
pub fn best_of<T>(runs: usize, mut work: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let started = Instant::now();
        let result = work();
        best = best.min(started.elapsed());
        last = Some(result);
    }
    (best, last.expect("at least one run"))
}

pub fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / (1024.0 * 1024.0) / time.as_secs_f64()
}

pub fn have(program: &str) -> bool {
    std::process::Command::new("sh")
        .args(["-c", &format!("command -v {program} >/dev/null 2>&1")])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

const SYNTHETIC_LANGUAGES: &[(&str, &str, &[&str])] = &[
    (
        "rust",
        "rustc",
        &["E0425", "E0433", "E0308", "E0382", "E0599"],
    ),
    (
        "python",
        "python",
        &["NameError", "TypeError", "AttributeError", "KeyError"],
    ),
    (
        "javascript",
        "tsc",
        &["TS2304", "TS2322", "TS2339", "TS2345"],
    ),
    ("go", "go", &[]),
    (
        "c",
        "gcc",
        &["-Wunused-variable", "-Wimplicit-function-declaration"],
    ),
    ("java", "javac", &[]),
];

const SYNTHETIC_WORDS: &[&str] = &[
    "cannot",
    "find",
    "value",
    "type",
    "module",
    "expected",
    "found",
    "missing",
    "argument",
    "undefined",
    "declared",
    "unused",
    "borrow",
    "field",
    "method",
    "trait",
    "import",
    "symbol",
];

/// `count` patterns shaped like real ones — a code for most, literals and a named capture, spread
/// over the six languages — as pattern-file TOML. `name_regex` is the capture's regex;
/// `with_fix` adds an edit fix to each.
pub fn synthetic_patterns(count: usize, name_regex: &str, with_fix: bool) -> String {
    let mut rng = Rng::new(7);
    let mut text = String::new();
    for index in 0..count {
        let (language, tool, codes) = SYNTHETIC_LANGUAGES[rng.below(SYNTHETIC_LANGUAGES.len())];
        let words: Vec<&str> = (0..3).map(|_| rng.pick(SYNTHETIC_WORDS)).collect();
        let code = match codes.is_empty() || rng.below(10) < 3 {
            true => String::new(),
            false => format!("codes = [\"{}\"]\n", codes[rng.below(codes.len())]),
        };
        text.push_str(&format!(
            "[[pattern]]\nid = \"{language}.synthetic-{index}\"\nlanguage = \"{language}\"\ntools = [\"{tool}\"]\n{code}message = '{} {} `(?P<name>{name_regex})` {} v{index}'\ncategory = \"other\"\ntitle = \"Synthetic {{name}}\"\nexplanation = \"A synthetic pattern for the benchmarks, shaped like a real one.\"\n\n",
            words[0], words[1], words[2]
        ));
        if with_fix {
            text.push_str("[[pattern.fix]]\ntitle = \"Rename `{name}`\"\nconfidence = 0.5\n\n[[pattern.fix.edit]]\nat = \"range\"\nreplace = \"{name}_fixed\"\n\n");
        }
    }
    text
}

/// The `q` quantile (0–1) of `timings` in milliseconds (nearest rank, rounded).
pub fn percentile_ms(timings: &[Duration], q: f64) -> f64 {
    let mut sorted = timings.to_vec();
    sorted.sort();
    let index = ((sorted.len() as f64 - 1.0) * q).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}
