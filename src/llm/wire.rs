//! The three providers' request and response shapes, exactly as documented: Anthropic Messages
//! (`POST /v1/messages`), OpenAI-compatible chat completions (`POST {base}/chat/completions`)
//! and Ollama (`POST /api/chat`, `stream: false`). No I/O here (`client` sends).
//!
//! INTERFACE (kept by the implementation): `ChatRequest`, `ChatMessage`, `ChatRole`,
//! `Completion`, `HttpRequest`, `build`, `read`, `ProviderError`.

use serde::Deserialize;
use serde_json::{json, Value};

use super::config::{LlmConfig, ProviderKind};

/// What is asked, in every provider's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatRequest {
    pub system: String,
    /// Alternating, starting with the user.
    pub messages: Vec<ChatMessage>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatMessage {
    pub role: ChatRole,
    pub content: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatRole {
    User,
    Assistant,
}

/// The reply's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    pub text: String,
    /// The reply was cut off (`stop_reason: max_tokens`, `finish_reason: length`,
    /// `done_reason: length`).
    pub truncated: bool,
    /// The model that answered, as the provider names it.
    pub model: String,
}

/// One HTTP request to send.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpRequest {
    pub url: String,
    /// Secret values (keys) included; never log them.
    pub headers: Vec<(String, String)>,
    pub body: serde_json::Value,
}

/// A provider's answer that is not a completion, read from its documented error shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderError {
    pub status: u16,
    /// The provider's error type (`rate_limit_error`, `overloaded_error`, `insufficient_quota` …).
    pub kind: Option<String>,
    pub message: String,
}

/// The `anthropic-version` header the requests are written for.
pub const ANTHROPIC_VERSION: &str = "2023-06-01";

/// The `kind` of a 200 whose body is not the documented shape.
pub const BAD_RESPONSE: &str = "bad_response";
/// The `kind` of a reply in which the model declined to answer (OpenAI's `refusal`, Anthropic's
/// `stop_reason: "refusal"`).
pub const REFUSAL: &str = "refusal";

impl ChatRole {
    pub fn as_str(self) -> &'static str {
        match self {
            ChatRole::User => "user",
            ChatRole::Assistant => "assistant",
        }
    }
}

/// The request for `config`'s provider.
pub fn build(config: &LlmConfig, request: &ChatRequest) -> HttpRequest {
    let base = config.base_url.trim_end_matches('/');
    let mut headers = vec![("content-type".to_string(), "application/json".to_string())];
    let turns = request
        .messages
        .iter()
        .map(|message| json!({"role": message.role.as_str(), "content": message.content}));
    // OpenAI and Ollama take the system prompt as the first message; Anthropic as a field.
    let with_system = || -> Vec<Value> {
        let system = (!request.system.is_empty())
            .then(|| json!({"role": "system", "content": request.system}));
        system.into_iter().chain(turns.clone()).collect()
    };
    let (url, body) = match config.provider {
        ProviderKind::Anthropic => {
            if let Some(key) = &config.api_key {
                headers.push(("x-api-key".to_string(), key.clone()));
            }
            headers.push((
                "anthropic-version".to_string(),
                ANTHROPIC_VERSION.to_string(),
            ));
            let mut body = json!({
                "model": config.model,
                "max_tokens": config.max_tokens,
                "messages": turns.clone().collect::<Vec<_>>(),
                "temperature": 0,
            });
            if !request.system.is_empty() {
                body["system"] = json!(request.system);
            }
            (format!("{base}/v1/messages"), body)
        }
        ProviderKind::OpenAi => {
            if let Some(key) = &config.api_key {
                headers.push(("authorization".to_string(), format!("Bearer {key}")));
            }
            let body = json!({
                "model": config.model,
                "messages": with_system(),
                "max_tokens": config.max_tokens,
                "temperature": 0,
            });
            (format!("{base}/chat/completions"), body)
        }
        ProviderKind::Ollama => {
            let body = json!({
                "model": config.model,
                "messages": with_system(),
                "stream": false,
                "options": {"temperature": 0, "num_predict": config.max_tokens},
            });
            (format!("{base}/api/chat"), body)
        }
    };
    HttpRequest { url, headers, body }
}

