//! `selfheal heal` where a user meets its edges, with the real compilers: one error repeated at
//! several places is fixed at all of them in one round and judged per place; no fix is written
//! without an audit log to undo it; `--max-rounds 0` changes nothing; Ctrl-C reaches the command
//! and its last output is not lost.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

struct Project {
    dir: PathBuf,
}

impl Project {
    fn new(name: &str) -> Project {
        let dir =
            std::env::temp_dir().join(format!("selfheal-rounds-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        Project { dir }
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.join("src").join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    fn selfheal(&self, home: &Path, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_selfheal"))
            .args(args)
            .current_dir(self.dir.join("src"))
            .env("SELFHEAL_HOME", home)
            .env_remove("CI")
            .env_remove("GITHUB_ACTIONS")
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    fn home(&self) -> PathBuf {
        self.dir.join("home")
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A function renamed; its three callers still use the old (misspelt) name.
const THREE_CALLERS: &str = "fn compute_total(x: i32) -> i32 {
    x * 2
}

fn main() {
    let a = compute_totl(1);
    let b = compute_totl(2);
    let c = compute_totl(3);
    println!(\"{}\", a + b + c);
}
";

fn rustc_command(out: &Path) -> Vec<String> {
    ["rustc", "--edition", "2021", "main.rs", "-o"]
        .iter()
        .map(|s| s.to_string())
        .chain([out.display().to_string()])
        .collect()
}

fn report_of(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("a report")).expect("JSON")
}

#[test]
fn one_error_at_three_places_is_fixed_at_all_of_them_in_one_round_and_kept() {
    let project = Project::new("three-callers");
    let source = project.write("main.rs", THREE_CALLERS);
    let report = project.dir.join("report.json");
    let binary = project.dir.join("program");
    let mut args = vec!["heal", "--yes", "--report", report.to_str().unwrap(), "--"];
    let command = rustc_command(&binary);
    args.extend(command.iter().map(String::as_str));
    let output = project.selfheal(&project.home(), &args);
    let log = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{log}");
    let fixed = std::fs::read_to_string(&source).unwrap();
    assert_eq!(fixed.matches("compute_total(").count(), 4, "{fixed}");
    assert!(!fixed.contains("compute_totl"), "{fixed}");
    let report = report_of(&report);
    assert_eq!(report["rounds"], 1, "{report}");
    assert_eq!(report["planned"][0]["places"], 3, "{report}");
    assert_eq!(report["applied"][0]["outcome"], "success", "{report}");
    assert!(report["applied"][0]["audit_ids"][0].is_number(), "{report}");
}

#[test]
fn without_a_place_to_record_the_undo_nothing_is_written() {
    let project = Project::new("no-audit");
    let source = project.write("main.rs", THREE_CALLERS);
    // A data directory that cannot be created: a file is in its way.
    let blocked = project.dir.join("blocked");
    std::fs::write(&blocked, "not a directory").unwrap();
    let home = blocked.join("home");
    let binary = project.dir.join("program");
    let mut args = vec!["heal", "--yes", "--"];
    let command = rustc_command(&binary);
    args.extend(command.iter().map(String::as_str));
    let output = project.selfheal(&home, &args);
    let log = String::from_utf8_lossy(&output.stderr);
    assert_ne!(output.status.code(), Some(0), "{log}");
    assert_eq!(std::fs::read_to_string(&source).unwrap(), THREE_CALLERS);
    assert!(
        log.contains("not applied: selfheal has no database"),
        "{log}"
    );
}

#[test]
fn max_rounds_zero_changes_nothing() {
    let project = Project::new("zero-rounds");
    let source = project.write("main.rs", THREE_CALLERS);
    let binary = project.dir.join("program");
    let mut args = vec!["heal", "--yes", "--max-rounds", "0", "--"];
    let command = rustc_command(&binary);
    args.extend(command.iter().map(String::as_str));
    let output = project.selfheal(&project.home(), &args);
    let log = String::from_utf8_lossy(&output.stderr);
    assert_ne!(output.status.code(), Some(0), "{log}");
    assert_eq!(std::fs::read_to_string(&source).unwrap(), THREE_CALLERS);
    assert!(log.contains("--max-rounds 0"), "{log}");
}

/// Ctrl-C at a terminal goes to the whole foreground process group; here it is sent to selfheal
/// alone, the harder case: selfheal passes it on, the command's last words still come through,
/// and the exit code is the command's.
#[cfg(unix)]
#[test]
fn an_interrupt_reaches_the_command_and_its_last_output_is_kept() {
    let project = Project::new("interrupt");
    let script = "trap 'echo cleaning up after the interrupt; exit 130' INT; \
                  echo started; i=0; while [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done";
    let child = Command::new(env!("CARGO_BIN_EXE_selfheal"))
        .args(["run", "--", "sh", "-c", script])
        .current_dir(&project.dir)
        .env("SELFHEAL_HOME", project.home())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    let status = Command::new("kill")
        .args(["-s", "INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let started = std::time::Instant::now();
    let output = child.wait_with_output().unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert!(out.contains("started"), "{out}");
    assert!(out.contains("cleaning up after the interrupt"), "{out}");
    assert_eq!(output.status.code(), Some(130));
}
