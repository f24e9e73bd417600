fn word_counts(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        let w: String = word
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(|c| c.to_lowercase())
            .collect();
        if w.is_empty() {
            continue;
        }
        *counts.entry(w).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let text = "The cat saw the dog. The dog did not see the cat!";
    let counts = word_counts(text);
    let mut pairs: Vec<_> = counts.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, n) in pairs.iter().take(3) {
        println!("{:>5} {}", n, w);
    }
    assert_eq!(counts["the"], 4);
}
