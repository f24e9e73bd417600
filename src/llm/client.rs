//! The one HTTP client of "propose fix": sends `wire` requests over reqwest + rustls with a
//! per-request timeout and a hard deadline, retries 429, 5xx and 529 (and connection errors)
//! with backoff and jitter honouring `retry-after` — never other 4xx (keys, quotas, spend
//! limits) — behind a circuit breaker per endpoint and a daily request budget.
//!
//! INTERFACE (kept by the implementation): `LlmClient::new`, `LlmClient::complete`, `Budget`,
//! `LlmError` (its `Display` is what a person reads).

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::config::{LlmConfig, ProviderKind};
use super::wire::{self, ChatRequest, Completion, HttpRequest, ProviderError};
use crate::http::breaker::{self, BreakerState, CircuitBreaker, FAILURE_THRESHOLD};
use crate::http::retry::{parse_retry_after, parse_seconds, Backoff};

/// Spends one request of the day's budget, or says it is used up.
pub trait Budget: Send + Sync {
    /// `Err(limit)` when today's budget of `limit` requests is used up.
    fn spend(&self) -> Result<(), u32>;
}

/// No budget (tests, and when there is no database to count in).
pub struct Unlimited;

impl Budget for Unlimited {
    fn spend(&self) -> Result<(), u32> {
        Ok(())
    }
}

/// Why no completion came back. `Display` is for a person: it names the provider and what to
/// do; `reason()` is a short stable name for JSON and LSP error data.
#[derive(Debug, Clone, PartialEq)]
pub enum LlmError {
    /// 401 or 403: the key is missing, wrong, or not allowed.
    Unauthorized {
        provider: ProviderKind,
        status: u16,
        message: String,
    },
    /// The account's quota or credit is used up (OpenAI's 429 `insufficient_quota`, Anthropic's
    /// "credit balance is too low"): never retried.
    QuotaExceeded {
        provider: ProviderKind,
        status: u16,
        message: String,
    },
    /// Any other 4xx: the request itself was refused (bad model name, too large …).
    Refused {
        provider: ProviderKind,
        status: u16,
        kind: Option<String>,
        message: String,
    },
    /// 429, still after every retry.
    RateLimited {
        provider: ProviderKind,
        attempts: u32,
        message: String,
    },
    /// 5xx or 529, after the retries when they are retried.
    Server {
        provider: ProviderKind,
        status: u16,
        attempts: u32,
        message: String,
    },
    /// No answer within the request's timeout (or what was left of the deadline).
    Timeout {
        provider: ProviderKind,
        after: Duration,
    },
    /// The connection failed: refused, reset, no such host, TLS.
    Connection {
        provider: ProviderKind,
        url: String,
        cause: String,
    },
    /// The endpoint failed `FAILURE_THRESHOLD` times in a row; it is not asked for `retry_in`
    /// (zero: a trial request is under way).
    CircuitOpen {
        provider: ProviderKind,
        endpoint: String,
        retry_in: Duration,
    },
    /// Today's budget of `limit` requests is used up.
    BudgetExhausted { limit: u32 },
    /// The model declined to answer (a refusal).
    Declined {
        provider: ProviderKind,
        message: String,
    },
    /// An answer that is not the provider's documented shape.
    BadResponse {
        provider: ProviderKind,
        status: u16,
        message: String,
    },
    /// The configuration cannot make a request (a base URL that is not one, a key that is not a
    /// header value).
    Setup { message: String },
}

impl LlmError {
    /// A short stable kebab-case name of the error, for JSON and LSP error data.
    pub fn reason(&self) -> &'static str {
        match self {
            LlmError::Unauthorized { .. } => "unauthorized",
            LlmError::QuotaExceeded { .. } => "quota-exceeded",
            LlmError::Refused { .. } => "refused",
            LlmError::RateLimited { .. } => "rate-limited",
            LlmError::Server { status: 529, .. } => "overloaded",
            LlmError::Server { .. } => "server-error",
            LlmError::Timeout { .. } => "timeout",
            LlmError::Connection { .. } => "connection-failed",
            LlmError::CircuitOpen { .. } => "circuit-open",
            LlmError::BudgetExhausted { .. } => "budget-exhausted",
            LlmError::Declined { .. } => "declined",
            LlmError::BadResponse { .. } => "bad-response",
            LlmError::Setup { .. } => "setup",
        }
    }

    /// Retrying later may help (the service or the network, not the request or the account).
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            LlmError::RateLimited { .. }
                | LlmError::Server { .. }
                | LlmError::Timeout { .. }
                | LlmError::Connection { .. }
                | LlmError::CircuitOpen { .. }
        )
    }
}

