//! Candidate fixes for one recognised error: every fix that can be made against the files as they
//! are now, each with how far it is trusted here and where it came from, most trusted first.

use super::python_install::guard_python_install;
use super::recognise::RecognisedError;
use super::Engine;
use crate::fix::{plan_fixes, FileSource, FixAction, FixPlan};
use crate::store::Confidence;

/// A fix that can be offered or tried, with the belief that it works.
#[derive(Debug, Clone)]
pub struct CandidateFix {
    pub plan: FixPlan,
    pub confidence: Confidence,
    pub origin: FixOrigin,
}

/// Where a candidate came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FixOrigin {
    /// A fix template of the matched pattern.
    Pattern,
    /// The tool's own suggestion, taken by the matched pattern.
    ToolSuggestion,
}

impl FixOrigin {
    pub fn as_str(self) -> &'static str {
        match self {
            FixOrigin::Pattern => "pattern",
            FixOrigin::ToolSuggestion => "tool suggestion",
        }
    }
}

impl CandidateFix {
    pub fn is_edit(&self) -> bool {
        matches!(&self.plan.action, FixAction::Edit(patches) if !patches.is_empty())
    }

    pub fn is_command(&self) -> bool {
        matches!(self.plan.action, FixAction::Command(_))
    }
}

impl Engine<'_> {
    /// Every fix that can be made for `error` now, ranked: learned confidence (or the prior when
    /// nothing was learned yet) first, the prior breaking ties, the pattern's order after that.
    pub fn candidate_fixes(
        &self,
        error: &RecognisedError<'_>,
        files: &dyn FileSource,
    ) -> Vec<CandidateFix> {
        let Some(matched) = &error.matched else {
            return Vec::new();
        };
        let mut candidates: Vec<CandidateFix> = plan_fixes(matched, &error.occurrence, files)
            .into_iter()
            .enumerate()
            .map(|(index, planned)| {
                let guarded = planned.and_then(|plan| {
                    guard_python_install(plan, &error.occurrence, self.command_line)
                });
                (index, guarded)
            })
            .filter_map(|(index, planned)| match planned {
                Ok(plan) => Some((index, plan)),
                Err(reason) => {
                    tracing::debug!(pattern = %matched.pattern.spec.id, "no fix: {reason}");
                    None
                }
            })
            .map(|(index, plan)| {
                let origin = match matched.pattern.spec.fixes[index].suggestion {
                    true => FixOrigin::ToolSuggestion,
                    false => FixOrigin::Pattern,
                };
                CandidateFix {
                    confidence: self.confidence_of(&plan.fix_key, plan.prior),
                    plan,
                    origin,
                }
            })
            .collect();
        candidates.sort_by(|a, b| {
            b.confidence
                .mean
                .total_cmp(&a.confidence.mean)
                .then(b.plan.prior.total_cmp(&a.plan.prior))
        });
        candidates
    }

    /// The belief that the fix `fix_key` works: learned from outcomes in the store, else its
    /// prior.
    pub fn confidence_of(&self, fix_key: &str, prior: f64) -> Confidence {
        let prior_only = || Confidence::from_prior_and_evidence(prior, 0.0, 0.0, 0, 0, 0);
        match self.store.map(|store| store.fix_confidence(fix_key, prior)) {
            Some(Ok(confidence)) => confidence,
            Some(Err(problem)) => {
                tracing::warn!("fix confidence not read: {problem}");
                prior_only()
            }
            None => prior_only(),
        }
    }
}
