//! "Propose fix" with an LLM for errors no candidate fixes: the provider configured (`config`),
//! a scrubbed prompt with the error, a window of code and what was tried (`prompt`), one thin
//! client over three wire formats — Anthropic Messages, OpenAI-compatible chat completions and
//! Ollama's `/api/chat` (`wire`, `client`) — a robust reading of the reply (`reply`), and its
//! SEARCH/REPLACE blocks turned into ordinary text edits that must match the current file exactly
//! once inside the window (`edits`). `propose` ties them together; the engine makes the result
//! one more candidate fix, applied only after a person's yes (or `heal --llm --yes`), verified by
//! re-running, and learned when it works.

pub mod client;
pub mod config;
pub mod edits;
pub mod prompt;
pub mod propose;
pub mod reply;
pub mod wire;

pub use client::{Budget, LlmClient, LlmError};
pub use config::{LlmConfig, NotConfigured, ProviderKind};
pub use propose::{propose, Proposal, ProposalRequest, ProposeError};
