#![deny(warnings)]

use std::collections::{BTreeSet, HashMap};

fn dedupe_sorted(words: &[&str]) -> Vec<String> {
    let set: BTreeSet<String> = words.iter().map(|w| w.to_lowercase()).collect();
    set.into_iter().collect()
}

fn main() {
    let words = ["b", "A", "a", "c", "B"];
    println!("{}", dedupe_sorted(&words).join(","));
}
