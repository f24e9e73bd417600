//! A circuit breaker per endpoint: opens after 5 consecutive failures, lets one trial through
//! (half-open) after 60 s, closes on its success.
//!
//! What counts as a failure is the caller's call (for HTTP: connection errors, timeouts, 429 and
//! 5xx — the service is not answering well); an answer that shows the service is up, even a
//! refusal, is a success.
//!
//! INTERFACE (kept by the implementation): `CircuitBreaker`, `BreakerState`, `shared`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

/// Consecutive failures that open the breaker.
pub const FAILURE_THRESHOLD: u32 = 5;
/// How long an open breaker refuses calls before it lets one trial through.
pub const OPEN_FOR: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case", tag = "state")]
pub enum BreakerState {
    Closed,
    /// Calls are refused for this long yet.
    Open {
        retry_in_seconds: u64,
    },
    HalfOpen,
}

#[derive(Debug, Clone, Copy)]
enum Phase {
    Closed {
        failures: u32,
    },
    Open {
        until: Instant,
    },
    /// One trial call is under way since `since`; a trial that never reports back (its caller
    /// was cancelled) is given up after `OPEN_FOR`, and another one let through.
    HalfOpen {
        since: Instant,
    },
}

type Clock = Arc<dyn Fn() -> Instant + Send + Sync>;

pub struct CircuitBreaker {
    phase: Mutex<Phase>,
    clock: Clock,
}

impl std::fmt::Debug for CircuitBreaker {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("CircuitBreaker")
            .field("phase", &*self.lock())
            .finish_non_exhaustive()
    }
}

impl Default for CircuitBreaker {
    fn default() -> CircuitBreaker {
        CircuitBreaker::with_clock(Instant::now)
    }
}

impl CircuitBreaker {
    pub fn new() -> CircuitBreaker {
        CircuitBreaker::default()
    }

