//! Candidate fixes for one recognised error: every fix that can be made against the files as they
//! are now, each with how far it is trusted here and where it came from, most trusted first.

use super::python_install::guard_python_install;
use super::recognise::RecognisedError;
use super::Engine;
use crate::fix::{placed, plan_fixes, with_uses_of_renamed_import, FileSource, FixAction, FixPlan};
use crate::generate::{generate, Context, Generated, Generator, GENERATED_KEY_PREFIX};
use crate::learn::library::is_learned_id;
use crate::occurrence::Occurrence;
use crate::pattern::PatternMatch;
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
    /// A pattern learned from a fix a person made (`crate::learn`).
    Learned,
    /// A pattern learned on a team member's machine and approved for the team
    /// (`selfheal sync` keeps them in the user's `team.toml`).
    Team,
    /// The tool's own suggestion, taken by the matched pattern or offered as it is.
    ToolSuggestion,
    /// A close name, member or module that exists, for a misspelt one.
    DidYouMean,
    /// An import of a name another file of the project defines.
    ProjectImport,
    /// An import of a standard-library module.
    StandardImport,
    /// The closer or separator the message says is missing.
    SyntaxRepair,
    /// An unused variable's declaration deleted, where that changes nothing else.
    UnusedRemoval,
    /// An item made public where it is defined, for a use from outside.
    Visibility,
    /// A variable's declaration fixed for how it is used (`const` → `let`, a call awaited).
    Declaration,
    /// A value converted to the type the error says it must have (`&s`, `float64(n)`).
    Conversion,
    /// A signature fixed for its body or callers (`throws`, `self`).
    Signature,
    /// A generic type's missing type argument, one guess among several.
    TypeArgument,
    /// Proposed by an LLM ("propose fix", `crate::llm`), for a person to review.
    Proposed(crate::llm::ProviderKind),
}