/// How a provider is named to a person.
fn name(provider: ProviderKind) -> &'static str {
    match provider {
        ProviderKind::Anthropic => "Anthropic",
        ProviderKind::OpenAi => "OpenAI",
        ProviderKind::Ollama => "Ollama",
    }
}

/// `60 s`, `1.5 s`.
fn seconds(duration: Duration) -> String {
    let tenths = (duration.as_secs_f64() * 10.0).round() / 10.0;
    format!("{tenths} s")
}

/// Where to look when the credentials are refused.
fn key_advice(provider: ProviderKind) -> String {
    match provider.key_variable() {
        Some(variable) => format!("check {variable} (or `apiKey` in the settings)"),
        None => "check the server's authentication (a proxy in front of it?)".to_string(),
    }
}

impl fmt::Display for LlmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LlmError::Unauthorized {
                provider,
                status,
                message,
            } => write!(
                f,
                "{} did not accept the credentials (HTTP {status}: {message}); {}",
                name(*provider),
                key_advice(*provider)
            ),
            LlmError::QuotaExceeded {
                provider,
                status,
                message,
            } => write!(
                f,
                "{} refused the request because the account's quota or credit is used up \
                 (HTTP {status}: {message}); retrying will not help: check the plan and billing \
                 of the account",
                name(*provider)
            ),
            LlmError::Refused {
                provider,
                status,
                kind,
                message,
            } => {
                let kind = kind
                    .as_deref()
                    .map(|k| format!(", {k}"))
                    .unwrap_or_default();
                write!(
                    f,
                    "{} refused the request (HTTP {status}{kind}): {message}",
                    name(*provider)
                )?;
                if *status == 404 {
                    write!(f, "; check the model name and the base URL")?;
                }
                Ok(())
            }
            LlmError::RateLimited {
                provider,
                attempts,
                message,
            } => write!(
                f,
                "{} is rate limiting requests (HTTP 429: {message}), still after {attempts} \
                 attempts; try again in a minute",
                name(*provider)
            ),
            LlmError::Server {
                provider,
                status,
                attempts,
                message,
            } => {
                let what = match status {
                    529 => "is overloaded",
                    _ => "answered with a server error",
                };
                write!(
                    f,
                    "{} {what} (HTTP {status}: {message}) after {attempts} attempt{}; try again \
                     later",
                    name(*provider),
                    if *attempts == 1 { "" } else { "s" }
                )
            }
            LlmError::Timeout { provider, after } => write!(
                f,
                "{} gave no answer within {}; try again, or raise SELFHEAL_LLM_TIMEOUT",
                name(*provider),
                seconds(*after)
            ),
            LlmError::Connection {
                provider,
                url,
                cause,
            } => write!(
                f,
                "cannot reach {url}: {cause} (is the {} server up, and the base URL right?)",
                name(*provider)
            ),
            LlmError::CircuitOpen {
                provider,
                endpoint,
                retry_in,
            } if retry_in.is_zero() => write!(
                f,
                "{} at {endpoint} failed {FAILURE_THRESHOLD} times in a row; one trial request \
                 is under way, try again in a moment",
                name(*provider)
            ),
            LlmError::CircuitOpen {
                provider,
                endpoint,
                retry_in,
            } => write!(
                f,
                "{} at {endpoint} failed {FAILURE_THRESHOLD} times in a row; not asked again for \
                 {} s",
                name(*provider),
                retry_in.as_secs_f64().ceil()
            ),
            LlmError::BudgetExhausted { limit } => write!(
                f,
                "today's budget of {limit} LLM requests is used up; raise \
                 SELFHEAL_LLM_DAILY_BUDGET (or `dailyBudget` in the settings), or wait for the \
                 next UTC day"
            ),
            LlmError::Declined { provider, message } => write!(
                f,
                "the {} model declined to answer: {message}",
                name(*provider)
            ),
            LlmError::BadResponse {
                provider,
                status,
                message,
            } => write!(
                f,
                "{} answered HTTP {status} with something other than a completion: {message}",
                name(*provider)
            ),
            LlmError::Setup { message } => write!(f, "{message}"),
        }
    }
}

