//! The one HTTP client of the team store: PostgREST's conventions over reqwest + rustls.
//!
//! - Every request carries `apikey`; `Authorization: Bearer` carries the member's JWT, or the key
//!   when it is a JWT; a team token goes as `x-selfheal-team-token`.
//! - Filters are `column=op.value` with the value percent-encoded (PostgREST reads `+ , ( ) "`
//!   as syntax otherwise); upserts are `POST ?on_conflict=…` with `Prefer: resolution=…,
//!   return=representation` and accept 200 and 201; a single row asked for with
//!   `Accept: application/vnd.pgrst.object+json` is not found on 406.
//! - Decisions branch on the HTTP status only (PGRST codes differ across PostgREST versions).
//! - A timeout per request; retries with backoff and jitter only for connection errors, 502, 503,
//!   504 and 429 (honouring `Retry-After`); a circuit breaker per REST base (shared with
//!   `selfheal sync --status`) that opens after 5 consecutive failures and lets a trial through
//!   after 60 s.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use serde_json::Value;

use super::config::TeamConfig;
use crate::http::breaker::{self, BreakerState, CircuitBreaker};
use crate::http::retry::{parse_retry_after, Backoff};

/// How long one request may take, unless `SELFHEAL_TEAM_TIMEOUT` (seconds) says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// Retries after the first try, for the transient failures.
pub const MAX_RETRIES: u32 = 3;

/// Why the team store gave no answer. `Display` is for a person.
#[derive(Debug, Clone, PartialEq)]
pub enum RemoteError {
    /// 401 or 403: the key, token or JWT is wrong, or the project is not yours.
    Unauthorized { status: u16, message: String },
    /// 404: no such table or function — the migration is not applied.
    Missing { status: u16, message: String },
    /// Another 4xx: the store refused this request.
    Refused { status: u16, message: String },
    /// 429 after every retry.
    RateLimited { attempts: u32 },
    /// 5xx (after the retries, for 502/503/504).
    Server {
        status: u16,
        attempts: u32,
        message: String,
    },
    /// No answer within the timeout.
    Timeout { after: Duration },
    /// The connection failed (refused, reset, DNS, TLS).
    Connection { message: String },
    /// The breaker is open: the store kept failing; no request was made.
    BreakerOpen { retry_in: Duration },
    /// A 2xx whose body is not what PostgREST sends.
    Unreadable { message: String },
}

impl RemoteError {
    /// Whether the refusal is about who is asking or where (the key, the token, the project's
    /// membership, a schema not applied), not about this one write: every other write would
    /// be refused the same way, so a sync stops and keeps them all queued as they are.
    pub fn is_about_the_setup(&self) -> bool {
        matches!(
            self,
            RemoteError::Unauthorized { .. } | RemoteError::Missing { .. }
        )
    }

    /// Whether the store (or the way to it) is having trouble, as opposed to refusing this one
    /// request: a sync stops at the first such error and keeps the rest queued.
    pub fn is_unavailable(&self) -> bool {
        matches!(
            self,
            RemoteError::RateLimited { .. }
                | RemoteError::Server { .. }
                | RemoteError::Timeout { .. }
                | RemoteError::Connection { .. }
                | RemoteError::BreakerOpen { .. }
        )
    }
}

impl fmt::Display for RemoteError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RemoteError::Unauthorized { status, message } => write!(
                formatter,
                "the team store refused the credentials ({status}): {message} — check SUPABASE_KEY, \
                 SELFHEAL_TEAM_TOKEN and that you belong to SELFHEAL_PROJECT"
            ),
            // PostgREST's own 404 (a table or function it cannot find) means the schema is not
            // there; a 404 raised by one of the schema's functions says what is missing itself.
            RemoteError::Missing { status, message }
                if message.contains("Could not find") || message.contains("does not exist") =>
            {
                write!(
                    formatter,
                    "the team store lacks selfheal's tables ({status}): {message} — apply \
                     supabase/migrations to the project"
                )
            }
            RemoteError::Missing { message, .. } => write!(formatter, "{message}"),
            RemoteError::Refused { status, message } => {
                write!(formatter, "the team store refused the request ({status}): {message}")
            }
            RemoteError::RateLimited { attempts } => write!(
                formatter,
                "the team store is rate limiting (429, {attempts} attempts); will retry later"
            ),
            RemoteError::Server {
                status,
                attempts,
                message,
            } => write!(
                formatter,
                "the team store failed ({status}, {attempts} attempt(s)): {message}"
            ),
            RemoteError::Timeout { after } => write!(
                formatter,
                "the team store did not answer within {:.1} s",
                after.as_secs_f64()
            ),
            RemoteError::Connection { message } => {
                write!(formatter, "the team store is unreachable: {message}")
            }
            RemoteError::BreakerOpen { retry_in } => write!(
                formatter,
                "the team store kept failing; not asking again for {} s",
                retry_in.as_secs().max(1)
            ),
            RemoteError::Unreadable { message } => {
                write!(formatter, "the team store's answer is unreadable: {message}")
            }
        }
    }
}