impl FixOrigin {
    pub fn as_str(self) -> &'static str {
        match self {
            FixOrigin::Pattern => "pattern",
            FixOrigin::Learned => "learned from your fix",
            FixOrigin::Team => "from your team",
            FixOrigin::ToolSuggestion => "tool suggestion",
            FixOrigin::DidYouMean => "did you mean",
            FixOrigin::ProjectImport => "project symbol",
            FixOrigin::StandardImport => "standard library",
            FixOrigin::SyntaxRepair => "syntax repair",
            FixOrigin::UnusedRemoval => "unused removal",
            FixOrigin::Visibility => "visibility",
            FixOrigin::Declaration => "declaration",
            FixOrigin::Conversion => "conversion",
            FixOrigin::Signature => "signature",
            FixOrigin::TypeArgument => "type argument",
            FixOrigin::Proposed(provider) => match provider {
                crate::llm::ProviderKind::Anthropic => "proposed by anthropic",
                crate::llm::ProviderKind::OpenAi => "proposed by openai",
                crate::llm::ProviderKind::Ollama => "proposed by ollama",
            },
        }
    }

    fn of(generator: Generator) -> FixOrigin {
        match generator {
            Generator::ToolSuggestion => FixOrigin::ToolSuggestion,
            Generator::DidYouMean => FixOrigin::DidYouMean,
            Generator::ProjectImport => FixOrigin::ProjectImport,
            Generator::StandardImport => FixOrigin::StandardImport,
            Generator::SyntaxRepair => FixOrigin::SyntaxRepair,
            Generator::UnusedRemoval => FixOrigin::UnusedRemoval,
            Generator::Visibility => FixOrigin::Visibility,
            Generator::Declaration => FixOrigin::Declaration,
            Generator::Conversion => FixOrigin::Conversion,
            Generator::Signature => FixOrigin::Signature,
            Generator::TypeArgument => FixOrigin::TypeArgument,
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

    /// What the fix does and, when no pattern wrote it, where it came from: the title an editor
    /// shows (`Replace `lenght` with `length` (did you mean)`).
    pub fn labelled_title(&self) -> String {
        match self.origin {
            FixOrigin::Pattern => self.plan.title.clone(),
            FixOrigin::Learned | FixOrigin::Team | FixOrigin::Proposed(_) => {
                format!("{} ({})", self.plan.title, self.origin.as_str())
            }
            _ if !self.plan.fix_key.starts_with(GENERATED_KEY_PREFIX) => self.plan.title.clone(),
            origin => format!("{} ({})", self.plan.title, origin.as_str()),
        }
    }
}

impl Engine<'_> {
    /// Every fix that can be made for `error` now — the matched pattern's, then (for errors) the
    /// generators' that differ from them — ranked: learned confidence (or the prior when nothing
    /// was learned yet) first, the prior breaking ties, patterns before generators after that.
    pub fn candidate_fixes(
        &self,
        error: &RecognisedError<'_>,
        files: &dyn FileSource,
    ) -> Vec<CandidateFix> {
        let matches = self.matches_of(error);
        // Python's marked columns, placed now that the file can be read.
        let occurrence = placed(&error.occurrence, files);
        let occurrence = occurrence.as_ref();
        // The generators run for errors when the built-in library is on, and for a lesson
        // that says a generator's fix is the one.
        let builtin = crate::home::builtin_enabled();
        let asked = matches.iter().any(|m| {
            m.pattern
                .spec
                .fixes
                .iter()
                .any(|fix| fix.generator.is_some())
        });
        let generated = match error.is_error() && (builtin || asked) {
            true => generate(&Context {
                occurrence,
                files,
                symbols: self.symbols,
            }),
            false => Vec::new(),
        };
        let mut candidates: Vec<CandidateFix> = matches
            .iter()
            .flat_map(|matched| self.fixes_of(matched, occurrence, files, &generated))
            .fold(Vec::new(), |mut kept, candidate| {
                // A lesson and its general forms often make the same edit here: try it once.
                if !kept
                    .iter()
                    .any(|k: &CandidateFix| k.plan.action == candidate.plan.action)
                {
                    kept.push(candidate);
                }
                kept
            });
        for generated in generated.into_iter().filter(|_| builtin) {
            if candidates
                .iter()
                .any(|c| c.plan.action == generated.plan.action)
            {
                continue;
            }
            candidates.push(CandidateFix {
                confidence: self.confidence_of(&generated.plan.fix_key, generated.plan.prior),
                origin: FixOrigin::of(generated.generator),
                plan: generated.plan,
            });
        }
        // A name renamed where an import binds it is renamed where the file uses it.
        let language = error.occurrence.tool.language();
        let mut candidates: Vec<CandidateFix> = candidates
            .into_iter()
            .map(|mut candidate| {
                candidate.plan = with_uses_of_renamed_import(candidate.plan, language, files);
                candidate
            })
            .collect();
        // A stable sort: equal candidates keep the pattern's order, then the generators'.
        candidates.sort_by(|a, b| {
            b.confidence
                .mean
                .total_cmp(&a.confidence.mean)
                .then(b.plan.prior.total_cmp(&a.plan.prior))
        });
        candidates
    }

    /// The matched pattern and every learned pattern that matches too.
    fn matches_of<'e>(&'e self, error: &'e RecognisedError<'_>) -> Vec<PatternMatch<'e>> {
        let learned = self.patterns.learned_matches(&error.occurrence);
        let matched_id = error.matched.as_ref().map(|m| m.pattern.spec.id.clone());
        error
            .matched
            .iter()
            .cloned()
            .chain(
                learned
                    .into_iter()
                    .filter(|m| Some(&m.pattern.spec.id) != matched_id.as_ref()),
            )
            .collect()
    }

    /// One matched pattern's fixes that can be made now, in the pattern's order.
    /// A fix that names a generator is what that generator proposed (`generated`), under the
    /// pattern's key and prior.
    fn fixes_of(
        &self,
        matched: &PatternMatch<'_>,
        occurrence: &Occurrence,
        files: &dyn FileSource,
        generated: &[Generated],
    ) -> Vec<CandidateFix> {
        let spec = &matched.pattern.spec;
        let from_generators: Vec<CandidateFix> = spec
            .fixes
            .iter()
            .enumerate()
            .filter_map(|(index, fix)| {
                Some((index, fix, Generator::named(fix.generator.as_deref()?)?))
            })
            .flat_map(|(index, fix, generator)| {
                generated
                    .iter()
                    .filter(move |g| g.generator == generator)
                    .enumerate()
                    .map(move |(position, g)| {
                        // The generator's first choice at the lesson's prior, the others below.
                        let prior = match position {
                            0 => fix.confidence,
                            _ => g.plan.prior.min(fix.confidence - 0.05),
                        };
                        let plan = FixPlan {
                            fix_key: crate::fix::fix_key(&spec.id, index),
                            prior,
                            ..g.plan.clone()
                        };
                        CandidateFix {
                            confidence: self.confidence_of(&plan.fix_key, prior),
                            plan,
                            origin: match is_team_pattern(matched.pattern) {
                                true => FixOrigin::Team,
                                false => FixOrigin::Learned,
                            },
                        }
                    })
            })
            .collect();
        let planned = plan_fixes(matched, occurrence, files)
            .into_iter()
            .enumerate()
            .filter(|(index, _)| spec.fixes[*index].generator.is_none())
            .map(|(index, planned)| {
                let guarded = planned
                    .and_then(|plan| guard_python_install(plan, occurrence, self.command_line));
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
                // A learned lesson may be "take the tool's word": it is still what was learned.
                let origin = match matched.pattern.spec.fixes[index].suggestion {
                    _ if is_team_pattern(matched.pattern) => FixOrigin::Team,
                    _ if is_learned_id(&matched.pattern.spec.id) => FixOrigin::Learned,
                    true => FixOrigin::ToolSuggestion,
                    false => FixOrigin::Pattern,
                };
                CandidateFix {
                    confidence: self.confidence_of(&plan.fix_key, plan.prior),
                    plan,
                    origin,
                }
            });
        planned.chain(from_generators).collect()
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

/// Whether `pattern` came from the team's approved patterns (`team.toml`).
fn is_team_pattern(pattern: &crate::pattern::Pattern) -> bool {
    std::path::Path::new(&pattern.origin)
        .file_name()
        .is_some_and(|name| name == crate::remote::sync::TEAM_PATTERNS_FILE)
}