impl std::error::Error for LlmError {}

/// Caps every wait between attempts (a `retry-after` longer than what is left of the deadline
/// ends the call instead).
const MAX_WAIT: Duration = Duration::from_secs(60);

/// One attempt's outcome.
enum Attempt {
    Answered(Completion),
    /// No retry: the request, the key or the account is the problem (or it is not retried).
    Final(LlmError),
    /// Worth another try, after `retry_after` when the service said so.
    Retry {
        error: LlmError,
        retry_after: Option<Duration>,
    },
}

pub struct LlmClient {
    config: LlmConfig,
    http: reqwest::Client,
    breaker: Arc<CircuitBreaker>,
}

impl LlmClient {
    pub fn new(config: &LlmConfig) -> Result<LlmClient, LlmError> {
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("selfheal/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(config.timeout);
        // A server on this machine (Ollama, llama.cpp) is never reached through a proxy.
        if is_loopback(&config.base_url) {
            builder = builder.no_proxy();
        }
        let http = builder.build().map_err(|error| LlmError::Setup {
            message: format!("the HTTP client cannot be set up: {}", cause(&error)),
        })?;
        Ok(LlmClient {
            config: config.clone(),
            http,
            breaker: breaker::shared(&config.base_url),
        })
    }

    pub fn config(&self) -> &LlmConfig {
        &self.config
    }

    /// The endpoint's circuit breaker, for status displays.
    pub fn breaker_state(&self) -> BreakerState {
        self.breaker.state()
    }

    /// One completion, with retries, under the breaker and the budget.
    ///
    /// Every attempt must pass the breaker and spend one request of the budget. Failed attempts
    /// that may pass (429 other than quota, 500, 502, 503, 504, 529, timeouts, connection errors)
    /// are retried up to `max_retries` times after a backoff or the `retry-after` given, unless
    /// the wait would pass the deadline: then the last error ends the call.
    pub async fn complete(
        &self,
        request: &ChatRequest,
        budget: &dyn Budget,
    ) -> Result<Completion, LlmError> {
        let provider = self.config.provider;
        let deadline = Instant::now() + self.config.deadline;
        let http = wire::build(&self.config, request);
        let headers = self.headers(&http)?;
        let backoff = Backoff {
            base: self.config.retry_base,
            cap: MAX_WAIT,
        };
        let mut attempts = 0;
        loop {
            if let Err(retry_in) = self.breaker.allow() {
                return Err(LlmError::CircuitOpen {
                    provider,
                    endpoint: self.config.base_url.clone(),
                    retry_in,
                });
            }
            budget
                .spend()
                .map_err(|limit| LlmError::BudgetExhausted { limit })?;
            attempts += 1;
            let timeout = self
                .config
                .timeout
                .min(deadline.saturating_duration_since(Instant::now()));
            let (error, retry_after) = match self.attempt(&http, &headers, timeout, attempts).await
            {
                Attempt::Answered(completion) => {
                    self.breaker.record_success();
                    return Ok(completion);
                }
                Attempt::Final(error) => {
                    // The service answered: it is up, unless what it said is a server error.
                    match error {
                        LlmError::Server { .. } => self.breaker.record_failure(),
                        _ => self.breaker.record_success(),
                    }
                    return Err(error);
                }
                Attempt::Retry { error, retry_after } => {
                    self.breaker.record_failure();
                    (error, retry_after)
                }
            };
            if attempts > self.config.max_retries {
                return Err(error);
            }
            let wait = backoff.delay(attempts - 1, retry_after);
            if Instant::now() + wait >= deadline {
                tracing::info!("{error}; no retry: the next would pass the deadline");
                return Err(error);
            }
            tracing::info!(
                "{error}; retry {attempts} of {} in {}",
                self.config.max_retries,
                seconds(wait)
            );
            tokio::time::sleep(wait).await;
        }
    }

    /// The request's headers, keys marked sensitive (never printed by the HTTP stack).
    fn headers(&self, http: &HttpRequest) -> Result<HeaderMap, LlmError> {
        let mut headers = HeaderMap::new();
        for (header, value) in &http.headers {
            let secret = header == "x-api-key" || header == "authorization";
            let invalid = || LlmError::Setup {
                message: match secret {
                    true => format!(
                        "the API key contains characters an HTTP header cannot carry; {}",
                        key_advice(self.config.provider)
                    ),
                    false => format!("the header {header} cannot be sent"),
                },
            };
            let name = HeaderName::from_bytes(header.as_bytes()).map_err(|_| invalid())?;
            let mut value = HeaderValue::from_str(value).map_err(|_| invalid())?;
            value.set_sensitive(secret);
            headers.insert(name, value);
        }
        Ok(headers)
    }

    /// One HTTP request and what to do about its outcome.
    async fn attempt(
        &self,
        http: &HttpRequest,
        headers: &HeaderMap,
        timeout: Duration,
        attempts: u32,
    ) -> Attempt {
        let provider = self.config.provider;
        let sent = self
            .http
            .post(&http.url)
            .headers(headers.clone())
            .body(http.body.to_string())
            .timeout(timeout)
            .send()
            .await;
        let response = match sent {
            Ok(response) => response,
            Err(error) => return self.transport_error(http, &error, timeout),
        };
        let status = response.status().as_u16();
        let retry_after = retry_after(response.headers());
        let body = match response.bytes().await {
            Ok(body) => body,
            Err(error) => return self.transport_error(http, &error, timeout),
        };
        let error = match wire::read(provider, status, &body) {
            Ok(completion) => return Attempt::Answered(completion),
            Err(error) => error,
        };
        let ProviderError {
            status,
            kind,
            message,
        } = error;
        let message = self.redact(message);
        let quota = is_quota(kind.as_deref(), &message);
        match status {
            401 | 403 => Attempt::Final(LlmError::Unauthorized {
                provider,
                status,
                message,
            }),
            _ if quota && (400..500).contains(&status) => Attempt::Final(LlmError::QuotaExceeded {
                provider,
                status,
                message,
            }),
            429 => Attempt::Retry {
                error: LlmError::RateLimited {
                    provider,
                    attempts,
                    message,
                },
                retry_after,
            },
            500 | 502 | 503 | 504 | 529 => Attempt::Retry {
                error: LlmError::Server {
                    provider,
                    status,
                    attempts,
                    message,
                },
                retry_after,
            },
            400..=499 => Attempt::Final(LlmError::Refused {
                provider,
                status,
                kind,
                message,
            }),
            500..=599 => Attempt::Final(LlmError::Server {
                provider,
                status,
                attempts,
                message,
            }),
            200..=299 if kind.as_deref() == Some(wire::REFUSAL) => {
                Attempt::Final(LlmError::Declined { provider, message })
            }
            _ => Attempt::Final(LlmError::BadResponse {
                provider,
                status,
                message,
            }),
        }
    }

    /// A request that got no (whole) answer: timeouts and connection errors are retried.
    fn transport_error(
        &self,
        http: &HttpRequest,
        error: &reqwest::Error,
        timeout: Duration,
    ) -> Attempt {
        let provider = self.config.provider;
        if error.is_timeout() {
            return Attempt::Retry {
                error: LlmError::Timeout {
                    provider,
                    after: timeout,
                },
                retry_after: None,
            };
        }
        if error.is_builder() {
            return Attempt::Final(LlmError::Setup {
                message: format!(
                    "{} cannot be asked at {}: {}",
                    name(provider),
                    http.url,
                    cause(error)
                ),
            });
        }
        Attempt::Retry {
            error: LlmError::Connection {
                provider,
                url: http.url.clone(),
                cause: self.redact(cause(error)),
            },
            retry_after: None,
        }
    }

    /// `text` scrubbed of secrets and of the configured key, whatever its shape.
    fn redact(&self, text: String) -> String {
        let text = crate::scrub::scrub(&text).into_owned();
        match &self.config.api_key {
            Some(key) if key.len() >= 4 && text.contains(key.as_str()) => {
                text.replace(key.as_str(), "[REDACTED]")
            }
            _ => text,
        }
    }
}

/// The account's quota or credit is used up: OpenAI's `insufficient_quota` (a 429 that is no
/// rate limit), Anthropic's 400 "Your credit balance is too low".
fn is_quota(kind: Option<&str>, message: &str) -> bool {
    const QUOTA_KINDS: [&str; 3] = [
        "insufficient_quota",
        "billing_hard_limit_reached",
        "billing_not_active",
    ];
    kind.is_some_and(|kind| QUOTA_KINDS.contains(&kind))
        || message.to_ascii_lowercase().contains("credit balance")
}

/// `retry-after-ms` (OpenAI, milliseconds) or `retry-after` (seconds or an HTTP date).
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let header = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
    header("retry-after-ms")
        .and_then(|ms| parse_seconds(ms.trim()))
        .map(|as_seconds| as_seconds / 1000)
        .or_else(|| parse_retry_after(header("retry-after")?, SystemTime::now()))
}

