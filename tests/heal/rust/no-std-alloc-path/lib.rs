//! Word lengths, without the standard library.
#![no_std]

extern crate alloc;

/// How many words of each length `text` has.
pub fn lengths(text: &str) -> BTreeMap<usize, usize> {
    let mut counts = BTreeMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.len()).or_insert(0) += 1;
    }
    counts
}
