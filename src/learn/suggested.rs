//! A lesson that the tool's own suggestion is right for errors of a kind. When the person's
//! change is exactly the first fix the tool suggested (rustc's at any applicability, a clang or
//! gcc fix-it, a "did you mean"), what they taught is to take the tool's word for that kind of
//! error: the next type that needs `#[derive(Debug)]` is named in its own error's suggestion,
//! in whichever file it is defined. The lesson is the error's message for any values with the
//! fix `suggestion = true`, at the prior of a general lesson.

use super::lesson::{learned_id, message_regex_suffix, template_text, without_hint};
use super::shape::{general_message, GENERAL_PRIOR};
use crate::occurrence::Occurrence;
use crate::pattern::{FixTemplate, PatternSpec};

/// The lesson "do what the tool suggests" for errors like `occurrence`, beside `specific`;
/// `None` when the tool suggested nothing. Whether the suggestion is what the person did is
/// the replay's question (`replay_on`).
pub fn suggestion_lesson(specific: &PatternSpec, occurrence: &Occurrence) -> Option<PatternSpec> {
    if occurrence.suggestions.is_empty() {
        return None;
    }
    let (message, hint) = without_hint(&occurrence.message);
    let title = "Apply the tool's own suggestion";
    let mut spec = PatternSpec {
        id: String::new(),
        message: format!(
            "^{}{}",
            general_message(message),
            message_regex_suffix(hint)
        ),
        title: format!("{} (as the tool suggests)", specific.title),
        explanation: template_text(
            "selfheal learned that for this kind of error the tool's own suggestion is the fix: \
             a person made exactly the change it suggested, and the error went away. It is \
             tried for any error of this kind, verified by running the command again, and loses \
             confidence when it does not work. Remove it with `selfheal patterns forget \
             ID`.",
        ),
        fixes: vec![FixTemplate {
            title: title.to_string(),
            confidence: GENERAL_PRIOR,
            edits: Vec::new(),
            command: None,
            suggestion: true,
            generator: None,
        }],
        ..specific.clone()
    };
    spec.id = format!("{}-suggested", learned_id(&spec));
    Some(spec)
}
