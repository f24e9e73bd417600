use std::collections::HashMap;

pub struct Cache {
    entries: HashMap<String, Vec<u8>>,
    order: Vec<String>,
    cap: usize,
}

impl Cache {
    pub fn new(cap: usize) -> Self {
        Cache { entries: HashMap::new(), order: Vec::new(), cap }
    }

    pub fn put(&mut self, key: String, value: Vec<u8>) {
        if self.order.len() == self.cap {
            let oldest = self.order.remove(0);
            self.entries.remove(&oldest);
        }
        self.entries.insert(key.clone(), value);
        self.order.push(key);
    }

    pub fn get(&self, key: &str) -> Option<&Vec<u8>> {
        self.entries.get(key)
    }
}
