//! Applying a `FilePatch`: only to the exact bytes it was computed for, atomically, keeping the
//! file's permissions. A file that changed since is refused with a message that says so; so is a
//! read-only file. A symbolic link is written through: its target gets the new bytes, the link
//! stays a link.

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
    /// The file's mode has no write permission (say 0444): someone meant it not to change, and a
    /// rename over it would change it anyway, so it is left alone.
    #[error("{} is read-only; not changed", .path.display())]
    ReadOnly { path: PathBuf },
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
    write_file_atomically(&patch.path, &prepared.after)?;
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
    // Refused here too, so that nothing is recorded for a fix that cannot be written.
    let target = write_target(&patch.path).map_err(|source| FixError::Io {
        path: patch.path.clone(),
        source,
    })?;
    if fs::metadata(&target).is_ok_and(|metadata| metadata.permissions().readonly()) {
        return Err(FixError::ReadOnly {
            path: patch.path.clone(),
        });
    }
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

/// Writes `bytes` to `path` the way every fix and every undo must: refused when the file is
/// read-only, through a symbolic link to the file it points to (the link stays), and atomically
/// (see `write_beside`).
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), FixError> {
    let io = |source| FixError::Io {
        path: path.to_path_buf(),
        source,
    };
    let target = write_target(path).map_err(io)?;
    match fs::metadata(&target) {
        Ok(metadata) if metadata.permissions().readonly() => {
            return Err(FixError::ReadOnly {
                path: path.to_path_buf(),
            })
        }
        // A file that does not exist yet (undo of a removal) has no mode to respect.
        _ => {}
    }
    write_beside(&target, bytes).map_err(io)
}

/// `write_file_atomically` for callers that speak `std::io`: a read-only file is a
/// `PermissionDenied` error with the same message.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_file_atomically(path, bytes).map_err(|error| match error {
        FixError::Io { source, .. } => source,
        other => std::io::Error::new(std::io::ErrorKind::PermissionDenied, other.to_string()),
    })
}

/// The file to write for `path`: a symbolic link (or a path through linked directories) resolves
/// to the file it points to, since renaming over the link would replace the link with a copy and
/// leave the real file as it was. A path that does not exist yet is written as it is; a link that
/// points nowhere is an error, not something to overwrite.
fn write_target(path: &Path) -> std::io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(_) => fs::canonicalize(path),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(path.to_path_buf()),
        Err(error) => Err(error),
    }
}

/// Writes `bytes` to a temporary file beside `path` and renames it over `path`, so a crash leaves
/// the old file or the new one, never half of each. Keeps the file's permissions. `path` must not
/// be a symbolic link (see `write_target`).
fn write_beside(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let directory = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Unique per process and per write: two threads saving the same file must not share one.
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let write = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let temporary = directory.join(format!(
        ".{name}.selfheal-{}-{write}.tmp",
        std::process::id()
    ));
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

    /// A fresh directory for one test.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("selfheal-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn insert_at_start(path: &Path, text: &[u8], line: &str) -> FilePatch {
        FilePatch {
            path: path.to_path_buf(),
            original_sha256: sha256_hex(text),
            edits: vec![TextEdit {
                start: 0,
                end: 0,
                expected: String::new(),
                replacement: line.into(),
            }],
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_written_through_and_stays_a_link() {
        let dir = scratch("apply-symlink");
        fs::create_dir_all(dir.join("real")).unwrap();
        let real = dir.join("real/main.py");
        let link = dir.join("main.py");
        fs::write(&real, "print(json.dumps(1))\n").unwrap();
        std::os::unix::fs::symlink("real/main.py", &link).unwrap();
        let applied = apply_patch(&insert_at_start(
            &link,
            b"print(json.dumps(1))\n",
            "import json\n",
        ))
        .unwrap();
        assert_eq!(applied.path, link);
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read_link(&link).unwrap(), Path::new("real/main.py"));
        assert_eq!(
            fs::read_to_string(&real).unwrap(),
            "import json\nprint(json.dumps(1))\n"
        );
        // Undo goes the same way: the link stays, the target gets the old bytes back.
        write_atomically(&link, &applied.before).unwrap();
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read_to_string(&real).unwrap(), "print(json.dumps(1))\n");
        // No temporary file is left behind, beside the link or the target.
        let leftovers = |d: &Path| {
            fs::read_dir(d)
                .unwrap()
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
                .count()
        };
        assert_eq!(leftovers(&dir) + leftovers(&dir.join("real")), 0);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_file_is_refused_and_left_exactly_as_it_was() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("apply-read-only");
        let path = dir.join("main.py");
        let text = b"print(json.dumps(1))\n";
        fs::write(&path, text).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
        let error = apply_patch(&insert_at_start(&path, text, "import json\n")).unwrap_err();
        assert!(matches!(error, FixError::ReadOnly { .. }), "{error:?}");
        assert_eq!(
            error.to_string(),
            format!("{} is read-only; not changed", path.display())
        );
        assert_eq!(fs::read(&path).unwrap(), text);
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o444);
        // Through a link too, and for the io-speaking writer used by revert.
        let link = dir.join("link.py");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        let error = write_atomically(&link, b"x").unwrap_err();
        assert_eq!(error.kind(), std::io::ErrorKind::PermissionDenied);
        assert_eq!(fs::read(&path).unwrap(), text);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        fs::remove_dir_all(&dir).unwrap();
    }
}
