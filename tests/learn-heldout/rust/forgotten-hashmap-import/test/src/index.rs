//! Inverted index over documents.
use std::collections::BTreeSet;

pub struct Index {
    postings: HashMap<String, BTreeSet<usize>>,
    docs: Vec<String>,
}

impl Index {
    pub fn new() -> Self {
        Index { postings: HashMap::new(), docs: Vec::new() }
    }

    pub fn add(&mut self, doc: &str) -> usize {
        let id = self.docs.len();
        self.docs.push(doc.to_string());
        for term in doc.split_whitespace() {
            self.postings.entry(term.to_lowercase()).or_default().insert(id);
        }
        id
    }

    pub fn search(&self, term: &str) -> Vec<&str> {
        match self.postings.get(&term.to_lowercase()) {
            Some(ids) => ids.iter().map(|&i| self.docs[i].as_str()).collect(),
            None => Vec::new(),
        }
    }
}
