//! The three providers' request and response shapes, exactly as documented: Anthropic Messages
//! (`POST /v1/messages`), OpenAI-compatible chat completions (`POST {base}/chat/completions`)
//! and Ollama (`POST /api/chat`, `stream: false`). No I/O here (`client` sends).
//!
//! INTERFACE (kept by the implementation): `ChatRequest`, `ChatMessage`, `ChatRole`,
//! `Completion`, `HttpRequest`, `build`, `read`, `ProviderError`.

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

/// The request for `config`'s provider.
pub fn build(_config: &LlmConfig, _request: &ChatRequest) -> HttpRequest {
    unimplemented!("wire::build")
}

/// A response body with HTTP status `status` read as `provider` documents it.
pub fn read(
    _provider: ProviderKind,
    _status: u16,
    _body: &[u8],
) -> Result<Completion, ProviderError> {
    unimplemented!("wire::read")
}
