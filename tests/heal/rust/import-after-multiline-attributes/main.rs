//! Counts words.
#![allow(
    dead_code,
    unused_variables
)]
#![doc(
    html_root_url = "https://example.org/words/0.1.0"
)]

fn word_counts(text: &str) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

fn main() {
    println!("{:?}", word_counts("a b a").get("a"));
}