/// A response body with HTTP status `status` read as `provider` documents it.
///
/// A 2xx must be the provider's completion shape, or it is a `ProviderError` with `status` and
/// kind `bad_response` (or `refusal` when the model declined). Any other status is read from the
/// provider's error shape (any of the three, for proxies and compatible servers); a body that is
/// none of them gives its first line as the message. Messages are scrubbed of secrets.
pub fn read(provider: ProviderKind, status: u16, body: &[u8]) -> Result<Completion, ProviderError> {
    if !(200..300).contains(&status) {
        return Err(read_error(status, body));
    }
    let bad = |what: String| ProviderError {
        status,
        kind: Some(BAD_RESPONSE.to_string()),
        message: what,
    };
    let read = match provider {
        ProviderKind::Anthropic => read_anthropic(body),
        ProviderKind::OpenAi => read_openai(body),
        ProviderKind::Ollama => read_ollama(body),
    };
    match read {
        Ok(Reading::Text(completion)) => Ok(completion),
        Ok(Reading::Declined(message)) => Err(ProviderError {
            status,
            kind: Some(REFUSAL.to_string()),
            message: scrubbed(&message),
        }),
        Err(error) => Err(bad(format!(
            "the reply is not {}'s documented shape ({error}): {}",
            provider.as_str(),
            excerpt(body)
        ))),
    }
}

/// A 2xx body read: a completion, or the model's refusal to give one.
enum Reading {
    Text(Completion),
    Declined(String),
}

#[derive(Deserialize)]
struct AnthropicMessage {
    #[serde(rename = "type")]
    kind: String,
    content: Vec<AnthropicBlock>,
    model: String,
    stop_reason: Option<String>,
}

#[derive(Deserialize)]
struct AnthropicBlock {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    text: Option<String>,
}

fn read_anthropic(body: &[u8]) -> Result<Reading, String> {
    let message: AnthropicMessage = serde_json::from_slice(body).map_err(|e| e.to_string())?;
    if message.kind != "message" {
        return Err(format!("type {:?}, not \"message\"", message.kind));
    }
    let mut text = String::new();
    for block in message.content.iter().filter(|block| block.kind == "text") {
        text.push_str(block.text.as_deref().ok_or("a text block without text")?);
    }
    if message.stop_reason.as_deref() == Some("refusal") {
        return Ok(Reading::Declined(match text.is_empty() {
            true => "the model declined to answer (stop_reason: refusal)".to_string(),
            false => text,
        }));
    }
    Ok(Reading::Text(Completion {
        text,
        truncated: message.stop_reason.as_deref() == Some("max_tokens"),
        model: message.model,
    }))
}

#[derive(Deserialize)]
struct OpenAiCompletion {
    choices: Vec<OpenAiChoice>,
    #[serde(default)]
    model: Option<String>,
}

#[derive(Deserialize)]
struct OpenAiChoice {
    message: OpenAiMessage,
    #[serde(default)]
    finish_reason: Option<String>,
}

#[derive(Deserialize)]
struct OpenAiMessage {
    content: Option<String>,
    #[serde(default)]
    refusal: Option<String>,
}

fn read_openai(body: &[u8]) -> Result<Reading, String> {
    let completion: OpenAiCompletion = serde_json::from_slice(body).map_err(|e| e.to_string())?;
    let choice = completion.choices.into_iter().next().ok_or("no choices")?;
    let finish_reason = choice.finish_reason.unwrap_or_default();
    let Some(text) = choice.message.content else {
        return Ok(Reading::Declined(match choice.message.refusal {
            Some(refusal) => refusal,
            None => format!("the reply has no content (finish_reason: {finish_reason:?})"),
        }));
    };
    Ok(Reading::Text(Completion {
        text,
        truncated: finish_reason == "length",
        model: completion.model.unwrap_or_default(),
    }))
}

#[derive(Deserialize)]
struct OllamaReply {
    model: String,
    message: OllamaMessage,
    done: bool,
    #[serde(default)]
    done_reason: Option<String>,
}

#[derive(Deserialize)]
struct OllamaMessage {
    content: String,
}

fn read_ollama(body: &[u8]) -> Result<Reading, String> {
    let reply: OllamaReply = serde_json::from_slice(body).map_err(|e| e.to_string())?;
    if !reply.done {
        return Err("done is false: a streamed reply".to_string());
    }
    Ok(Reading::Text(Completion {
        text: reply.message.content,
        truncated: reply.done_reason.as_deref() == Some("length"),
        model: reply.model,
    }))
}

