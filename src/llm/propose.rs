//! One proposal: build the scrubbed prompt, ask the provider, read the reply, fit its edits to
//! the file as it is now; when they do not fit, ask once more with the mismatch explained, then
//! give up cleanly. Nothing is applied here: the result is edits with the exact text each one
//! replaces, which the engine offers, applies on a yes and verifies like every other fix.

use std::path::Path;

use super::client::{Budget, LlmClient, LlmError};
use super::config::LlmConfig;
use super::edits::{plan_edits, Mismatch};
use super::prompt::{build_request, follow_up, is_excluded, window_around, ProposalInput};
use super::reply::{parse_reply, Header, HowRead, UnreadableReply};
use super::wire::{ChatMessage, ChatRole};
use crate::fix::TextEdit;

/// What to propose a fix for.
#[derive(Debug, Clone)]
pub struct ProposalRequest<'a> {
    /// The file on disk (or the editor's document path): checked against the exclusions.
    pub path: &'a Path,
    pub input: ProposalInput<'a>,
}

/// A proposal whose edits fit the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub header: Header,
    /// Against `input.text`, in order, each with the exact bytes it replaces.
    pub edits: Vec<TextEdit>,
    pub how_read: HowRead,
    /// 1, or 2 when the first reply's edits did not fit and the model was asked again.
    pub asked: u32,
    /// The model that answered.
    pub model: String,
    /// The key its outcomes are recorded under: `llm:` and a digest of the edits.
    pub fix_key: String,
}

/// Why there is no proposal; `Display` is for a person.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProposeError {
    #[error("{} is excluded from what is sent to an LLM (.env files, keys, credentials and the configured `exclude` patterns)", .0.display())]
    Excluded(std::path::PathBuf),
    #[error("{0}")]
    Provider(#[from] LlmError),
    #[error("the reply could not be read ({0}); nothing was applied")]
    Unreadable(UnreadableReply),
    #[error("the reply was cut off at the token limit before its edits were complete; nothing was applied")]
    Truncated,
    #[error(
        "the proposed edit does not fit the file ({0}), even when asked again; nothing was applied"
    )]
    Unusable(Mismatch),
}

/// The prefix of the fix keys of proposals.
pub const PROPOSAL_KEY_PREFIX: &str = "llm:";

/// Asks `client` for a fix and fits it to the file.
pub async fn propose(
    client: &LlmClient,
    config: &LlmConfig,
    request: &ProposalRequest<'_>,
    budget: &dyn Budget,
) -> Result<Proposal, ProposeError> {
    if is_excluded(request.path, &config.exclude) {
        return Err(ProposeError::Excluded(request.path.to_path_buf()));
    }
    let input = ProposalInput {
        whole_window: config.whole_window,
        ..request.input.clone()
    };
    let window = window_around(input.text, input.line);
    let mut chat = build_request(&input, &window);
    let mut asked = 0;
    loop {
        asked += 1;
        let completion = client.complete(&chat, budget).await?;
        let read = parse_reply(&completion.text);
        let (reply, how_read) = match read {
            Ok(read) => read,
            Err(_) if completion.truncated => return Err(ProposeError::Truncated),
            Err(unreadable) => {
                tracing::info!(
                    "an unreadable reply: {}",
                    crate::scrub::scrub(&completion.text)
                );
                return Err(ProposeError::Unreadable(unreadable));
            }
        };
        match plan_edits(input.text, &window, &reply) {
            Ok(edits) => {
                return Ok(Proposal {
                    fix_key: fix_key_of(&edits),
                    header: reply.header,
                    edits,
                    how_read,
                    asked,
                    model: completion.model,
                })
            }
            Err(_) if completion.truncated => return Err(ProposeError::Truncated),
            Err(mismatch) if asked >= 2 => return Err(ProposeError::Unusable(mismatch)),
            Err(mismatch) => {
                tracing::info!("the proposed edit does not fit ({mismatch}); asking once more");
                chat.messages.push(ChatMessage {
                    role: ChatRole::Assistant,
                    content: crate::scrub::scrub(&completion.text).into_owned(),
                });
                chat.messages.push(ChatMessage {
                    role: ChatRole::User,
                    content: follow_up(&mismatch),
                });
            }
        }
    }
}

/// `llm:` and a digest of what the edits replace and with what: the same proposal made twice
/// shares its outcomes.
fn fix_key_of(edits: &[TextEdit]) -> String {
    let mut bytes = Vec::new();
    for edit in edits {
        bytes.extend_from_slice(edit.expected.as_bytes());
        bytes.push(0);
        bytes.extend_from_slice(edit.replacement.as_bytes());
        bytes.push(0);
    }
    format!(
        "{PROPOSAL_KEY_PREFIX}{}",
        &crate::digest::sha256_hex(&bytes)[..16]
    )
}
