//! Fix validation on real broken programs with the real tools.
//!
//! Each `tests/heal/<language>/<case>/` holds a broken program, `cmd` (run with `bash ./cmd` from
//! a temporary copy of the case) and `heal.toml`:
//!
//! ```toml
//! pattern = "python.stdlib-module-not-imported"  # the pattern that must match the error
//! fix = 0                                        # which of its fixes to apply (default 0)
//! exit_zero = true                               # afterwards cmd must exit 0 (default true)
//! expect_no_fix = false                          # true: no edit may be offered for any error
//! title = "Import `json`"                         # optional: the fix's exact title
//! ```
//!
//! The harness runs cmd, captures what it printed, finds the occurrence the pattern matches,
//! plans and applies the fix exactly as `selfheal heal` would, runs cmd again, and checks that the
//! error is gone. A file `X.fixed` beside `X` in the case says exactly what `X` must be after the
//! fix (where the import goes, that a removed import leaves no blank line). Symbolic links in a
//! case are copied as links, so a case can check that a fix writes through them. The tools (rustc, cargo, gcc, clang, python3, pytest, mypy, node, tsc, eslint,
//! go, javac) must be installed: `scripts/test-all.sh` installs them; a missing one fails loudly.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;

use selfheal::capture::{capture_text, CaptureOptions};
use selfheal::fingerprint::fingerprint;
use selfheal::fix::{apply_patch, plan_fix, plan_fixes, Disk, FixAction};
use selfheal::pattern::PatternSet;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HealSpec {
    pattern: Option<String>,
    #[serde(default)]
    fix: usize,
    #[serde(default = "yes")]
    exit_zero: bool,
    #[serde(default)]
    expect_no_fix: bool,
    /// The fix's title must be exactly this (it names what the fix really does).
    title: Option<String>,
}

fn yes() -> bool {
    true
}

fn patterns() -> &'static PatternSet {
    static SET: std::sync::LazyLock<PatternSet> = std::sync::LazyLock::new(PatternSet::builtin);
    &SET
}

/// `tests/heal`: cases that share a helper find it through `$HEAL_CASES` (they run in a copy).
fn heal_cases() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/heal")
}

fn cases(language: &str) -> Vec<PathBuf> {
    let root = heal_cases().join(language);
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("heal.toml").is_file())
        .collect();
    cases.sort();
    cases
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        let file_type = entry.file_type().unwrap();
        match (file_type.is_symlink(), file_type.is_dir()) {
            (true, _) => {
                let points_to = std::fs::read_link(entry.path()).unwrap();
                std::os::unix::fs::symlink(points_to, &target).unwrap();
            }
            (false, true) => copy_dir(&entry.path(), &target),
            (false, false) => {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
    }
}