/// What went wrong at the bottom of a transport error, said plainly: `connection refused`.
fn cause(error: &reqwest::Error) -> String {
    let mut source: &dyn std::error::Error = error;
    while let Some(next) = source.source() {
        if let Some(io) = next.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind;
            let plain = match io.kind() {
                ErrorKind::ConnectionRefused => "connection refused",
                ErrorKind::ConnectionReset => "connection reset",
                ErrorKind::ConnectionAborted => "connection aborted",
                ErrorKind::UnexpectedEof => "the connection closed early",
                ErrorKind::TimedOut => "timed out",
                _ => "",
            };
            if !plain.is_empty() {
                return plain.to_string();
            }
        }
        source = next;
    }
    source.to_string()
}

/// A base URL on this machine: `localhost`, `127.0.0.0/8`, `::1`.
fn is_loopback(base_url: &str) -> bool {
    let Ok(url) = reqwest::Url::parse(base_url) else {
        return false;
    };
    let host = url.host_str().unwrap_or("");
    let ip = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || ip
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_provider_and_what_to_do() {
        let unauthorized = LlmError::Unauthorized {
            provider: ProviderKind::Anthropic,
            status: 401,
            message: "invalid x-api-key".to_string(),
        };
        assert!(unauthorized.to_string().contains("check ANTHROPIC_API_KEY"));
        assert_eq!(unauthorized.reason(), "unauthorized");
        let open = LlmError::CircuitOpen {
            provider: ProviderKind::Anthropic,
            endpoint: "http://127.0.0.1:9".to_string(),
            retry_in: Duration::from_millis(41_200),
        };
        assert!(
            open.to_string()
                .ends_with("failed 5 times in a row; not asked again for 42 s"),
            "{open}"
        );
        let timeout = LlmError::Timeout {
            provider: ProviderKind::Ollama,
            after: Duration::from_secs(60),
        };
        assert!(timeout.to_string().contains("no answer within 60 s"));
        let budget = LlmError::BudgetExhausted { limit: 7 };
        assert!(budget.to_string().starts_with(
            "today's budget of 7 LLM requests is used up; raise SELFHEAL_LLM_DAILY_BUDGET"
        ));
        let overloaded = LlmError::Server {
            provider: ProviderKind::Anthropic,
            status: 529,
            attempts: 4,
            message: "Overloaded".to_string(),
        };
        assert_eq!(overloaded.reason(), "overloaded");
        assert!(overloaded.to_string().contains("after 4 attempts"));
    }

    #[test]
    fn quota_is_told_from_a_rate_limit() {
        assert!(is_quota(
            Some("insufficient_quota"),
            "You exceeded your current quota"
        ));
        assert!(is_quota(
            Some("invalid_request_error"),
            "Your credit balance is too low to access the Anthropic API."
        ));
        assert!(!is_quota(Some("rate_limit_exceeded"), "Rate limit reached"));
    }

    #[test]
    fn retry_after_ms_wins_over_retry_after() {
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", HeaderValue::from_static("2"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(2)));
        headers.insert("retry-after-ms", HeaderValue::from_static("250.5"));
        assert_eq!(retry_after(&headers), Some(Duration::from_micros(250_500)));
        headers.clear();
        headers.insert("retry-after", HeaderValue::from_static("later"));
        assert_eq!(retry_after(&headers), None);
    }

    #[test]
    fn local_servers_are_told_apart() {
        assert!(is_loopback("http://127.0.0.1:11434"));
        assert!(is_loopback("http://localhost:8080/v1"));
        assert!(is_loopback("http://[::1]:8080/v1"));
        assert!(!is_loopback("https://api.anthropic.com"));
        assert!(!is_loopback("not a url"));
    }
}
