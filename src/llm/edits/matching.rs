//! Finding a SEARCH's lines in the document's lines: exactly, else with white space ignored at
//! the ends of lines and collapsed inside them; re-indenting a REPLACE to where it matched; the
//! document lines most like a SEARCH that matched nowhere.

/// Where a SEARCH's lines are.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Found {
    Once { at: usize, tolerant: bool },
    Nowhere,
    Many(Vec<usize>),
}

fn normalised(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn starts_where<F: Fn(&str, &str) -> bool>(doc: &[&str], search: &[&str], same: F) -> Vec<usize> {
    if search.is_empty() || search.len() > doc.len() {
        return Vec::new();
    }
    (0..=doc.len() - search.len())
        .filter(|&at| search.iter().zip(&doc[at..]).all(|(s, d)| same(s, d)))
        .collect()
}

/// Where `search` is in `doc` (lines without their endings), exactly, else tolerantly.
pub(super) fn find(doc: &[&str], search: &[&str]) -> Found {
    let exact = starts_where(doc, search, |s, d| s == d);
    let (starts, tolerant) = match exact.is_empty() {
        true => {
            let search: Vec<String> = search.iter().map(|line| normalised(line)).collect();
            let search: Vec<&str> = search.iter().map(String::as_str).collect();
            (starts_where(doc, &search, |s, d| s == normalised(d)), true)
        }
        false => (exact, false),
    };
    match starts.as_slice() {
        [] => Found::Nowhere,
        [at] => Found::Once { at: *at, tolerant },
        _ => Found::Many(starts),
    }
}

fn indent_of(line: &str) -> &str {
    &line[..line.len() - line.trim_start().len()]
}

fn columns(indent: &str, tab: usize) -> usize {
    indent
        .chars()
        .map(|ch| if ch == '\t' { tab } else { 1 })
        .sum()
}

/// `replace` shifted by the indentation difference between `search_line` (the SEARCH's first
/// non-blank line) and `doc_line` (the document line it matched), written in the document's
/// style (tabs or spaces).
pub(super) fn reindent(search_line: &str, doc_line: &str, replace: &[String]) -> Vec<String> {
    let (from, to) = (indent_of(search_line), indent_of(doc_line));
    if from == to {
        return replace.to_vec();
    }
    let tabs_to = to.chars().filter(|ch| *ch == '\t').count();
    let tab = match (from.contains('\t'), tabs_to) {
        (false, tabs) if tabs > 0 && !from.is_empty() && from.len() % tabs == 0 => {
            from.len() / tabs
        }
        _ => 4,
    };
    let use_tabs = to.starts_with('\t');
    let shift = columns(to, tab) as isize - columns(from, tab) as isize;
    replace
        .iter()
        .map(|line| {
            if line.trim().is_empty() {
                return String::new();
            }
            let width = (columns(indent_of(line), tab) as isize + shift).max(0) as usize;
            let indent = match use_tabs {
                true => format!("{}{}", "\t".repeat(width / tab), " ".repeat(width % tab)),
                false => " ".repeat(width),
            };
            format!("{indent}{}", line.trim_start())
        })
        .collect()
}

/// How alike two lines are, 0–1: the Dice coefficient of their character pairs, white space
/// at the ends ignored.
pub(super) fn similarity(a: &str, b: &str) -> f64 {
    let pairs = |text: &str| -> Vec<(char, char)> {
        let chars: Vec<char> = text.trim().chars().collect();
        chars.windows(2).map(|pair| (pair[0], pair[1])).collect()
    };
    let (a, mut b) = (pairs(a), pairs(b));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let total = a.len() + b.len();
    let mut shared = 0;
    for pair in a {
        if let Some(found) = b.iter().position(|other| *other == pair) {
            b.swap_remove(found);
            shared += 1;
        }
    }
    2.0 * shared as f64 / total as f64
}

/// The start of the run of `doc` lines most like `search`, line by line.
pub(super) fn closest(doc: &[&str], search: &[&str]) -> Option<usize> {
    (0..doc.len())
        .map(|at| {
            let score: f64 = search
                .iter()
                .zip(&doc[at..])
                .map(|(s, d)| similarity(s, d))
                .sum();
            (at, score)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .filter(|(_, score)| *score > 0.0)
        .map(|(at, _)| at)
}