/// Runs the case's command; returns whether it succeeded and what it printed.
fn run_cmd(dir: &Path) -> (bool, String) {
    let output = Command::new("bash")
        .arg("-c")
        .arg("bash ./cmd 2>&1")
        .current_dir(dir)
        .env("HEAL_CASES", heal_cases())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("NO_COLOR", "1")
        .output()
        .expect("bash runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

fn run_case(case: &Path) -> Result<String, String> {
    let spec: HealSpec = toml::from_str(&std::fs::read_to_string(case.join("heal.toml")).unwrap())
        .map_err(|e| format!("heal.toml: {e}"))?;
    let name = case.file_name().unwrap().to_string_lossy().into_owned();
    let language = case
        .parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let work = std::env::temp_dir().join(format!(
        "selfheal-heal-{}-{language}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&work);
    copy_dir(case, &work);
    let result = heal_in(&work, &spec);
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn heal_in(work: &Path, spec: &HealSpec) -> Result<String, String> {
    let (_, before) = run_cmd(work);
    let options = CaptureOptions {
        cwd: Some(work.to_path_buf()),
    };
    let occurrences = capture_text(&before, options.clone());
    let recognised = || {
        occurrences
            .iter()
            .map(|o| {
                let id = patterns()
                    .match_occurrence(o)
                    .map(|m| m.pattern.spec.id.clone());
                format!("  {} {:?} {} -> {:?}", o.tool, o.code, o.message, id)
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let wanted = occurrences.iter().find_map(|occurrence| {
        let matched = patterns().match_occurrence(occurrence)?;
        (Some(&matched.pattern.spec.id) == spec.pattern.as_ref()).then_some((occurrence, matched))
    });
    if spec.expect_no_fix {
        if spec.pattern.is_some() && wanted.is_none() {
            return Err(format!(
                "pattern {:?} did not match; recognised:\n{}\noutput:\n{before}",
                spec.pattern,
                recognised()
            ));
        }
        for occurrence in &occurrences {
            let Some(matched) = patterns().match_occurrence(occurrence) else {
                continue;
            };
            for plan in plan_fixes(&matched, occurrence, &Disk)
                .into_iter()
                .flatten()
            {
                if let FixAction::Edit(_) = plan.action {
                    return Err(format!(
                        "an edit was offered where none should be: {} ({})",
                        plan.title, plan.fix_key
                    ));
                }
            }
        }
        return Ok("no edit offered, as expected".to_string());
    }
    let (occurrence, matched) = wanted.ok_or_else(|| {
        format!(
            "pattern {:?} did not match; recognised:\n{}\noutput:\n{before}",
            spec.pattern,
            recognised()
        )
    })?;
    let plan = plan_fix(&matched, spec.fix, occurrence, &Disk)
        .map_err(|e| format!("fix {} not applicable: {e}", spec.fix))?;
    if let Some(title) = spec.title.as_ref().filter(|t| **t != plan.title) {
        return Err(format!("the fix is titled {:?}, not {title:?}", plan.title));
    }
    let FixAction::Edit(patches) = &plan.action else {
        return Err(format!("fix {} is a command, not an edit", spec.fix));
    };
    for patch in patches {
        apply_patch(patch).map_err(|e| e.to_string())?;
    }
    let (succeeded, after) = run_cmd(work);
    let gone = fingerprint(occurrence);
    if capture_text(&after, options)
        .iter()
        .any(|o| fingerprint(o) == gone)
    {
        return Err(format!(
            "after `{}` the error is still there:\n{after}",
            plan.title
        ));
    }
    if spec.exit_zero && !succeeded {
        return Err(format!(
            "after `{}` the command still fails:\n{after}",
            plan.title
        ));
    }
    for (path, expected) in fixed_files(work) {
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        if actual != expected {
            return Err(format!(
                "after `{}`, {} is not as its .fixed file says:\n--- got\n{actual}\n--- expected\n{expected}",
                plan.title,
                path.display()
            ));
        }
    }
    Ok(plan.title)
}

/// Each `X.fixed` under `dir` (recursively) as (`X`, what it must contain after the fix).
fn fixed_files(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if entry.file_type().unwrap().is_dir() {
            found.extend(fixed_files(&path));
            continue;
        }
        if let Some(name) = path.to_str().and_then(|p| p.strip_suffix(".fixed")) {
            found.push((PathBuf::from(name), std::fs::read_to_string(&path).unwrap()));
        }
    }
    found
}

fn run_language(language: &str) {
    let cases = cases(language);
    assert!(!cases.is_empty(), "no heal cases for {language}");
    let mut failures = Vec::new();
    for case in &cases {
        match run_case(case) {
            Ok(title) => eprintln!("healed {}: {title}", case.display()),
            Err(problem) => failures.push(format!("{}:\n{problem}", case.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} {language} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn python() {
    run_language("python");
}

#[test]
fn rust() {
    run_language("rust");
}

#[test]
fn c() {
    run_language("c");
}

#[test]
fn javascript() {
    run_language("javascript");
}

#[test]
fn go() {
    run_language("go");
}

#[test]
fn java() {
    run_language("java");
}
