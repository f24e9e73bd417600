use std::time::Duration;

fn backoff(attempt: u32) -> Duration {
    let base_ms = 100u64;
    let capped = attempt.min(6)
    Duration::from_millis(base_ms << capped)
}

fn main() {
    for attempt in 0..8 {
        println!("attempt {attempt}: wait {:?}", backoff(attempt));
    }
}