/// The error shapes: Anthropic `{"type":"error","error":{"type","message"}}`, OpenAI
/// `{"error":{"message","type","param","code"}}` (the `code` is the more precise kind:
/// `insufficient_quota` comes with type `insufficient_quota` but `rate_limit_exceeded` with type
/// `requests` or `tokens`), Ollama `{"error":"…"}`.
fn read_error(status: u16, body: &[u8]) -> ProviderError {
    let value: Option<Value> = serde_json::from_slice(body).ok();
    let error = value.as_ref().and_then(|value| value.get("error"));
    let text = |value: Option<&Value>| value.and_then(Value::as_str).map(str::to_string);
    let (kind, message) = match error {
        Some(Value::String(message)) => (None, Some(message.clone())),
        Some(error @ Value::Object(_)) => (
            text(error.get("code")).or_else(|| text(error.get("type"))),
            text(error.get("message")),
        ),
        _ => (None, None),
    };
    ProviderError {
        status,
        kind,
        message: match message {
            Some(message) => scrubbed(&message),
            None => excerpt(body),
        },
    }
}

/// At most this many characters of a body are quoted in a message.
const EXCERPT_CHARS: usize = 300;

/// The start of a body that is not what was expected, scrubbed, for a message or a log line.
fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    if text.is_empty() {
        return "(an empty body)".to_string();
    }
    let mut cut: String = text.chars().take(EXCERPT_CHARS).collect();
    if cut.len() < text.len() {
        cut.push('…');
    }
    scrubbed(&cut)
}

