//! The fix-success harness: every broken program under `tests/heal/` healed by
//! `selfheal heal --yes` (fresh memory each), and the peers on their languages — `cargo fix
//! --broken-code` on the Rust cases, `ruff check --fix` on the Python ones, `goimports -w` on the Go
//! ones — each judged by running
//! the case's own command afterwards.
//!
//! healed %  = fixable cases whose command passes afterwards / fixable cases
//! wrong %   = cases where files were changed but the case did not heal, plus cases that should
//!             not be auto-fixed (`expect_no_fix`) that were changed / all cases
//!
//! Run: `cargo bench --bench fix_success` (needs the tools of every language; ruff from PyPI).
//! `FIX_SUCCESS_CASES=tests/heal-heldout cargo bench --bench fix_success` runs the held-out
//! corpus instead (written without the patterns or generators in view; there, "fixable" counts
//! the cases whose `heal.toml` says `mechanical = true`). Each row also gives the fixes tried
//! per case and the median time of a heal that healed. `FIX_SUCCESS_FILTER=go/` (any part of
//! `language/case-name`) limits the run to the cases that match.
//! TypeScript's peer — the editor's first quick fix of `typescript-language-server`
//! (TypeScript 5.9.3), applied up to 6 rounds and judged and tallied as here — is a separate
//! script, `python3 benches/ts_quickfix.py tests/heal-heldout`, which prints a row for this table.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;
use support::have;

#[derive(Debug, Deserialize)]
struct HealSpec {
    #[serde(default)]
    expect_no_fix: bool,
    /// Held-out cases say whether a mechanical fix exists; others are fixable unless
    /// `expect_no_fix`.
    mechanical: Option<bool>,
    #[serde(default = "yes")]
    exit_zero: bool,
    #[allow(dead_code)]
    pattern: Option<String>,
    #[allow(dead_code)]
    #[serde(default)]
    fix: usize,
}

fn yes() -> bool {
    true
}

#[derive(Default, Clone)]
struct Tally {
    cases: usize,
    fixable: usize,
    healed: usize,
    wrong: usize,
    /// Fixes tried (applied and judged) per case, for selfheal.
    tries: Vec<usize>,
    /// Seconds of each heal that healed, for selfheal.
    heal_seconds: Vec<f64>,
}

impl Tally {
    fn add(&mut self, spec: &HealSpec, healed: bool, changed: bool) {
        self.cases += 1;
        let fixable = spec.mechanical.unwrap_or(true) && !spec.expect_no_fix;
        if spec.expect_no_fix {
            self.wrong += usize::from(changed);
        } else {
            self.fixable += usize::from(fixable);
            self.healed += usize::from(healed && fixable);
            self.wrong += usize::from(changed && !healed);
        }
    }

    fn merge(&mut self, other: &Tally) {
        self.cases += other.cases;
        self.fixable += other.fixable;
        self.healed += other.healed;
        self.wrong += other.wrong;
        self.tries.extend(&other.tries);
        self.heal_seconds.extend(&other.heal_seconds);
    }

