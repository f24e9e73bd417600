//! Guarding and aiming the Python install commands that pattern fixes offer (`pip install X`).
//!
//! A `No module named 'jsno'` is far more often a typo of `json`, or a module of the project
//! that Python cannot see, than a missing package — and `pip install jsno` would install
//! whatever a stranger uploaded under that name. So no install is offered for a name within
//! two edits of a standard-library module, or named like a directory or `.py` file of the
//! project. An install that is offered runs with the interpreter the failing command used
//! (`python3 -m pip`, `/p/.venv/bin/python -m pip`): a bare `pip` may belong to another Python.

use std::path::Path;

use crate::fix::{FixAction, FixPlan, NotApplicable};
use crate::generate::{distance, python_modules};
use crate::occurrence::Occurrence;

/// Names this close to a standard-library module are treated as its typos: 2 edits, but 1 for
/// names of up to 5 letters, where 2 edits would reach real packages (`numpy` is 2 from `runpy`,
/// `redis` from `dis`, `six` from `os`).
const TYPO_DISTANCE: usize = 2;
const SHORT_NAME: usize = 5;

/// Files whose directory is taken as a Python project's root.
const PROJECT_ROOT_MARKERS: &[&str] = &[
    "pyproject.toml",
    "setup.py",
    "setup.cfg",
    ".git",
    "requirements.txt",
];

/// The plan, with a `pip install …` command refused (see the module doc) or rewritten to
/// `<interpreter> -m pip install …`; any other plan unchanged.
pub fn guard_python_install(
    plan: FixPlan,
    occurrence: &Occurrence,
    command_line: &[String],
) -> Result<FixPlan, NotApplicable> {
    let packages = match &plan.action {
        FixAction::Command(command) => match command.strip_prefix("pip install ") {
            Some(packages) => packages.to_string(),
            None => return Ok(plan),
        },
        FixAction::Edit(_) => return Ok(plan),
    };
    for package in packages
        .split_whitespace()
        .filter(|word| !word.starts_with('-'))
    {
        if let Some(module) = standard_library_look_alike(package) {
            return Err(NotApplicable(format!(
                "`{package}` is a near miss of the standard-library module \
                 `{module}`: probably a typo, and installing it could install someone else's \
                 package"
            )));
        }
        if let Some(place) = project_module_named(package, occurrence.file.as_deref()) {
            return Err(NotApplicable(format!(
                "`{package}` is a module of the project ({place}), not a package to install"
            )));
        }
    }
    Ok(FixPlan {
        action: FixAction::Command(format!(
            "{} -m pip install {packages}",
            interpreter_of(command_line)
        )),
        ..plan
    })
}

/// The standard-library module `name` is at most [`TYPO_DISTANCE`] edits from (case ignored).
fn standard_library_look_alike(name: &str) -> Option<&'static str> {
    let name = name.to_ascii_lowercase();
    let limit = match name.chars().count() <= SHORT_NAME {
        true => 1,
        false => TYPO_DISTANCE,
    };
    python_modules().find(|module| distance(&name, &module.to_ascii_lowercase(), limit).is_some())
}

/// A directory or `.py` file named `name` beside the failing file or in the project's root.
fn project_module_named(name: &str, failing_file: Option<&str>) -> Option<String> {
    let directory = Path::new(failing_file?).parent()?;
    let project_root = directory.ancestors().find(|ancestor| {
        PROJECT_ROOT_MARKERS
            .iter()
            .any(|m| ancestor.join(m).exists())
    });
    std::iter::once(directory)
        .chain(project_root)
        .flat_map(|place| [place.join(name), place.join(format!("{name}.py"))])
        .find(|candidate| candidate.exists())
        .map(|found| found.display().to_string())
}

/// The Python the command ran (`python3`, `/p/.venv/bin/python`, `python3.11`), else `python`.
fn interpreter_of(command_line: &[String]) -> String {
    let Some(program) = command_line.first() else {
        return DEFAULT_INTERPRETER.to_string();
    };
    let file_name = Path::new(program)
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or_default();
    let is_python = file_name
        .strip_prefix("python")
        .is_some_and(|version| version.chars().all(|c| c.is_ascii_digit() || c == '.'));
    match is_python && !program.chars().any(char::is_whitespace) {
        true => program.clone(),
        false => DEFAULT_INTERPRETER.to_string(),
    }
}

/// The interpreter when the command did not name one: `python3` where `python` may be missing
/// or Python 2 (Debian, macOS), `python` on Windows.
const DEFAULT_INTERPRETER: &str = match cfg!(windows) {
    true => "python",
    false => "python3",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("jsno", "json", 2), Some(1));
        assert_eq!(distance("reqests", "requests", 2), Some(1));
        assert_eq!(distance("numpy", "json", 4), None);
        assert_eq!(standard_library_look_alike("jsno"), Some("json"));
        assert_eq!(standard_library_look_alike("Jsonn"), Some("json"));
        assert_eq!(standard_library_look_alike("requests"), None);
        assert_eq!(standard_library_look_alike("pandas"), None);
        // Short names allow one edit only: real packages two edits from a module stay installable.
        assert_eq!(standard_library_look_alike("numpy"), None);
        assert_eq!(standard_library_look_alike("redis"), None);
        assert_eq!(standard_library_look_alike("six"), None);
        assert_eq!(
            standard_library_look_alike("colections"),
            Some("collections")
        );
    }

    #[test]
    fn interpreters() {
        let line = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(interpreter_of(&line(&["python3", "m.py"])), "python3");
        assert_eq!(
            interpreter_of(&line(&["/p/.venv/bin/python", "m.py"])),
            "/p/.venv/bin/python"
        );
        assert_eq!(
            interpreter_of(&line(&["python3.11", "-m", "x"])),
            "python3.11"
        );
        assert_eq!(interpreter_of(&line(&["pytest"])), DEFAULT_INTERPRETER);
        assert_eq!(interpreter_of(&line(&["pythonista"])), DEFAULT_INTERPRETER);
        assert_eq!(interpreter_of(&[]), DEFAULT_INTERPRETER);
    }
}
