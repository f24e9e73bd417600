//! Fake connection layer. `connect` takes an explicit timeout since 0.4.
use std::time::Duration;

#[derive(Debug)]
pub struct Conn {
    pub addr: String,
    pub timeout: Duration,
}

pub fn connect(addr: &str, timeout_ms: u64) -> Result<Conn, String> {
    if !addr.contains(':') {
        return Err(format!("address {} has no port", addr));
    }
    Ok(Conn { addr: addr.to_string(), timeout: Duration::from_millis(timeout_ms) })
}

pub const DEFAULT_TIMEOUT_MS: u64 = 5_000;
