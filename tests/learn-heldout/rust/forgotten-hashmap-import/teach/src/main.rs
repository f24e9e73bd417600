use std::io::{self, BufRead};

/// Count words from stdin-like input, case-insensitively.
pub fn count_words<R: BufRead>(input: R) -> io::Result<HashMap<String, usize>> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for line in input.lines() {
        for word in line?.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            *counts.entry(word.to_lowercase()).or_insert(0) += 1;
        }
    }
    Ok(counts)
}

fn main() -> io::Result<()> {
    let text = "the cat and the hat\nThe end";
    let counts = count_words(text.as_bytes())?;
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (w, n) in v.iter().take(3) {
        println!("{:>3} {}", n, w);
    }
    Ok(())
}
