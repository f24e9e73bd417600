#![deny(warnings)]

use std::collections::BTreeSet;
use std::collections::HashSet;

fn unique_sorted(words: &[&str]) -> Vec<String> {
    let set: BTreeSet<String> = words.iter().map(|w| w.to_lowercase()).collect();
    set.into_iter().collect()
}

fn main() {
    let words = ["pear", "Apple", "fig", "apple", "PEAR", "kiwi"];
    let u = unique_sorted(&words);
    println!("{}", u.join(", "));
    assert_eq!(u, vec!["apple", "fig", "kiwi", "pear"]);
}
