//! A unified diff of one file's change, for showing a fix before it is applied.

/// How many items `a` and `b` share at their start, and then at their end (not overlapping the
/// start): the unchanged lines around a change.
pub fn common_ends<T: PartialEq>(a: &[T], b: &[T]) -> (usize, usize) {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (prefix, suffix)
}

/// One line of a diff: kept, removed or added, with its index in the old or new lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Keep(usize, usize),
    Remove(usize),
    Add(usize),
}

/// Above this many cells, the middle is shown as one removed and one added block.
const MAX_TABLE: usize = 4_000_000;

/// The lines of `old` → `new` as kept, removed and added ones: the longest common subsequence
/// of the lines between the common ends, so that two changes far apart are two hunks.
fn operations(old: &[&str], new: &[&str]) -> Vec<Op> {
    let (prefix, suffix) = common_ends(old, new);
    let (a, b) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Keep(i, i)).collect();
    if a.len().saturating_mul(b.len()) <= MAX_TABLE {
        // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
        let width = b.len() + 1;
        let mut lengths = vec![0u32; (a.len() + 1) * width];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                lengths[i * width + j] = match a[i] == b[j] {
                    true => lengths[(i + 1) * width + j + 1] + 1,
                    false => lengths[(i + 1) * width + j].max(lengths[i * width + j + 1]),
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            if i < a.len() && j < b.len() && a[i] == b[j] {
                ops.push(Op::Keep(prefix + i, prefix + j));
                (i, j) = (i + 1, j + 1);
            } else if j < b.len()
                && (i == a.len() || lengths[i * width + j + 1] >= lengths[(i + 1) * width + j])
            {
                ops.push(Op::Add(prefix + j));
                j += 1;
            } else {
                ops.push(Op::Remove(prefix + i));
                i += 1;
            }
        }
        // Removals before additions within each changed run, as unified diffs show them.
        let mut index = 0;
        while index < ops.len() {
            let run = ops[index..]
                .iter()
                .take_while(|op| !matches!(op, Op::Keep(..)))
                .count();
            ops[index..index + run].sort_by_key(|op| matches!(op, Op::Add(_)));
            index += run.max(1);
        }
    } else {
        ops.extend((prefix..old.len() - suffix).map(Op::Remove));
        ops.extend((prefix..new.len() - suffix).map(Op::Add));
    }
    ops.extend((0..suffix).map(|k| Op::Keep(old.len() - suffix + k, new.len() - suffix + k)));
    ops
}

/// The changes of `before` → `after` with up to 2 lines of context around each, in unified
/// format (changes closer than that share a hunk).
pub fn render_diff(path: &str, before: &str, after: &str) -> String {
    let old: Vec<&str> = before.split_inclusive('\n').collect();
    let new: Vec<&str> = after.split_inclusive('\n').collect();
    let ops = operations(&old, &new);
    let changed: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, op)| !matches!(op, Op::Keep(..)))
        .map(|(index, _)| index)
        .collect();
    if changed.is_empty() {
        return String::new();
    }
    let context = 2;
    // Hunks as ranges of `ops`: each change with its context, merged where they touch.
    let mut hunks: Vec<(usize, usize)> = Vec::new();
    for &index in &changed {
        let (start, end) = (
            index.saturating_sub(context),
            (index + context + 1).min(ops.len()),
        );
        match hunks.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => hunks.push((start, end)),
        }
    }
    let line = |sign: char, content: &str| {
        let content = content.strip_suffix('\n').unwrap_or(content);
        let content = content.strip_suffix('\r').unwrap_or(content);
        format!("{sign}{content}\n")
    };
    let mut text = format!("--- {path}\n+++ {path}\n");
    for (start, end) in hunks {
        let hunk = &ops[start..end];
        // Where the hunk starts in each file: its first line there, or the line it follows.
        let old_at = hunk
            .iter()
            .find_map(|op| match op {
                Op::Keep(i, _) | Op::Remove(i) => Some(*i),
                Op::Add(_) => None,
            })
            .unwrap_or_else(|| {
                ops[..start]
                    .iter()
                    .filter(|op| !matches!(op, Op::Add(_)))
                    .count()
            });
        let new_at = hunk
            .iter()
            .find_map(|op| match op {
                Op::Keep(_, j) | Op::Add(j) => Some(*j),
                Op::Remove(_) => None,
            })
            .unwrap_or_else(|| {
                ops[..start]
                    .iter()
                    .filter(|op| !matches!(op, Op::Remove(_)))
                    .count()
            });
        let old_count = hunk.iter().filter(|op| !matches!(op, Op::Add(_))).count();
        let new_count = hunk
            .iter()
            .filter(|op| !matches!(op, Op::Remove(_)))
            .count();
        text.push_str(&format!(
            "@@ -{},{old_count} +{},{new_count} @@\n",
            old_at + 1,
            new_at + 1
        ));
        for op in hunk {
            text.push_str(&match *op {
                Op::Keep(i, _) => line(' ', old[i]),
                Op::Remove(i) => line('-', old[i]),
                Op::Add(j) => line('+', new[j]),
            });
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_the_change_with_context() {
        let diff = render_diff(
            "a.py",
            "a\nb\nc\nd\ne\nf\n",
            "a\nb\nc\nimport json\nd\ne\nf\n",
        );
        assert_eq!(
            diff,
            "--- a.py\n+++ a.py\n@@ -2,4 +2,5 @@\n b\n c\n+import json\n d\n e\n"
        );
        assert_eq!(render_diff("a", "x\n", "x\n"), "");
    }

    #[test]
    fn changes_far_apart_are_separate_hunks() {
        let before: String = (1..=20).map(|n| format!("l{n}\n")).collect();
        let after = before.replace("l3\n", "L3\n").replace("l18\n", "L18\n");
        assert_eq!(
            render_diff("a", &before, &after),
            "--- a\n+++ a\n@@ -1,5 +1,5 @@\n l1\n l2\n-l3\n+L3\n l4\n l5\n@@ -16,5 +16,5 @@\n l16\n l17\n-l18\n+L18\n l19\n l20\n"
        );
        // Changes two lines apart share one hunk; removals come before additions.
        let after = before.replace("l3\n", "L3\n").replace("l6\n", "L6\nx\n");
        assert_eq!(
            render_diff("a", &before, &after),
            "--- a\n+++ a\n@@ -1,8 +1,9 @@\n l1\n l2\n-l3\n+L3\n l4\n l5\n-l6\n+L6\n+x\n l7\n l8\n"
        );
    }
}