    fn row(&self, name: &str) -> String {
        let percent = |a: usize, b: usize| match b {
            0 => "-".to_string(),
            _ => format!("{:.1}%", a as f64 * 100.0 / b as f64),
        };
        let tries = match self.tries.is_empty() {
            true => "-".to_string(),
            false => format!(
                "{:.2}",
                self.tries.iter().sum::<usize>() as f64 / self.tries.len() as f64
            ),
        };
        let mut seconds = self.heal_seconds.clone();
        seconds.sort_by(f64::total_cmp);
        let median = match seconds.is_empty() {
            true => "-".to_string(),
            false => format!("{:.1} s", seconds[seconds.len() / 2]),
        };
        format!(
            "| {name} | {} | {} | {} ({}) | {} ({}) | {tries} | {median} |",
            self.cases,
            self.fixable,
            self.healed,
            percent(self.healed, self.fixable),
            self.wrong,
            percent(self.wrong, self.cases)
        )
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        let file_type = entry.file_type().unwrap();
        // A case may hold a symbolic link (fixes write through it): copy the link itself.
        #[cfg(unix)]
        if file_type.is_symlink() {
            let link = std::fs::read_link(entry.path()).unwrap();
            std::os::unix::fs::symlink(link, &target).unwrap();
            continue;
        }
        match file_type.is_dir() {
            true => copy_dir(&entry.path(), &target),
            false => {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
    }
}

/// Every file's bytes, to tell whether anything changed.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name();
        // Build output is not a change a fixer made: a fix tried and reverted leaves the binary
        // its check built (`build/` is where the case sets' commands write).
        if name == "target"
            || name == "build"
            || name == "__pycache__"
            || name == ".ruff_cache"
            || name == "node_modules"
        {
            continue;
        }
        match entry.file_type().unwrap().is_dir() {
            true => files.extend(snapshot(&path)),
            false => {
                files.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// `tests/heal` (or `$FIX_SUCCESS_CASES`): cases that share a helper find it through
/// `$HEAL_CASES` (they run in a copy).
fn heal_cases() -> PathBuf {
    let corpus = std::env::var("FIX_SUCCESS_CASES").unwrap_or_else(|_| "tests/heal".to_string());
    Path::new(env!("CARGO_MANIFEST_DIR")).join(corpus)
}

fn passes(dir: &Path) -> bool {
    Command::new("bash")
        .arg("./cmd")
        .current_dir(dir)
        .env("HEAL_CASES", heal_cases())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

fn quietly(command: &mut Command) {
    let _ = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .stdin(Stdio::null())
        .status();
}

/// Heals a fresh copy of `case` with `treat`; returns (healed, changed).
fn attempt(case: &Path, spec: &HealSpec, label: &str, treat: impl Fn(&Path)) -> (bool, bool) {
    let work = std::env::temp_dir().join(format!(
        "selfheal-fix-success-{}-{label}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&work);
    copy_dir(case, &work);
    // The reference fix is no part of the project: a fixer that could read it (its symbol
    // index walks the whole directory) would find the answer there.
    let _ = std::fs::remove_dir_all(work.join("fixed"));
    // A first run makes what the command itself writes (Cargo.lock, caches), so that only what
    // the fixer changed counts as a change.
    passes(&work);
    let before = snapshot(&work);
    treat(&work);
    let changed = snapshot(&work) != before;
    let healed = match spec.exit_zero {
        true => passes(&work),
        false => changed,
    };
    let _ = std::fs::remove_dir_all(&work);
    (healed && changed, changed)
}

fn main() {
    let root = heal_cases();
    let binary = env!("CARGO_BIN_EXE_selfheal");
    let mut ours: BTreeMap<String, Tally> = BTreeMap::new();
    let mut cargo_fix = Tally::default();
    let mut ruff = Tally::default();
    let have_ruff = have("ruff");
    let mut goimports = Tally::default();
    let have_goimports = have("goimports");
    let mut languages: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    languages.sort();
    for language_dir in languages {
        let language = language_dir
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let mut cases: Vec<_> = std::fs::read_dir(&language_dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join("heal.toml").is_file())
            .collect();
        cases.sort();
        // `FIX_SUCCESS_FILTER=go/` runs only the cases whose `language/name` contains it.
        if let Ok(filter) = std::env::var("FIX_SUCCESS_FILTER") {
            cases.retain(|case| {
                let name = case.file_name().unwrap_or_default().to_string_lossy();
                format!("{language}/{name}").contains(&filter)
            });
        }
        for case in cases {
            let spec: HealSpec =
                toml::from_str(&std::fs::read_to_string(case.join("heal.toml")).unwrap()).unwrap();
            let name = case.file_name().unwrap().to_string_lossy().into_owned();
            let home = std::env::temp_dir()
                .join(format!("selfheal-fix-success-home-{}", std::process::id()));
            let report = std::env::temp_dir().join(format!(
                "selfheal-fix-success-report-{}.json",
                std::process::id()
            ));
            let took = std::cell::Cell::new(0.0);
            let (healed, changed) = attempt(&case, &spec, &format!("{language}-{name}"), |dir| {
                let _ = std::fs::remove_dir_all(&home);
                let _ = std::fs::remove_file(&report);
                let started = std::time::Instant::now();
                quietly(
                    Command::new(binary)
                        .args(["heal", "--yes", "--report"])
                        .arg(&report)
                        .args(["--", "bash", "./cmd"])
                        .current_dir(dir)
                        .env("SELFHEAL_HOME", &home)
                        .env("HEAL_CASES", heal_cases())
                        .env("PYTHONDONTWRITEBYTECODE", "1"),
                );
                took.set(started.elapsed().as_secs_f64());
            });
            let tries = std::fs::read(&report)
                .ok()
                .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
                .and_then(|report| report["applied"].as_array().map(Vec::len))
                .unwrap_or(0);
            let tally = ours.entry(language.clone()).or_default();
            tally.add(&spec, healed, changed);
            tally.tries.push(tries);
            if healed {
                tally.heal_seconds.push(took.get());
            }
            let verdict = match (spec.expect_no_fix, healed, changed) {
                (true, _, false) => "left alone (right)",
                (true, _, true) => "CHANGED (wrong)",
                (false, true, _) => "healed",
                (false, false, true) => "CHANGED, not healed (wrong)",
                (false, false, false) => "not healed",
            };
            eprintln!("{language}/{name}: {verdict} ({tries} tried)");
            if language == "rust" {
                let (healed, changed) = attempt(
                    &case,
                    &spec,
                    &format!("cargo-fix-{name}"),
                    |dir| {
                        let wrapped = !dir.join("Cargo.toml").exists();
                        if wrapped {
                            std::fs::create_dir_all(dir.join("src")).unwrap();
                            std::fs::write(dir.join("Cargo.toml"), "[package]\nname = \"case\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n").unwrap();
                            // A binary or a library; read through a symbolic link (a case may
                            // hold one): its target is relative.
                            for root in ["main.rs", "lib.rs"] {
                                if let Ok(source) = std::fs::read(dir.join(root)) {
                                    std::fs::write(dir.join("src").join(root), source).unwrap();
                                }
                            }
                        }
                        quietly(
                            Command::new("cargo")
                                .args([
                                    "fix",
                                    "--broken-code",
                                    "--allow-no-vcs",
                                    "--allow-dirty",
                                    "--offline",
                                    "--target-dir",
                                ])
                                .arg(std::env::temp_dir().join("selfheal-cargo-fix-target"))
                                .current_dir(dir),
                        );
                        if wrapped {
                            for root in ["main.rs", "lib.rs"] {
                                if let Ok(source) = std::fs::read(dir.join("src").join(root)) {
                                    // Through the case's symbolic link, if it holds one.
                                    std::fs::write(dir.join(root), source).unwrap();
                                }
                            }
                            for extra in ["Cargo.toml", "Cargo.lock"] {
                                let _ = std::fs::remove_file(dir.join(extra));
                            }
                            let _ = std::fs::remove_dir_all(dir.join("src"));
                        }
                    },
                );
                cargo_fix.add(&spec, healed, changed);
            }
            if language == "python" && have_ruff {
                let (healed, changed) = attempt(&case, &spec, &format!("ruff-{name}"), |dir| {
                    quietly(
                        Command::new("ruff")
                            .args(["check", "--fix", "--no-cache", "."])
                            .current_dir(dir),
                    );
                });
                ruff.add(&spec, healed, changed);
            }
            if language == "go" && have_goimports {
                let (healed, changed) =
                    attempt(&case, &spec, &format!("goimports-{name}"), |dir| {
                        quietly(Command::new("goimports").args(["-w", "."]).current_dir(dir));
                    });
                goimports.add(&spec, healed, changed);
            }
        }
    }
    let mut total = Tally::default();
    println!("| who | cases | fixable | healed | wrong fixes | tried per case | median heal |");
    println!("|---|---|---|---|---|---|---|");
    for (language, tally) in &ours {
        println!("{}", tally.row(&format!("selfheal — {language}")));
        total.merge(tally);
    }
    println!("{}", total.row("**selfheal — all**"));
    println!("{}", cargo_fix.row("cargo fix --broken-code (rust cases)"));
    match have_ruff {
        true => println!("{}", ruff.row("ruff check --fix (python cases)")),
        false => println!("| ruff check --fix | not installed | | | | | |"),
    }
    match have_goimports {
        true => println!("{}", goimports.row("goimports -w (go cases)")),
        false => println!("| goimports -w | not installed | | | | | |"),
    }
}
