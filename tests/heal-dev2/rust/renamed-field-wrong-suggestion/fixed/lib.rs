pub struct Client {
    pub base_url: String,
    pub read_timeout_ms: u64,
    pub requests: u64,
    pub timeouts: u64,
}

impl Client {
    pub fn new(base_url: &str) -> Self {
        Client {
            base_url: base_url.to_string(),
            read_timeout_ms: 2_500,
            requests: 0,
            timeouts: 0,
        }
    }

    /// Deadline for a request started at `now_ms`.
    pub fn deadline_ms(&self, now_ms: u64) -> u64 {
        now_ms + self.read_timeout_ms
    }
}

#[cfg(test)]
mod tests {
    use super::Client;

    #[test]
    fn deadline_uses_read_timeout() {
        let mut c = Client::new("https://api.test");
        c.timeouts = 3;
        assert_eq!(c.deadline_ms(1_000), 3_500);
    }
}
