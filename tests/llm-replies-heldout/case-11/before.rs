use std::collections::VecDeque;

pub struct CacheConfig {
    pub max_entries: usize,
}

pub struct LruCache {
    config: CacheConfig,
    keys: VecDeque<String>,
}

impl LruCache {
    pub fn new(config: CacheConfig) -> Self {
        LruCache { config, keys: VecDeque::new() }
    }

    pub fn touch(&mut self, key: &str) {
        self.keys.retain(|k| k != key);
        self.keys.push_front(key.to_string());
        if self.keys.len() > config.max_entries {
            self.keys.pop_back();
        }
    }
}
