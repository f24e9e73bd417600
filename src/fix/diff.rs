//! A unified diff of one file's change, for showing a fix before it is applied.

/// The changed region of `before` → `after` with up to 2 lines of context, in unified format.
pub fn render_diff(path: &str, before: &str, after: &str) -> String {
    let old: Vec<&str> = before.split_inclusive('\n').collect();
    let new: Vec<&str> = after.split_inclusive('\n').collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
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
