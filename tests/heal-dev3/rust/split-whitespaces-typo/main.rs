use std::collections::HashMap;

fn normalise(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

fn word_frequencies(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespaces() {
        let w = normalise(word);
        if !w.is_empty() {
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    counts
}

fn top_word(counts: &HashMap<String, usize>) -> Option<(&String, &usize)> {
    counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
}

fn main() {
    let text = "The cat sat. The dog sat, too; the bird flew.";
    let counts = word_frequencies(text);
    let (word, n) = top_word(&counts).expect("no words");
    println!("most frequent: {} ({} times)", word, n);
    assert_eq!(word, "the");
    assert_eq!(*n, 3);
}