fn scrubbed(text: &str) -> String {
    crate::scrub::scrub(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn config(provider: ProviderKind, key: Option<&str>) -> LlmConfig {
        LlmConfig {
            provider,
            model: "m-1".to_string(),
            base_url: "http://127.0.0.1:9/".to_string(),
            api_key: key.map(str::to_string),
            timeout: Duration::from_secs(60),
            deadline: Duration::from_secs(180),
            max_retries: 3,
            retry_base: Duration::from_millis(500),
            max_tokens: 100,
            daily_budget: 100,
            whole_window: false,
            exclude: Vec::new(),
        }
    }

    fn request() -> ChatRequest {
        ChatRequest {
            system: "be brief".to_string(),
            messages: vec![
                ChatMessage {
                    role: ChatRole::User,
                    content: "fix it".to_string(),
                },
                ChatMessage {
                    role: ChatRole::Assistant,
                    content: "no".to_string(),
                },
                ChatMessage {
                    role: ChatRole::User,
                    content: "please".to_string(),
                },
            ],
        }
    }

    fn header<'a>(request: &'a HttpRequest, name: &str) -> Option<&'a str> {
        let found = request.headers.iter().find(|(n, _)| n == name);
        found.map(|(_, value)| value.as_str())
    }

    #[test]
    fn anthropic_requests_carry_the_key_the_version_and_the_system_field() {
        let sent = build(&config(ProviderKind::Anthropic, Some("k")), &request());
        assert_eq!(sent.url, "http://127.0.0.1:9/v1/messages");
        assert_eq!(header(&sent, "x-api-key"), Some("k"));
        assert_eq!(header(&sent, "anthropic-version"), Some("2023-06-01"));
        assert_eq!(header(&sent, "content-type"), Some("application/json"));
        assert_eq!(
            sent.body,
            json!({"model": "m-1", "max_tokens": 100, "system": "be brief", "temperature": 0,
                   "messages": [{"role": "user", "content": "fix it"},
                                {"role": "assistant", "content": "no"},
                                {"role": "user", "content": "please"}]})
        );
    }

    #[test]
    fn openai_and_ollama_requests_put_the_system_prompt_first() {
        let messages = json!([{"role": "system", "content": "be brief"},
                              {"role": "user", "content": "fix it"},
                              {"role": "assistant", "content": "no"},
                              {"role": "user", "content": "please"}]);
        let sent = build(&config(ProviderKind::OpenAi, Some("k")), &request());
        assert_eq!(sent.url, "http://127.0.0.1:9/chat/completions");
        assert_eq!(header(&sent, "authorization"), Some("Bearer k"));
        assert_eq!(
            sent.body,
            json!({"model": "m-1", "messages": messages, "max_tokens": 100, "temperature": 0})
        );
        let keyless = build(&config(ProviderKind::OpenAi, None), &request());
        assert_eq!(header(&keyless, "authorization"), None);
        let sent = build(&config(ProviderKind::Ollama, None), &request());
        assert_eq!(sent.url, "http://127.0.0.1:9/api/chat");
        assert_eq!(
            sent.body,
            json!({"model": "m-1", "messages": messages, "stream": false,
                   "options": {"temperature": 0, "num_predict": 100}})
        );
    }

    fn ok(provider: ProviderKind, body: Value) -> Result<Completion, ProviderError> {
        read(provider, 200, body.to_string().as_bytes())
    }

    #[test]
    fn completions_are_read_and_truncation_flagged() {
        let anthropic = json!({"id": "msg_1", "type": "message", "role": "assistant",
            "content": [{"type": "text", "text": "a"}, {"type": "tool_use", "id": "t"},
                        {"type": "text", "text": "b"}],
            "model": "claude-x", "stop_reason": "max_tokens", "stop_sequence": null,
            "usage": {"input_tokens": 1, "output_tokens": 2}});
        let read = ok(ProviderKind::Anthropic, anthropic).unwrap();
        assert_eq!((read.text.as_str(), read.truncated), ("ab", true));
        assert_eq!(read.model, "claude-x");
        let openai = json!({"id": "c", "object": "chat.completion", "created": 1, "model": "gpt",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"},
                         "finish_reason": "stop"}], "usage": {}});
        let read = ok(ProviderKind::OpenAi, openai).unwrap();
        assert_eq!((read.text.as_str(), read.truncated), ("hi", false));
        let ollama = json!({"model": "q", "created_at": "2024-01-01T00:00:00Z",
            "message": {"role": "assistant", "content": "yo"}, "done": true,
            "done_reason": "length"});
        let read = ok(ProviderKind::Ollama, ollama).unwrap();
        assert_eq!((read.text.as_str(), read.truncated), ("yo", true));
    }

    #[test]
    fn refusals_and_other_shapes_are_errors() {
        let refusal = json!({"choices": [{"index": 0, "finish_reason": "stop",
            "message": {"role": "assistant", "content": null, "refusal": "I can't."}}]});
        let error = ok(ProviderKind::OpenAi, refusal).unwrap_err();
        assert_eq!(error.kind.as_deref(), Some(REFUSAL));
        assert_eq!(error.message, "I can't.");
        for (provider, body) in [
            (ProviderKind::Anthropic, json!({"type": "error"})),
            (ProviderKind::OpenAi, json!({"choices": []})),
            (
                ProviderKind::Ollama,
                json!({"model": "q", "message": {}, "done": true}),
            ),
            (ProviderKind::Ollama, json!([1])),
        ] {
            let error = ok(provider, body).unwrap_err();
            assert_eq!(
                (error.status, error.kind.as_deref()),
                (200, Some(BAD_RESPONSE))
            );
        }
        let error = read(ProviderKind::Ollama, 200, b"<html>proxy login</html>").unwrap_err();
        assert!(
            error.message.contains("<html>proxy login"),
            "{}",
            error.message
        );
    }

    #[test]
    fn provider_errors_are_read_from_each_documented_shape() {
        let anthropic =
            br#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
        let error = read(ProviderKind::Anthropic, 529, anthropic).unwrap_err();
        assert_eq!(
            error,
            ProviderError {
                status: 529,
                kind: Some("overloaded_error".to_string()),
                message: "Overloaded".to_string()
            }
        );
        let quota = br#"{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}"#;
        let error = read(ProviderKind::OpenAi, 429, quota).unwrap_err();
        assert_eq!(error.kind.as_deref(), Some("insufficient_quota"));
        let rate = br#"{"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#;
        let error = read(ProviderKind::OpenAi, 429, rate).unwrap_err();
        assert_eq!(error.kind.as_deref(), Some("rate_limit_exceeded"));
        let ollama = br#"{"error":"model \"x\" not found, try pulling it first"}"#;
        let error = read(ProviderKind::Ollama, 404, ollama).unwrap_err();
        assert_eq!(
            (error.kind, error.message.as_str()),
            (None, "model \"x\" not found, try pulling it first")
        );
        let error = read(ProviderKind::OpenAi, 502, b"Bad Gateway").unwrap_err();
        assert_eq!((error.status, error.message.as_str()), (502, "Bad Gateway"));
    }

    #[test]
    fn secrets_in_provider_messages_are_scrubbed() {
        let canary = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
        let body = json!({"error": {"message": format!("bad token {canary}"), "type": "x"}});
        let error = read(ProviderKind::OpenAi, 400, body.to_string().as_bytes()).unwrap_err();
        assert!(!error.message.contains(canary), "{}", error.message);
    }
}
