//! The tool's own suggestions as candidates, every alternative at every applicability but
//! placeholders: rustc's "there is a method `len` with a similar name" (maybe incorrect) as much
//! as its machine-applicable ones, clang's and gcc's fix-its. The tool's confidence sets the
//! prior; only a re-run decides.

use super::{Context, Generated, Generator};
use crate::fix::{alternative_patches, alternatives, FixAction, FixPlan};
use crate::occurrence::Applicability;

pub fn suggestions(context: &Context<'_>) -> Vec<Generated> {
    alternatives(context.occurrence)
        .iter()
        .enumerate()
        .filter_map(|(position, alternative)| {
            let patches =
                alternative_patches(context.occurrence, alternative, context.files).ok()?;
            let (what, prior) = match alternative.applicability {
                Applicability::MachineApplicable => ("sure", 0.8),
                Applicability::MaybeIncorrect => ("maybe", 0.6),
                _ => ("unspecified", 0.55),
            };
            // A later alternative of the tool's is less likely than its first.
            let prior = match position {
                0 => prior,
                _ => prior - 0.08,
            };
            let message = alternative.message.trim();
            let title = match message.is_empty() {
                true => "Apply the tool's suggestion".to_string(),
                false => {
                    let mut chars = message.chars();
                    let first = chars.next().map(|c| c.to_uppercase().to_string());
                    format!("{}{}", first.unwrap_or_default(), chars.as_str())
                }
            };
            Some(Generated {
                plan: FixPlan {
                    title,
                    fix_key: context.fix_key(Generator::ToolSuggestion, what, position),
                    prior,
                    action: FixAction::Edit(patches),
                },
                generator: Generator::ToolSuggestion,
            })
        })
        .collect()
}
