//! What every HTTP client of selfheal shares (the LLM providers; the team store): retries with
//! exponential backoff and full jitter that honour `Retry-After` (`retry`), and a circuit breaker
//! per endpoint that stops calling a service that keeps failing (`breaker`).

pub mod breaker;
pub mod retry;
