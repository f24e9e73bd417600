use std::collections::HashSet;

pub struct Blocklist {
    words: HashSet<String>,
}

impl Blocklist {
    pub fn new(words: &[&str]) -> Self {
        Blocklist { words: words.iter().map(|w| w.to_lowercase()).collect() }
    }

    pub fn is_blocked(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}

pub fn filter_comment(list: &Blocklist, text: &str) -> String {
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let lower = raw.to_lowercase();
        if list.is_blocked(lower) {
            out.push("***".to_string());
        } else {
            out.push(raw.to_string());
        }
    }
    out.join(" ")
}
