//! Counts words — and forgets to import `HashMap`.

fn main() {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in "the cat and the hat".split_whitespace() {
        *counts.entry(word).or_default() += 1;
    }
    let mut words: Vec<_> = counts.into_iter().collect();
    words.sort();
    println!("{words:?}");
}
