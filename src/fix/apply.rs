//! Applying a `FilePatch`: only to the exact bytes it was computed for, atomically, keeping the
//! file's permissions. A file that changed since is refused with a message that says so.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{sha256_hex, FilePatch};

#[derive(Debug, thiserror::Error)]
pub enum FixError {
    #[error("{} changed since the fix was computed; not applied (run again to get a fresh fix)", .path.display())]
    FileChanged { path: PathBuf },
    #[error("{}: the text at byte {offset} is no longer {expected:?}; not applied", .path.display())]
    ExpectedTextChanged {
        path: PathBuf,
        offset: usize,
        expected: String,
    },
    #[error("{}: the fix's edits overlap; not applied", .path.display())]
    OverlappingEdits { path: PathBuf },
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not UTF-8 text; selfheal does not edit it", .path.display())]
    NotText { path: PathBuf },
}

/// What applying a patch did: the exact bytes before and after, for the audit log and undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedPatch {
    pub path: PathBuf,
    pub before: Vec<u8>,
    pub after: Vec<u8>,
}

/// Applies `patch` to the file on disk.
pub fn apply_patch(patch: &FilePatch) -> Result<AppliedPatch, FixError> {
    let prepared = prepare_patch(patch)?;
    write_atomically(&patch.path, &prepared.after).map_err(|source| FixError::Io {
        path: patch.path.clone(),
        source,
    })?;
    Ok(prepared)
}

/// What applying `patch` to the file on disk would write, checked against the file as it is now,
/// without writing: so that the undo can be recorded before the file changes.
pub fn prepare_patch(patch: &FilePatch) -> Result<AppliedPatch, FixError> {
    let before = fs::read(&patch.path).map_err(|source| FixError::Io {
        path: patch.path.clone(),
        source,
    })?;
    if sha256_hex(&before) != patch.original_sha256 {
        return Err(FixError::FileChanged {
            path: patch.path.clone(),
        });
    }
    let text = std::str::from_utf8(&before).map_err(|_| FixError::NotText {
        path: patch.path.clone(),
    })?;
    let after = apply_patch_to_text(text, patch)?.into_bytes();
    Ok(AppliedPatch {
        path: patch.path.clone(),
        before,
        after,
    })
}

/// Applies `patch` to `text` (which must be what the patch was computed against).
pub fn apply_patch_to_text(text: &str, patch: &FilePatch) -> Result<String, FixError> {
    let mut result = String::with_capacity(text.len() + 64);
    let mut position = 0;
    for edit in &patch.edits {
        if edit.start < position || edit.end < edit.start {
            return Err(FixError::OverlappingEdits {
                path: patch.path.clone(),
            });
        }
        let found = text.get(edit.start..edit.end);
        if found != Some(edit.expected.as_str()) {
            return Err(FixError::ExpectedTextChanged {
                path: patch.path.clone(),
                offset: edit.start,
                expected: edit.expected.clone(),
            });
        }
        result.push_str(&text[position..edit.start]);
        result.push_str(&edit.replacement);
        position = edit.end;
    }
    result.push_str(&text[position..]);
    Ok(result)
}

/// Writes `bytes` to a temporary file beside `path` and renames it over `path`, so a crash leaves
/// the old file or the new one, never half of each. Keeps the file's permissions.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let directory = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = directory.join(format!(".{name}.selfheal-{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        if let Ok(metadata) = fs::metadata(path) {
            fs::set_permissions(&temporary, metadata.permissions())?;
        }
        fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::TextEdit;

    fn patch(edits: Vec<TextEdit>) -> FilePatch {
        FilePatch {
            path: "a.txt".into(),
            original_sha256: String::new(),
            edits,
        }
    }

    #[test]
    fn applies_in_order_and_refuses_changed_text() {
        let text = "let x = 1;\nlet y = 2;\n";
        let edits = vec![
            TextEdit {
                start: 4,
                end: 5,
                expected: "x".into(),
                replacement: "mut x".into(),
            },
            TextEdit {
                start: 11,
                end: 11,
                expected: String::new(),
                replacement: "// y\n".into(),
            },
        ];
        assert_eq!(
            apply_patch_to_text(text, &patch(edits.clone())).unwrap(),
            "let mut x = 1;\n// y\nlet y = 2;\n"
        );
        let changed = "let z = 1;\nlet y = 2;\n";
        assert!(matches!(
            apply_patch_to_text(changed, &patch(edits)),
            Err(FixError::ExpectedTextChanged { offset: 4, .. })
        ));
    }

    #[test]
    fn a_file_changed_on_disk_is_refused_and_left_alone() {
        let dir = std::env::temp_dir().join(format!("selfheal-apply-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("main.py");
        fs::write(&path, "print(json.dumps(1))\n").unwrap();
        let fix = FilePatch {
            path: path.clone(),
            original_sha256: sha256_hex(b"print(json.dumps(1))\n"),
            edits: vec![TextEdit {
                start: 0,
                end: 0,
                expected: String::new(),
                replacement: "import json\n".into(),
            }],
        };
        fs::write(&path, "print(json.dumps(2))\n").unwrap();
        assert!(matches!(
            apply_patch(&fix),
            Err(FixError::FileChanged { .. })
        ));
        assert_eq!(fs::read_to_string(&path).unwrap(), "print(json.dumps(2))\n");
        fs::write(&path, "print(json.dumps(1))\n").unwrap();
        let applied = apply_patch(&fix).unwrap();
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            "import json\nprint(json.dumps(1))\n"
        );
        assert_eq!(applied.before, b"print(json.dumps(1))\n");
        fs::remove_dir_all(&dir).unwrap();
    }
}
