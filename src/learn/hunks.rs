//! The changed regions between two versions of a file, as line hunks: what a person's edit was.

/// One changed region: lines `old_start..old_start + old.len()` (0-based) of the old text became
/// `new`. Lines keep their line endings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hunk<'a> {
    pub old_start: usize,
    pub old: Vec<&'a str>,
    pub new_start: usize,
    pub new: Vec<&'a str>,
}

impl Hunk<'_> {
    /// Byte range of the hunk's old lines in `old_text` (empty for a pure insertion).
    pub fn old_bytes(&self, old_lines: &[&str]) -> std::ops::Range<usize> {
        let start: usize = old_lines[..self.old_start].iter().map(|l| l.len()).sum();
        let len: usize = self.old.iter().map(|l| l.len()).sum();
        start..start + len
    }
}

/// Above this many differing lines (after the common prefix and suffix) the change is no lesson
/// anyway, and the quadratic diff is not run.
const MAX_REGION_LINES: usize = 400;

/// The hunks turning `old` into `new`, in order; `None` when the changed region is too large to
/// be one person's fix of one error.
pub fn hunks<'a>(old: &'a [&'a str], new: &'a [&'a str]) -> Option<Vec<Hunk<'a>>> {
    let (prefix, suffix) = crate::fix::common_ends(old, new);
    let a = &old[prefix..old.len() - suffix];
    let b = &new[prefix..new.len() - suffix];
    if a.is_empty() && b.is_empty() {
        return Some(Vec::new());
    }
    if a.len() > MAX_REGION_LINES || b.len() > MAX_REGION_LINES {
        return None;
    }
    // Longest common subsequence table, from the end.
    let mut table = vec![vec![0u16; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i][j] = match a[i] == b[j] {
                true => table[i + 1][j + 1] + 1,
                false => table[i + 1][j].max(table[i][j + 1]),
            };
        }
    }
    let mut found = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut open: Option<Hunk<'a>> = None;
    while i < a.len() || j < b.len() {
        let same = i < a.len() && j < b.len() && a[i] == b[j];
        if same {
            if let Some(hunk) = open.take() {
                found.push(hunk);
            }
            i += 1;
            j += 1;
            continue;
        }
        let hunk = open.get_or_insert_with(|| Hunk {
            old_start: prefix + i,
            old: Vec::new(),
            new_start: prefix + j,
            new: Vec::new(),
        });
        if j < b.len() && (i == a.len() || table[i][j + 1] >= table[i + 1][j]) {
            hunk.new.push(b[j]);
            j += 1;
        } else {
            hunk.old.push(a[i]);
            i += 1;
        }
    }
    if let Some(hunk) = open {
        found.push(hunk);
    }
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::hunks;

    fn lines(text: &str) -> Vec<&str> {
        text.split_inclusive('\n').collect()
    }

    #[test]
    fn one_changed_line_and_one_added_import_are_two_hunks() {
        let old = lines("a\nb\nc\nd\ne\n");
        let new = lines("a\nimport x\nb\nc\nD\ne\n");
        let found = hunks(&old, &new).unwrap();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[0].old_start, found[0].old.len()), (1, 0));
        assert_eq!(found[0].new, vec!["import x\n"]);
        assert_eq!(found[1].old, vec!["d\n"]);
        assert_eq!(found[1].new, vec!["D\n"]);
        assert_eq!(found[1].old_bytes(&old), 6..8);
    }

    #[test]
    fn identical_texts_have_no_hunks() {
        let old = lines("a\nb\n");
        assert!(hunks(&old, &old).unwrap().is_empty());
    }
}