    /// A breaker that reads the time from `clock` (tests move it instead of sleeping).
    pub fn with_clock(clock: impl Fn() -> Instant + Send + Sync + 'static) -> CircuitBreaker {
        CircuitBreaker {
            phase: Mutex::new(Phase::Closed { failures: 0 }),
            clock: Arc::new(clock),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Phase> {
        // The phase is always whole: a panic elsewhere while holding the lock cannot tear it.
        self.phase.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `Err(wait)` while open: calls are refused for `wait` yet. After the open time one call
    /// (the trial) is let through; the others are refused with a wait of zero until it reports.
    pub fn allow(&self) -> Result<(), Duration> {
        let now = (self.clock)();
        let mut phase = self.lock();
        match *phase {
            Phase::Closed { .. } => Ok(()),
            Phase::Open { until } if now < until => Err(until - now),
            Phase::HalfOpen { since } if now < since + OPEN_FOR => Err(Duration::ZERO),
            Phase::Open { .. } | Phase::HalfOpen { .. } => {
                *phase = Phase::HalfOpen { since: now };
                Ok(())
            }
        }
    }

    /// The call answered: the breaker closes and the failure count starts over.
    pub fn record_success(&self) {
        *self.lock() = Phase::Closed { failures: 0 };
    }

    /// The call failed: one more consecutive failure; the fifth (or a failed trial) opens the
    /// breaker for `OPEN_FOR`.
    pub fn record_failure(&self) {
        let now = (self.clock)();
        let mut phase = self.lock();
        *phase = match *phase {
            Phase::Closed { failures } if failures + 1 < FAILURE_THRESHOLD => Phase::Closed {
                failures: failures + 1,
            },
            _ => Phase::Open {
                until: now + OPEN_FOR,
            },
        };
    }

    /// For status displays.
    pub fn state(&self) -> BreakerState {
        let now = (self.clock)();
        match *self.lock() {
            Phase::Closed { .. } => BreakerState::Closed,
            Phase::Open { until } if now < until => BreakerState::Open {
                retry_in_seconds: (until - now).as_secs_f64().ceil() as u64,
            },
            Phase::Open { .. } | Phase::HalfOpen { .. } => BreakerState::HalfOpen,
        }
    }
}

/// The process's breaker for `endpoint` (a base URL), shared by every client of it.
pub fn shared(endpoint: &str) -> Arc<CircuitBreaker> {
    static BREAKERS: OnceLock<Mutex<HashMap<String, Arc<CircuitBreaker>>>> = OnceLock::new();
    let mut breakers = BREAKERS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    Arc::clone(
        breakers
            .entry(endpoint.trim_end_matches('/').to_string())
            .or_default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A breaker and the clock it reads, moved by hand.
    fn breaker() -> (CircuitBreaker, Arc<Mutex<Instant>>) {
        let now = Arc::new(Mutex::new(Instant::now()));
        let clock = Arc::clone(&now);
        (
            CircuitBreaker::with_clock(move || *clock.lock().unwrap()),
            now,
        )
    }

    /// A breaker opened by failures `OPEN_FOR` ago: the next call is the trial.
    fn opened_long_ago() -> (CircuitBreaker, Arc<Mutex<Instant>>) {
        let (breaker, now) = breaker();
        for _ in 0..FAILURE_THRESHOLD {
            breaker.record_failure();
        }
        advance(&now, OPEN_FOR);
        (breaker, now)
    }

    fn advance(now: &Mutex<Instant>, by: Duration) {
        *now.lock().unwrap() += by;
    }

    #[test]
    fn five_consecutive_failures_open_it_and_a_success_in_between_starts_over() {
        let (breaker, now) = breaker();
        for _ in 0..4 {
            breaker.record_failure();
        }
        breaker.record_success();
        for _ in 0..4 {
            assert_eq!(breaker.allow(), Ok(()));
            breaker.record_failure();
        }
        assert_eq!(breaker.state(), BreakerState::Closed);
        breaker.record_failure();
        assert_eq!(breaker.allow(), Err(OPEN_FOR));
        advance(&now, Duration::from_millis(18_200));
        assert_eq!(breaker.allow(), Err(Duration::from_millis(41_800)));
        assert_eq!(
            breaker.state(),
            BreakerState::Open {
                retry_in_seconds: 42
            }
        );
    }

    #[test]
    fn after_the_open_time_one_trial_goes_through_and_its_outcome_decides() {
        let (breaker, now) = opened_long_ago();
        assert_eq!(breaker.state(), BreakerState::HalfOpen);
        assert_eq!(breaker.allow(), Ok(()), "the trial");
        assert_eq!(breaker.allow(), Err(Duration::ZERO), "others wait for it");
        breaker.record_failure();
        assert_eq!(breaker.allow(), Err(OPEN_FOR), "a failed trial re-opens it");
        advance(&now, OPEN_FOR);
        assert_eq!(breaker.allow(), Ok(()));
        breaker.record_success();
        assert_eq!(breaker.state(), BreakerState::Closed);
        assert_eq!(breaker.allow(), Ok(()));
        assert_eq!(breaker.allow(), Ok(()));
    }

    #[test]
    fn a_trial_that_never_reports_back_is_given_up() {
        let (breaker, now) = opened_long_ago();
        assert_eq!(breaker.allow(), Ok(()));
        advance(&now, OPEN_FOR - Duration::from_secs(1));
        assert_eq!(breaker.allow(), Err(Duration::ZERO));
        advance(&now, Duration::from_secs(1));
        assert_eq!(breaker.allow(), Ok(()), "a new trial");
    }

    #[test]
    fn the_state_serialises_for_status_displays() {
        let open = serde_json::to_value(BreakerState::Open {
            retry_in_seconds: 42,
        })
        .unwrap();
        assert_eq!(
            open,
            serde_json::json!({"state": "open", "retry_in_seconds": 42})
        );
        assert_eq!(
            serde_json::to_value(BreakerState::HalfOpen).unwrap(),
            serde_json::json!({"state": "half-open"})
        );
    }

    #[test]
    fn shared_breakers_are_one_per_endpoint() {
        let a = shared("http://breaker-test.invalid/v1");
        let b = shared("http://breaker-test.invalid/v1/");
        let other = shared("http://breaker-test-other.invalid/v1");
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &other));
    }
}
