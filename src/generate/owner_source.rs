//! The names a module or package defines, read from its own source: for a name imported from a
//! Python module whose file the error names (`cannot import name 'Paht' from 'pathlib'
//! (/usr/lib/python3.11/pathlib.py)`), and for a member of a Go standard package
//! (`undefined: strings.TrimPrefx`, the package's files under the Go installation's `src/`).
//! The candidates a misspelt imported name or package member may have meant.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use super::missing::MissingThing;
use super::symbols::definitions_in;
use super::Context;
use crate::fix::FileSource;
use crate::occurrence::Language;

/// At most this many files of one Go package are read.
const PACKAGE_FILES: usize = 64;

/// The names the owner of `missing` defines, when its source can be found.
pub fn owner_names(context: &Context<'_>, missing: &MissingThing) -> Vec<String> {
    let owner = match &missing.owner {
        Some(owner) => owner,
        None => return Vec::new(),
    };
    match context.occurrence.tool.language() {
        Language::Python => python_module_file(&context.occurrence.message)
            .map(|path| defined_in(&[path], context.files))
            .unwrap_or_default(),
        Language::Go => go_package_names(owner, context.files),
        _ => Vec::new(),
    }
}

/// The names `files` define, sorted, once each.
fn defined_in(files: &[PathBuf], source: &dyn FileSource) -> Vec<String> {
    let mut names: Vec<String> = files
        .iter()
        .filter_map(|path| Some((path, source.read(path)?)))
        .flat_map(|(path, text)| definitions_in(path, &text))
        .map(|definition| definition.name)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The exported names of the standard package `package`, read once per process (the Go
/// installation does not change under a running editor; an editor asks for code actions often).
fn go_package_names(package: &str, source: &dyn FileSource) -> Vec<String> {
    static READ: OnceLock<Mutex<HashMap<String, Vec<String>>>> = OnceLock::new();
    let read = READ.get_or_init(Mutex::default);
    if let Some(names) = read.lock().ok().and_then(|r| r.get(package).cloned()) {
        return names;
    }
    let names: Vec<String> = defined_in(&go_package_files(package), source)
        .into_iter()
        // Only exported names can be used from another package.
        .filter(|name| name.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    if let Ok(mut read) = read.lock() {
        read.insert(package.to_string(), names.clone());
    }
    names
}

/// `… from 'pathlib' (/usr/lib/python3.11/pathlib.py)`: the module's file.
fn python_module_file(message: &str) -> Option<PathBuf> {
    let open = message.rfind(" (")?;
    let path = message[open + 2..].strip_suffix(')')?;
    (path.ends_with(".py") && Path::new(path).is_absolute()).then(|| PathBuf::from(path))
}

/// The non-test files of the standard package `package` (`strings`, `net/http`), in the Go
/// installation of the `go` on `PATH`.
fn go_package_files(package: &str) -> Vec<PathBuf> {
    let Some(root) = go_root() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(root.join("src").join(package)) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension().is_some_and(|e| e == "go")
                && !path.to_string_lossy().ends_with("_test.go")
        })
        .collect();
    files.sort();
    files.truncate(PACKAGE_FILES);
    files
}

/// `GOROOT`, else the directory above the `bin/` of the `go` found on `PATH`; found once.
fn go_root() -> Option<PathBuf> {
    static ROOT: OnceLock<Option<PathBuf>> = OnceLock::new();
    ROOT.get_or_init(find_go_root).clone()
}

fn find_go_root() -> Option<PathBuf> {
    if let Some(root) = std::env::var_os("GOROOT").filter(|r| !r.is_empty()) {
        return Some(PathBuf::from(root));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("go"))
        .find(|go| go.is_file())
        .and_then(|go| std::fs::canonicalize(go).ok())
        .and_then(|go| Some(go.parent()?.parent()?.to_path_buf()))
        .filter(|root| root.join("src").is_dir())
}

#[cfg(test)]
mod tests {
    use super::python_module_file;

    #[test]
    fn the_module_file_is_read_from_the_message() {
        assert_eq!(
            python_module_file(
                "cannot import name 'Paht' from 'pathlib' (/usr/lib/python3.11/pathlib.py)"
            ),
            Some("/usr/lib/python3.11/pathlib.py".into())
        );
        assert_eq!(
            python_module_file("cannot import name 'x' from 'pkg' (unknown location)"),
            None
        );
    }
}
