use std::collections::HashMap;
use std::fmt::Write;

pub fn word_freq(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

pub fn render(text: &str) -> String {
    let mut out = String::new();
    let mut rows: Vec<_> = word_freq(text).into_iter().collect();
    rows.sort();
    for (w, n) in rows {
        writeln!(out, "{w}: {n}").unwrap();
    }
    out
}
