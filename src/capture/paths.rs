//! Resolves the relative paths that tools print against the directory the tool ran in, lexically
//! (no file-system access: the files may be on another machine or gone).

use std::path::{Component, Path, PathBuf};

use crate::occurrence::Occurrence;

/// `file` joined to `cwd` when it is a relative path, with `.` and `..` folded — in absolute paths
/// too (`python3 ../tool.py` prints `/proj/build/../tool.py`; an editor must get `/proj/tool.py`,
/// the document it has open). Pseudo-files such as `<stdin>`, `<frozen importlib._bootstrap>` or
/// `node:internal/…` are returned unchanged.
pub fn resolve_path(file: &str, cwd: &Path) -> String {
    if file.is_empty()
        || file.starts_with('<')
        || file.starts_with("node:")
        || file.contains("://")
        || looks_like_windows_absolute(file)
    {
        return file.to_string();
    }
    let path = Path::new(file);
    // Sized once: growing it component by component reallocated for most paths.
    let mut joined = PathBuf::with_capacity(cwd.as_os_str().len() + file.len() + 1);
    for component in cwd.join(path).components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !joined.pop() {
                    joined.push("..");
                }
            }
            other => joined.push(other),
        }
    }
    joined.to_string_lossy().into_owned()
}

fn looks_like_windows_absolute(file: &str) -> bool {
    let bytes = file.as_bytes();
    bytes.len() >= 3
        && bytes[0].is_ascii_alphabetic()
        && bytes[1] == b':'
        && (bytes[2] == b'\\' || bytes[2] == b'/')
}

/// Resolves every path an occurrence carries.
pub fn resolve_occurrence(occurrence: &mut Occurrence, cwd: &Path) {
    if let Some(file) = &mut occurrence.file {
        *file = resolve_path(file, cwd);
    }
    for note in &mut occurrence.notes {
        if let Some(file) = &mut note.file {
            *file = resolve_path(file, cwd);
        }
    }
    for suggestion in &mut occurrence.suggestions {
        suggestion.file = resolve_path(&suggestion.file, cwd);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_and_keeps_the_rest() {
        let cwd = Path::new("/work/proj");
        assert_eq!(resolve_path("src/main.rs", cwd), "/work/proj/src/main.rs");
        assert_eq!(resolve_path("./main.go", cwd), "/work/proj/main.go");
        assert_eq!(resolve_path("../lib/a.c", cwd), "/work/lib/a.c");
        assert_eq!(resolve_path("/abs/x.py", cwd), "/abs/x.py");
        assert_eq!(
            resolve_path("/work/proj/build/../tool.py", cwd),
            "/work/proj/tool.py"
        );
        assert_eq!(resolve_path("/work/./proj/x.py", cwd), "/work/proj/x.py");
        assert_eq!(resolve_path("<stdin>", cwd), "<stdin>");
        assert_eq!(resolve_path("node:internal/x", cwd), "node:internal/x");
        assert_eq!(resolve_path("C:\\src\\a.ts", cwd), "C:\\src\\a.ts");
    }
}
