use std::collection::HashMap;

fn tally(votes: &[&str]) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for v in votes {
        *counts.entry(v.to_string()).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let votes = ["rust", "go", "rust", "zig", "rust", "go"];
    let counts = tally(&votes);
    let mut names: Vec<_> = counts.keys().collect();
    names.sort();
    for name in names {
        println!("{name}: {}", counts[name]);
    }
}
