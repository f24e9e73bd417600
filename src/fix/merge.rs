//! Merging the patches of several fixes into one edit per file, when they were all computed
//! against the same bytes and none overlaps another: fix-all in the editor, and one fix made at
//! every place an error repeats.

use super::FilePatch;

/// Adds `patches` to `chosen` unless one of their edits overlaps an edit already there (or was
/// computed against other bytes of the same file). An identical edit (two errors, one import)
/// counts as already made. Returns whether they were added.
pub fn merge_patches(chosen: &mut Vec<FilePatch>, patches: &[FilePatch]) -> bool {
    let conflicts = patches.iter().any(|patch| {
        chosen
            .iter()
            .filter(|other| other.path == patch.path)
            .any(|other| {
                other.original_sha256 != patch.original_sha256
                    || other.edits.iter().any(|existing| {
                        patch.edits.iter().any(|edit| {
                            edit != existing
                                && edit.start < existing.end.max(existing.start + 1)
                                && existing.start < edit.end.max(edit.start + 1)
                        })
                    })
            })
    });
    if conflicts {
        return false;
    }
    for patch in patches {
        match chosen.iter_mut().find(|other| other.path == patch.path) {
            Some(other) => {
                for edit in &patch.edits {
                    if !other.edits.contains(edit) {
                        other.edits.push(edit.clone());
                    }
                }
                other.edits.sort_by_key(|edit| (edit.start, edit.end));
            }
            None => chosen.push(patch.clone()),
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::TextEdit;

    fn patch(edits: &[(usize, usize, &str)]) -> FilePatch {
        FilePatch {
            path: "a.rs".into(),
            original_sha256: "s".into(),
            edits: edits
                .iter()
                .map(|(start, end, replacement)| TextEdit {
                    start: *start,
                    end: *end,
                    expected: "x".repeat(end - start),
                    replacement: replacement.to_string(),
                })
                .collect(),
        }
    }

    #[test]
    fn disjoint_edits_merge_in_order_identical_ones_once_and_overlaps_are_refused() {
        let mut chosen = vec![patch(&[(10, 12, "b")])];
        assert!(merge_patches(&mut chosen, &[patch(&[(0, 1, "a")])]));
        assert!(merge_patches(&mut chosen, &[patch(&[(0, 1, "a")])]));
        assert_eq!(
            chosen[0].edits.iter().map(|e| e.start).collect::<Vec<_>>(),
            vec![0, 10]
        );
        assert!(!merge_patches(&mut chosen, &[patch(&[(11, 13, "c")])]));
        let mut other_bytes = patch(&[(20, 21, "d")]);
        other_bytes.original_sha256 = "t".into();
        assert!(!merge_patches(&mut chosen, &[other_bytes]));
    }
}
