//! A circuit breaker per endpoint: opens after 5 consecutive failures, lets one trial through
//! (half-open) after 60 s, closes on its success.
//!
//! INTERFACE (kept by the implementation): `CircuitBreaker`, `BreakerState`, `shared`.

use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case", tag = "state")]
pub enum BreakerState {
    Closed,
    /// Calls are refused for this long yet.
    Open {
        retry_in_seconds: u64,
    },
    HalfOpen,
}

#[derive(Debug, Default)]
pub struct CircuitBreaker {}

impl CircuitBreaker {
    /// `Err(wait)` while open.
    pub fn allow(&self) -> Result<(), Duration> {
        unimplemented!()
    }
    pub fn record_success(&self) {
        unimplemented!()
    }
    pub fn record_failure(&self) {
        unimplemented!()
    }
    pub fn state(&self) -> BreakerState {
        unimplemented!()
    }
}

/// The process's breaker for `endpoint` (a base URL), shared by every client of it.
pub fn shared(_endpoint: &str) -> Arc<CircuitBreaker> {
    unimplemented!()
}
