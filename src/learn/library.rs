//! The learned patterns: `learned.toml` in the user's pattern directory (`$SELFHEAL_HOME/patterns`),
//! an ordinary pattern file, so everything that loads, lists, exports and validates patterns sees
//! them too. Kept per user, not per project: a fix learned in one project is offered in the others,
//! and verification guards it.

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::pattern::{export_patterns, parse_specs, PatternSpec};

/// The file name of the learned patterns in the user's pattern directory.
pub const LEARNED_FILE: &str = "learned.toml";

/// Whether a pattern id is a learned one.
pub fn is_learned_id(id: &str) -> bool {
    id.split_once('.')
        .is_some_and(|(_, name)| name.starts_with("learned-"))
}

/// Where the learned patterns are kept; `None` without a data directory.
pub fn learned_file() -> Option<PathBuf> {
    crate::home::user_patterns_dir().map(|dir| dir.join(LEARNED_FILE))
}

/// The learned patterns in `file` (none when it does not exist).
pub fn read(file: &Path) -> anyhow::Result<Vec<PatternSpec>> {
    match std::fs::read_to_string(file) {
        Ok(text) => parse_specs(&text).with_context(|| format!("cannot read {}", file.display())),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(error) => Err(error).with_context(|| format!("cannot read {}", file.display())),
    }
}

fn write(file: &Path, patterns: &[PatternSpec]) -> anyhow::Result<()> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let specs: Vec<&PatternSpec> = patterns.iter().collect();
    let text = format!(
        "# Patterns selfheal learned from fixes people made (see `selfheal patterns list --learned`).\n\
         # Remove one with `selfheal patterns forget ID`.\n\n{}",
        export_patterns(&specs)
    );
    crate::fix::write_atomically(file, text.as_bytes())
        .with_context(|| format!("cannot write {}", file.display()))
}

/// Runs one read-modify-write of `file` alone: no other thread of this process and no other
/// selfheal process (a CLI run beside the editor's server) changes it meanwhile, so two lessons
/// learned at once are both kept. The lock is `file` + `.lock`, held by the OS (released if the
/// process dies).
fn exclusively<T>(file: &Path, change: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<T> {
    static IN_PROCESS: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _in_process = IN_PROCESS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let mut lock_path = file.as_os_str().to_owned();
    lock_path.push(".lock");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .with_context(|| format!("cannot open {}", Path::new(&lock_path).display()))?;
    lock.lock()
        .with_context(|| format!("cannot lock {}", Path::new(&lock_path).display()))?;
    change()
}

/// Adds `spec` unless a pattern with its id is there already; whether it was added.
pub fn add(file: &Path, spec: &PatternSpec) -> anyhow::Result<bool> {
    exclusively(file, || add_unlocked(file, spec))
}

fn add_unlocked(file: &Path, spec: &PatternSpec) -> anyhow::Result<bool> {
    let mut patterns = read(file)?;
    if patterns.iter().any(|p| p.id == spec.id) {
        return Ok(false);
    }
    patterns.push(spec.clone());
    // The specific before the general: a lesson about one name is tried before one about any,
    // and one learned from a single change before one generalised from two.
    patterns.sort_by_key(|p| {
        let groups = p.message.matches("(?P<").count()
            + p.fixes
                .iter()
                .flat_map(|fix| &fix.edits)
                .filter_map(|edit| edit.find.as_deref())
                .map(|find| find.matches("(?P<").count())
                .sum::<usize>();
        groups
    });
    write(file, &patterns)?;
    Ok(true)
}

/// Removes the pattern `id`; whether it was there.
pub fn forget(file: &Path, id: &str) -> anyhow::Result<bool> {
    exclusively(file, || forget_unlocked(file, id))
}

fn forget_unlocked(file: &Path, id: &str) -> anyhow::Result<bool> {
    let mut patterns = read(file)?;
    let before = patterns.len();
    patterns.retain(|p| p.id != id);
    if patterns.len() == before {
        return Ok(false);
    }
    write(file, &patterns)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(id: &str) -> PatternSpec {
        let text = format!(
            "[[pattern]]\nid = \"{id}\"\nlanguage = \"python\"\nmessage = 'NameError: name .x. is not defined'\ncategory = \"undefined-name\"\ntitle = \"x\"\nexplanation = \"x is not defined\"\n"
        );
        parse_specs(&text).expect("a valid pattern").remove(0)
    }

    #[test]
    fn lessons_saved_at_once_from_many_threads_are_all_kept() {
        let dir =
            std::env::temp_dir().join(format!("selfheal-learned-race-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let file = dir.join("patterns").join(LEARNED_FILE);
        let threads: Vec<_> = (0..8)
            .map(|n| {
                let file = file.clone();
                std::thread::spawn(move || add(&file, &spec(&format!("python.learned-{n:02}"))))
            })
            .collect();
        for thread in threads {
            assert!(thread.join().unwrap().expect("saved"), "each lesson is new");
        }
        let mut ids: Vec<String> = read(&file).unwrap().into_iter().map(|p| p.id).collect();
        ids.sort();
        let expected: Vec<String> = (0..8).map(|n| format!("python.learned-{n:02}")).collect();
        assert_eq!(ids, expected);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
