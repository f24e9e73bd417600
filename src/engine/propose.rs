//! Propose: an LLM's proposal as one more candidate fix. The engine gathers what is sent (every
//! occurrence of the error, the file as it is now, the fixes already tried and why they failed,
//! similar fixes that worked before), `crate::llm` asks and fits the reply to the file, and the
//! result comes back here as an ordinary `CandidateFix` — edits with the exact text each one
//! replaces — that both edges offer, apply on a yes and verify like every other fix. Each
//! proposal's fate is remembered (`store::proposals`) for `selfheal stats`.

use std::path::{Path, PathBuf};

use super::candidates::{CandidateFix, FixOrigin};
use super::recognise::RecognisedError;
use super::Engine;
use crate::fix::{render_diff, sha256_hex, FilePatch, FileSource, FixAction, FixPlan};
use crate::llm::prompt::{ErrorText, PastFix, ProposalInput, TriedFix};
use crate::llm::{Budget, LlmClient, LlmConfig, Proposal, ProposalRequest, ProposeError};
use crate::occurrence::Occurrence;
use crate::store::{Confidence, NewProposal, ProposalStatus, Store};

/// Similar past fixes sent with a proposal, at most.
const SIMILAR_FIXES: usize = 3;

/// A proposal's prior is the model's own confidence, but never above this: it is verified
/// before it is kept, and learned only when it worked.
const PROPOSAL_PRIOR_CAP: f64 = 0.8;

/// Everything a proposal is asked with, owned, so that it can cross to the task that waits for
/// the provider.
#[derive(Debug, Clone)]
pub struct ProposalContext {
    pub fingerprint: String,
    pub path: PathBuf,
    /// The path as the model sees it.
    pub shown_path: String,
    /// The file's text now; the proposal's edits are made against it.
    pub text: String,
    pub line: u32,
    pub tool: &'static str,
    pub language: &'static str,
    pub errors: Vec<ErrorText>,
    pub tried: Vec<TriedFix>,
    pub similar: Vec<PastFix>,
}

impl ProposalContext {
    pub fn request(&self) -> ProposalRequest<'_> {
        ProposalRequest {
            path: &self.path,
            input: ProposalInput {
                tool: self.tool,
                language: self.language,
                errors: &self.errors,
                file: &self.shown_path,
                text: &self.text,
                line: self.line,
                tried: &self.tried,
                similar: &self.similar,
                whole_window: false,
            },
        }
    }
}

/// Why no proposal could even be asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NothingToPropose {
    #[error("the error names no file and line to fix")]
    NoPlace,
    #[error("{0} cannot be read as text")]
    Unreadable(String),
}

/// The HTTP client and the runtime a command-line proposal waits on.
pub struct Proposer {
    pub config: LlmConfig,
    client: LlmClient,
    runtime: tokio::runtime::Runtime,
}

impl std::fmt::Debug for Proposer {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Proposer")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Proposer {
    pub fn new(config: LlmConfig) -> anyhow::Result<Proposer> {
        let client = LlmClient::new(&config)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        Ok(Proposer {
            config,
            client,
            runtime,
        })
    }

    /// Asks and waits (the command line has nothing else to do meanwhile).
    pub fn propose(&self, context: &ProposalContext) -> Result<Proposal, ProposeError> {
        let request = context.request();
        self.runtime.block_on(crate::llm::propose(
            &self.client,
            &self.config,
            &request,
            &DailyBudget(self.config.daily_budget),
        ))
    }
}

/// The day's request budget, counted in the local database (shared by every editor and command
/// on the machine). Without a database nothing is sent: the budget protects money.
pub struct DailyBudget(pub u32);

impl Budget for DailyBudget {
    fn spend(&self) -> Result<(), u32> {
        match Store::open_default().map(|store| store.spend_llm_request(self.0)) {
            Ok(Ok(Ok(_))) => Ok(()),
            Ok(Ok(Err(_))) => Err(self.0),
            Ok(Err(problem)) | Err(problem) => {
                tracing::warn!("the LLM request budget cannot be counted: {problem}");
                Err(0)
            }
        }
    }
}