impl std::error::Error for RemoteError {}

/// A query string of PostgREST filters and modifiers, built value by value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

impl Query {
    pub fn new() -> Query {
        Query::default()
    }

    /// `column=eq.value`.
    pub fn eq(self, column: &str, value: &str) -> Query {
        self.with(column, &format!("eq.{value}"))
    }

    /// `column=in.("a","b")`: each value double-quoted (a `,` `(` `)` or `"` inside is data).
    pub fn is_in<S: AsRef<str>>(self, column: &str, values: &[S]) -> Query {
        let quoted: Vec<String> = values
            .iter()
            .map(|value| {
                format!(
                    "\"{}\"",
                    value.as_ref().replace('\\', "\\\\").replace('"', "\\\"")
                )
            })
            .collect();
        self.with(column, &format!("in.({})", quoted.join(",")))
    }

    pub fn select(self, columns: &str) -> Query {
        self.with("select", columns)
    }

    pub fn order(self, order: &str) -> Query {
        self.with("order", order)
    }

    pub fn limit(self, limit: usize) -> Query {
        self.with("limit", &limit.to_string())
    }

    /// Any other parameter (`on_conflict`, another operator).
    pub fn with(mut self, name: &str, value: &str) -> Query {
        self.0.push((name.to_string(), value.to_string()));
        self
    }

    /// `a=eq.x&b=…`, every name and value percent-encoded.
    pub fn to_query_string(&self) -> String {
        self.0
            .iter()
            .map(|(name, value)| format!("{}={}", percent_encode(name), percent_encode(value)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Every byte but the URL's unreserved ones as `%XX`: `+` stays a plus, `,()"` stay data.
pub fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                encoded.push(byte as char)
            }
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    encoded
}

/// How an upsert treats a row whose key is there already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnDuplicate {
    /// `resolution=merge-duplicates`: the new values win.
    Merge,
    /// `resolution=ignore-duplicates`: the stored row stays (a replayed write changes nothing).
    Ignore,
}

/// A client of one team store.
pub struct TeamClient {
    config: TeamConfig,
    http: reqwest::Client,
    breaker: Arc<CircuitBreaker>,
    backoff: Backoff,
    timeout: Duration,
}

impl fmt::Debug for TeamClient {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("TeamClient")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl TeamClient {
    pub fn new(config: TeamConfig) -> TeamClient {
        let timeout = std::env::var("SELFHEAL_TEAM_TIMEOUT")
            .ok()
            .and_then(|value| value.parse::<f64>().ok())
            .filter(|seconds| seconds.is_finite() && *seconds > 0.0)
            .map(Duration::from_secs_f64)
            .unwrap_or(DEFAULT_TIMEOUT);
        let base = std::env::var("SELFHEAL_TEAM_RETRY_BASE_MS")
            .ok()
            .and_then(|value| value.parse::<u64>().ok())
            .map(Duration::from_millis)
            .unwrap_or(Duration::from_millis(250));
        TeamClient::with_timing(config, timeout, base)
    }

    /// A client with a request `timeout` and a first retry's wait of up to `retry_base`.
    pub fn with_timing(config: TeamConfig, timeout: Duration, retry_base: Duration) -> TeamClient {
        let http = reqwest::Client::builder()
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            .user_agent(concat!("selfheal/", env!("CARGO_PKG_VERSION")))
            .build()
            .unwrap_or_default();
        TeamClient {
            breaker: breaker::shared(&config.rest_url),
            config,
            http,
            backoff: Backoff {
                base: retry_base,
                cap: Duration::from_secs(5),
            },
            timeout,
        }
    }

