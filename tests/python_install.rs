//! The install commands offered for Python's `No module named 'X'`, from the real `python3`:
//! none for a typo of a standard-library module or for a module of the project, and otherwise
//! `<the interpreter that failed> -m pip install X`, never a bare `pip`.

use std::path::{Path, PathBuf};
use std::process::Command;

use selfheal::capture::{capture_text, CaptureOptions};
use selfheal::engine::Engine;
use selfheal::fix::{Disk, FixAction};
use selfheal::pattern::PatternSet;

fn project(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("selfheal-pyinstall-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `command` in `dir` and returns the shell commands offered for the errors it printed.
fn offered_commands(dir: &Path, command: &[&str]) -> Vec<String> {
    let output = Command::new(command[0])
        .args(&command[1..])
        .current_dir(dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("python3 must be installed");
    assert!(!output.status.success(), "the program must fail");
    let text = String::from_utf8_lossy(&output.stderr);
    let occurrences = capture_text(
        &text,
        CaptureOptions {
            cwd: Some(dir.to_path_buf()),
        },
    );
    assert!(!occurrences.is_empty(), "recognised nothing in {text}");
    let patterns = PatternSet::builtin();
    let command_line: Vec<String> = command.iter().map(|word| word.to_string()).collect();
    let engine = Engine::new(&patterns, None).with_command_line(&command_line);
    engine
        .recognise_all(occurrences)
        .iter()
        .flat_map(|error| engine.candidate_fixes(error, &Disk))
        .filter_map(|candidate| match candidate.plan.action {
            FixAction::Command(command) => Some(command),
            FixAction::Edit(_) => None,
        })
        .collect()
}

#[test]
fn no_install_is_offered_for_a_typo_of_a_standard_library_module() {
    let dir = project("typo");
    std::fs::write(dir.join("main.py"), "import jsno\n").unwrap();
    assert_eq!(
        offered_commands(&dir, &["python3", "main.py"]),
        Vec::<String>::new()
    );
    std::fs::write(dir.join("main.py"), "import colections\n").unwrap();
    assert_eq!(
        offered_commands(&dir, &["python3", "main.py"]),
        Vec::<String>::new()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn no_install_is_offered_for_a_module_of_the_project() {
    let dir = project("local");
    std::fs::write(dir.join("pyproject.toml"), "[project]\nname = \"demo\"\n").unwrap();
    std::fs::write(dir.join("inventory_tools.py"), "VALUE = 1\n").unwrap();
    std::fs::create_dir_all(dir.join("scripts")).unwrap();
    std::fs::write(dir.join("scripts/run.py"), "import inventory_tools\n").unwrap();
    assert_eq!(
        offered_commands(&dir, &["python3", "scripts/run.py"]),
        Vec::<String>::new()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_install_uses_the_interpreter_that_failed() {
    let dir = project("interpreter");
    std::fs::write(dir.join("main.py"), "import frobnicatorx\n").unwrap();
    assert_eq!(
        offered_commands(&dir, &["python3", "main.py"]),
        vec!["python3 -m pip install frobnicatorx".to_string()]
    );
    let python = String::from_utf8(
        Command::new("python3")
            .args(["-c", "import sys; print(sys.executable)"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let python = python.trim();
    assert_eq!(
        offered_commands(&dir, &[python, "main.py"]),
        vec![format!("{python} -m pip install frobnicatorx")]
    );
    let _ = std::fs::remove_dir_all(&dir);
}
