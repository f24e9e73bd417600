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

/// The changed region of `before` → `after` with up to 2 lines of context, in unified format.
pub fn render_diff(path: &str, before: &str, after: &str) -> String {
    let old: Vec<&str> = before.split_inclusive('\n').collect();
    let new: Vec<&str> = after.split_inclusive('\n').collect();
    let (prefix, suffix) = common_ends(&old, &new);
    if prefix == old.len() && prefix == new.len() {
        return String::new();
    }
    let context = 2;
    let start = prefix.saturating_sub(context);
    let old_end = (old.len() - suffix + context).min(old.len());
    let new_end = (new.len() - suffix + context).min(new.len());
    let mut text = format!(
        "--- {path}\n+++ {path}\n@@ -{},{} +{},{} @@\n",
        start + 1,
        old_end - start,
        start + 1,
        new_end - start
    );
    let line = |sign: char, content: &str| {
        let content = content.strip_suffix('\n').unwrap_or(content);
        let content = content.strip_suffix('\r').unwrap_or(content);
        format!("{sign}{content}\n")
    };
    for content in &old[start..prefix] {
        text.push_str(&line(' ', content));
    }
    for content in &old[prefix..old.len() - suffix] {
        text.push_str(&line('-', content));
    }
    for content in &new[prefix..new.len() - suffix] {
        text.push_str(&line('+', content));
    }
    for content in &old[old.len() - suffix..old_end] {
        text.push_str(&line(' ', content));
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
}