    pub fn config(&self) -> &TeamConfig {
        &self.config
    }

    pub fn breaker_state(&self) -> BreakerState {
        self.breaker.state()
    }

    /// `GET /{table}?…`: the rows.
    pub async fn select(&self, table: &str, query: &Query) -> Result<Vec<Value>, RemoteError> {
        let url = format!(
            "{}/{table}?{}",
            self.config.rest_url,
            query.to_query_string()
        );
        rows_of(
            self.send(|http| http.get(&url), HeaderMap::new(), None)
                .await?,
        )
    }

    /// `GET /{table}?…` for one row (`vnd.pgrst.object+json`): `None` when there is none (406).
    pub async fn select_one(
        &self,
        table: &str,
        query: &Query,
    ) -> Result<Option<Value>, RemoteError> {
        let url = format!(
            "{}/{table}?{}",
            self.config.rest_url,
            query.to_query_string()
        );
        let mut headers = HeaderMap::new();
        headers.insert(
            ACCEPT,
            HeaderValue::from_static("application/vnd.pgrst.object+json"),
        );
        match self.send(|http| http.get(&url), headers, None).await {
            Ok(row) => Ok(Some(row)),
            Err(RemoteError::Refused { status: 406, .. }) => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// `POST /{table}?on_conflict=…` with `Prefer: resolution=…,return=representation`: the
    /// rows written (none when an ignored duplicate). 200 and 201 are both success.
    pub async fn upsert(
        &self,
        table: &str,
        rows: &Value,
        on_conflict: &str,
        on_duplicate: OnDuplicate,
    ) -> Result<Vec<Value>, RemoteError> {
        let query = Query::new().with("on_conflict", on_conflict);
        let url = format!(
            "{}/{table}?{}",
            self.config.rest_url,
            query.to_query_string()
        );
        let resolution = match on_duplicate {
            OnDuplicate::Merge => "resolution=merge-duplicates,return=representation",
            OnDuplicate::Ignore => "resolution=ignore-duplicates,return=representation",
        };
        let mut headers = HeaderMap::new();
        headers.insert("prefer", HeaderValue::from_static(resolution));
        rows_of(
            self.send(|http| http.post(&url), headers, Some(rows))
                .await?,
        )
    }

    /// `POST /rpc/{function}` with named arguments: what it returns.
    pub async fn rpc(&self, function: &str, arguments: &Value) -> Result<Value, RemoteError> {
        let url = format!("{}/rpc/{function}", self.config.rest_url);
        self.send(|http| http.post(&url), HeaderMap::new(), Some(arguments))
            .await
    }

    /// One request with the retries, the breaker and the status rules above.
    async fn send(
        &self,
        request: impl Fn(&reqwest::Client) -> reqwest::RequestBuilder,
        extra_headers: HeaderMap,
        body: Option<&Value>,
    ) -> Result<Value, RemoteError> {
        let mut attempt: u32 = 0;
        loop {
            if let Err(retry_in) = self.breaker.allow() {
                return Err(RemoteError::BreakerOpen { retry_in });
            }
            attempt += 1;
            let mut builder = request(&self.http)
                .timeout(self.timeout)
                .headers(self.headers())
                .headers(extra_headers.clone());
            if let Some(body) = body {
                builder = builder
                    .header(CONTENT_TYPE, "application/json")
                    .body(body.to_string());
            }
            let response = match builder.send().await {
                Ok(response) => response,
                Err(error) => match self.transport_failure(&error) {
                    RemoteError::Connection { .. } if attempt <= MAX_RETRIES => {
                        tokio::time::sleep(self.backoff.delay(attempt - 1, None)).await;
                        continue;
                    }
                    failure => return Err(failure),
                },
            };
            let status = response.status().as_u16();
            let retry_after = response
                .headers()
                .get("retry-after")
                .and_then(|value| value.to_str().ok())
                .and_then(|value| parse_retry_after(value, SystemTime::now()));
            let text = match response.text().await {
                Ok(text) => text,
                Err(error) => return Err(self.transport_failure(&error)),
            };
            match status {
                200..=299 => {
                    self.breaker.record_success();
                    let body = if text.trim().is_empty() {
                        Value::Null
                    } else {
                        serde_json::from_str(&text).map_err(|error| RemoteError::Unreadable {
                            message: format!("{error}: {}", shorten(&text)),
                        })?
                    };
                    return Ok(body);
                }
                429 | 502 | 503 | 504 => {
                    self.breaker.record_failure();
                    if attempt <= MAX_RETRIES {
                        tokio::time::sleep(self.backoff.delay(attempt - 1, retry_after)).await;
                        continue;
                    }
                    return Err(match status {
                        429 => RemoteError::RateLimited { attempts: attempt },
                        _ => RemoteError::Server {
                            status,
                            attempts: attempt,
                            message: message_of(&text),
                        },
                    });
                }
                500..=599 => {
                    self.breaker.record_failure();
                    return Err(RemoteError::Server {
                        status,
                        attempts: attempt,
                        message: message_of(&text),
                    });
                }
                _ => {
                    // The store answered: it is up, whatever it thinks of this request.
                    self.breaker.record_success();
                    let message = message_of(&text);
                    return Err(match status {
                        401 | 403 => RemoteError::Unauthorized { status, message },
                        404 => RemoteError::Missing { status, message },
                        _ => RemoteError::Refused { status, message },
                    });
                }
            }
        }
    }

    /// A request that got no answer: a failure for the breaker, and which kind.
    fn transport_failure(&self, error: &reqwest::Error) -> RemoteError {
        self.breaker.record_failure();
        match error.is_timeout() {
            true => RemoteError::Timeout {
                after: self.timeout,
            },
            false => RemoteError::Connection {
                message: error_chain(error),
            },
        }
    }

    fn headers(&self) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(&self.config.key) {
            headers.insert("apikey", sensitive(value));
        }
        if let Some(bearer) = self.config.bearer() {
            if let Ok(value) = HeaderValue::from_str(&format!("Bearer {bearer}")) {
                headers.insert(AUTHORIZATION, sensitive(value));
            }
        }
        if let Some(token) = &self.config.team_token {
            if let Ok(value) = HeaderValue::from_str(token) {
                headers.insert("x-selfheal-team-token", sensitive(value));
            }
        }
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        headers
    }
}

fn sensitive(mut value: HeaderValue) -> HeaderValue {
    value.set_sensitive(true);
    value
}

fn rows_of(body: Value) -> Result<Vec<Value>, RemoteError> {
    match body {
        Value::Array(rows) => Ok(rows),
        Value::Null => Ok(Vec::new()),
        other => Err(RemoteError::Unreadable {
            message: format!("expected rows, got {}", shorten(&other.to_string())),
        }),
    }
}

/// PostgREST's error body is `{code, message, details, hint}`; say its message (and details).
fn message_of(text: &str) -> String {
    match serde_json::from_str::<Value>(text) {
        Ok(body) => {
            let message = body.get("message").and_then(Value::as_str).unwrap_or("");
            let details = body.get("details").and_then(Value::as_str).unwrap_or("");
            match (message.is_empty(), details.is_empty()) {
                (false, false) => format!("{message} ({details})"),
                (false, true) => message.to_string(),
                _ => shorten(text),
            }
        }
        Err(_) => shorten(text),
    }
}

fn shorten(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(200) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_values_are_percent_encoded_so_postgrest_reads_them_as_data() {
        let query = Query::new()
            .eq("message", "a+b, (c) \"d\" é")
            .is_in("fingerprint", &["x,y", "q\"r"])
            .select("fingerprint,fix_key")
            .limit(5);
        assert_eq!(
            query.to_query_string(),
            "message=eq.a%2Bb%2C%20%28c%29%20%22d%22%20%C3%A9\
             &fingerprint=in.%28%22x%2Cy%22%2C%22q%5C%22r%22%29\
             &select=fingerprint%2Cfix_key&limit=5"
        );
    }

    #[test]
    fn postgrest_error_bodies_are_read_for_their_message() {
        let body = r#"{"code":"42501","details":null,"hint":null,"message":"new row violates row-level security policy for table \"learnings\""}"#;
        assert_eq!(
            message_of(body),
            "new row violates row-level security policy for table \"learnings\""
        );
        assert_eq!(
            message_of("<html>bad gateway</html>"),
            "<html>bad gateway</html>"
        );
    }
}
