mod config;

use config::Config;

fn backoff_schedule(cfg: &Config) -> Vec<u64> {
    (0..cfg.max_retries)
        .map(|attempt| cfg.timeout_ms * 2u64.pow(attempt))
        .collect()
}

fn main() {
    let cfg = Config::from_defaults();
    let schedule = backoff_schedule(&cfg);
    println!("{} -> waits {:?}", cfg.url, schedule);
}