impl Engine<'_> {
    /// What to ask about `error` at its first place, with `files` read as they are now.
    pub fn proposal_context(
        &self,
        error: &RecognisedError<'_>,
        files: &dyn FileSource,
        tried: Vec<TriedFix>,
        workspace: Option<&Path>,
    ) -> Result<ProposalContext, NothingToPropose> {
        let occurrence = &error.occurrence;
        let (Some(file), Some(line)) = (&occurrence.file, occurrence.line) else {
            return Err(NothingToPropose::NoPlace);
        };
        let path = PathBuf::from(file);
        let text = files
            .read(&path)
            .ok_or_else(|| NothingToPropose::Unreadable(file.clone()))?;
        // Paths as the person sees them from the project: a home directory's name is nobody's
        // business.
        let shown = |file: &str| {
            workspace
                .and_then(|root| Path::new(file).strip_prefix(root).ok())
                .map(|relative| relative.to_string_lossy().into_owned())
                .unwrap_or_else(|| file.to_string())
        };
        let shown_path = shown(file);
        let errors = std::iter::once(occurrence)
            .chain(&error.repeats)
            .map(|occurrence| ErrorText {
                file: occurrence.file.as_deref().map(shown),
                ..error_text(occurrence)
            })
            .collect();
        Ok(ProposalContext {
            fingerprint: error.fingerprint.0.clone(),
            path,
            shown_path,
            text,
            line,
            tool: occurrence.tool.as_str(),
            language: occurrence.tool.language().as_str(),
            errors,
            tried,
            similar: self.similar_fixes(occurrence),
        })
    }

    /// Fixes that worked for errors of the same tool and code, as diffs.
    fn similar_fixes(&self, occurrence: &Occurrence) -> Vec<PastFix> {
        let Some(store) = self.store else {
            return Vec::new();
        };
        let found = store
            .similar_fixes(
                occurrence.tool.as_str(),
                occurrence.code.as_deref(),
                SIMILAR_FIXES,
            )
            .unwrap_or_else(|problem| {
                tracing::debug!("no similar fixes: {problem}");
                Vec::new()
            });
        found
            .into_iter()
            .map(|(message, before, after)| PastFix {
                message,
                diff: render_diff(
                    "file",
                    &String::from_utf8_lossy(&before),
                    &String::from_utf8_lossy(&after),
                ),
            })
            .collect()
    }

    /// A proposal as a candidate fix on the file it was made for.
    pub fn proposal_candidate(
        &self,
        context: &ProposalContext,
        proposal: &Proposal,
        provider: &LlmConfig,
    ) -> CandidateFix {
        let prior = proposal.header.confidence.clamp(0.0, PROPOSAL_PRIOR_CAP);
        let confidence = self
            .store
            .and_then(|store| store.fix_confidence(&proposal.fix_key, prior).ok())
            .unwrap_or_else(|| Confidence::from_prior_and_evidence(prior, 0.0, 0.0, 0, 0, 0));
        CandidateFix {
            plan: FixPlan {
                title: proposal.header.title.clone(),
                fix_key: proposal.fix_key.clone(),
                prior,
                action: FixAction::Edit(vec![FilePatch {
                    path: context.path.clone(),
                    original_sha256: sha256_hex(context.text.as_bytes()),
                    edits: proposal.edits.clone(),
                }]),
            },
            confidence,
            origin: FixOrigin::Proposed(provider.provider),
        }
    }

    /// Remembers a proposal's first status (`fix_key` when it had edits).
    pub fn record_proposal(
        &self,
        context: &ProposalContext,
        config: &LlmConfig,
        proposal: Result<&Proposal, &ProposeError>,
    ) {
        let Some(store) = self.store else { return };
        let (status, fix_key, title, detail, model) = match proposal {
            Ok(p) => (
                ProposalStatus::Proposed,
                Some(p.fix_key.as_str()),
                Some(p.header.title.as_str()),
                None,
                p.model.as_str(),
            ),
            Err(error) => (
                match error {
                    ProposeError::Unreadable(_) | ProposeError::Truncated => {
                        ProposalStatus::Unreadable
                    }
                    ProposeError::Unusable(_) => ProposalStatus::Unusable,
                    _ => ProposalStatus::Failed,
                },
                None,
                None,
                Some(error.to_string()),
                config.model.as_str(),
            ),
        };
        let detail = detail.as_deref();
        let new = NewProposal {
            fingerprint: &context.fingerprint,
            provider: config.provider.as_str(),
            model,
            fix_key,
            title,
            detail,
        };
        if let Err(problem) = store.record_proposal(&new, status) {
            tracing::warn!("a proposal was not remembered: {problem}");
        }
    }

    /// Moves a proposal (by its fix key) on: accepted, declined, verified, rejected, learned.
    pub fn update_proposal(&self, fix_key: &str, status: ProposalStatus, detail: Option<&str>) {
        if !is_proposal_key(fix_key) {
            return;
        }
        let Some(store) = self.store else { return };
        if let Err(problem) = store.update_proposal(fix_key, status, detail) {
            tracing::warn!("a proposal's status was not remembered: {problem}");
        }
    }
}

/// Whether `fix_key` is a proposal's.
pub fn is_proposal_key(fix_key: &str) -> bool {
    fix_key.starts_with(crate::llm::propose::PROPOSAL_KEY_PREFIX)
}

fn error_text(occurrence: &Occurrence) -> ErrorText {
    ErrorText {
        message: occurrence.message.clone(),
        code: occurrence.code.clone(),
        file: occurrence.file.clone(),
        line: occurrence.line,
        column: occurrence.column,
    }
}
