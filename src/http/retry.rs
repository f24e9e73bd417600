//! Retries with exponential backoff and full jitter, honouring `Retry-After`.
//!
//! INTERFACE (kept by the implementation): `Backoff`, `Backoff::delay`, `parse_retry_after`.

use std::time::{Duration, SystemTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    pub base: Duration,
    pub cap: Duration,
}

impl Backoff {
    /// The wait before retry number `attempt` (0 = first retry); `retry_after` wins when given.
    pub fn delay(&self, _attempt: u32, _retry_after: Option<Duration>) -> Duration {
        unimplemented!("Backoff::delay")
    }
}

/// A `Retry-After` value: seconds, or an HTTP date (relative to `now`).
pub fn parse_retry_after(_value: &str, _now: SystemTime) -> Option<Duration> {
    unimplemented!("parse_retry_after")
}
