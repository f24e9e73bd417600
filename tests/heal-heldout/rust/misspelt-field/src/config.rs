pub struct Config {
    pub url: String,
    pub max_retries: u32,
    pub timeout_ms: u64,
}

impl Config {
    pub fn from_defaults() -> Self {
        Config {
            url: String::from("http://localhost:8080/health"),
            max_retries: 3,
            timeout_ms: 250,
        }
    }
}
