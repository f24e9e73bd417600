use std::collections::BTreeMap;

fn word_counts(text: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for word in text.split_whitespace() {
        let w = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if !w.is_empty() {
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    counts
}

fn load_body() -> String {
    String::from("The cat saw the dog. The dog ran.")
}

fn main() {
    let body = load_body();
    let counts = word_counts(body);
    for (w, n) in &counts {
        println!("{w}: {n}");
    }
    println!("{} distinct words in {} bytes", counts.len(), body.len());
}
