//! What selfheal knows about one error the editor shows: the pattern it matches (tier 1 of the
//! lookup: a pattern, or the pattern an exact fingerprint was matched to before), the fixes that
//! can be made against the files as they are, and how far each fix is trusted here.

use crate::fingerprint::{fingerprint, Fingerprint};
use crate::fix::{plan_fixes, FileSource, FixPlan};
use crate::occurrence::Occurrence;
use crate::pattern::{render_template, PatternMatch, PatternSet};
use crate::store::{Confidence, OccurrenceHistory, Store};

/// An error and what matched it.
#[derive(Debug, Clone)]
pub struct KnownError<'a> {
    pub occurrence: Occurrence,
    pub fingerprint: Fingerprint,
    pub matched: PatternMatch<'a>,
}

/// A fix that can be offered, with the belief that it works.
#[derive(Debug, Clone)]
pub struct TrustedPlan {
    pub plan: FixPlan,
    pub confidence: Confidence,
}

/// The error, if a pattern knows it. Without a direct match, a fingerprint the store saw matched
/// to a pattern before (a pattern whose tools differ from this source's, say) is tried with that
/// pattern's regexes alone.
pub fn recognise<'a>(
    patterns: &'a PatternSet,
    store: Option<&Store>,
    occurrence: Occurrence,
) -> Option<KnownError<'a>> {
    let id = fingerprint(&occurrence);
    let matched = match patterns.match_occurrence(&occurrence) {
        Some(matched) => Some(matched),
        None => match_by_fingerprint(patterns, store, &occurrence, &id),
    }?;
    Some(KnownError {
        occurrence,
        fingerprint: id,
        matched,
    })
}

fn match_by_fingerprint<'a>(
    patterns: &'a PatternSet,
    store: Option<&Store>,
    occurrence: &Occurrence,
    id: &Fingerprint,
) -> Option<PatternMatch<'a>> {
    let history = store?.occurrence_history(id).ok()??;
    let pattern = patterns.get(history.pattern_id.as_deref()?)?;
    let captures = pattern.message.get().captures(&occurrence.message)?;
    Some(PatternMatch { pattern, captures })
}

impl KnownError<'_> {
    /// The pattern's title with this error's captures.
    pub fn title(&self) -> String {
        render_template(&self.matched.pattern.spec.title, &|name| self.value(name))
    }

    /// The pattern's explanation with this error's captures.
    pub fn explanation(&self) -> String {
        render_template(self.matched.pattern.spec.explanation.trim_end(), &|name| {
            self.value(name)
        })
    }

    fn value(&self, name: &str) -> Option<String> {
        self.matched.capture(name).map(str::to_string)
    }

    /// Every fix that can be made now, most trusted first, each with its confidence (the
    /// template's prior alone when the store is not available).
    pub fn trusted_plans(&self, files: &dyn FileSource, store: Option<&Store>) -> Vec<TrustedPlan> {
        let mut plans: Vec<TrustedPlan> = plan_fixes(&self.matched, &self.occurrence, files)
            .into_iter()
            .filter_map(|planned| match planned {
                Ok(plan) => Some(plan),
                Err(reason) => {
                    tracing::debug!(pattern = %self.matched.pattern.spec.id, "no fix: {reason}");
                    None
                }
            })
            .map(|plan| {
                let confidence = confidence_of(store, &plan);
                TrustedPlan { plan, confidence }
            })
            .collect();
        plans.sort_by(|a, b| b.confidence.mean.total_cmp(&a.confidence.mean));
        plans
    }

    /// What the store remembers of this exact error.
    pub fn history(&self, store: Option<&Store>) -> Option<OccurrenceHistory> {
        match store?.occurrence_history(&self.fingerprint) {
            Ok(history) => history,
            Err(error) => {
                tracing::warn!("occurrence history not read: {error}");
                None
            }
        }
    }
}

/// The belief that `plan` works: learned from outcomes in the store, else its template's prior.
pub fn confidence_of(store: Option<&Store>, plan: &FixPlan) -> Confidence {
    let prior_only = || Confidence::from_prior_and_evidence(plan.prior, 0.0, 0.0, 0, 0, 0);
    match store.map(|store| store.fix_confidence(&plan.fix_key, plan.prior)) {
        Some(Ok(confidence)) => confidence,
        Some(Err(error)) => {
            tracing::warn!("fix confidence not read: {error}");
            prior_only()
        }
        None => prior_only(),
    }
}
