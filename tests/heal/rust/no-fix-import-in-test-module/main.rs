use std::collections::HashMap;

fn tally(words: &[&str]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in words {
        *counts.entry(word.to_string()).or_insert(0) += 1;
    }
    counts
}

fn main() {
    println!("{:?}", tally(&["a", "b", "a"]).get("a"));
}

#[cfg(test)]
mod tests {
    use super::tally;

    #[test]
    fn counts_repeated_words() {
        let expected: HashMap<String, usize> = [("a".to_string(), 2)].into_iter().collect();
        assert_eq!(tally(&["a", "a"]), expected);
    }
}
