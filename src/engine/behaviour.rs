//! A fix that swapped one name for another that exists (a tool's "did you mean `timeouts`?", a
//! close member) is judged by what the program then does, not only by its error going: when the
//! re-run now fails one of the program's own checks (a failed assertion) that it never reached
//! before, the name compiles but is not the one meant — a field renamed next to a similarly named
//! counter — and the fix is not kept. The original error is the honest one to leave.

use std::collections::HashSet;

use super::judge::Judgement;
use super::recognise::RecognisedError;
use crate::fingerprint::Fingerprint;
use crate::fix::AppliedPatch;
use crate::store::Outcome;

/// Judges a name swap again with the errors reported after it.
pub fn judge_name_swap(
    judgement: Judgement,
    changes: &[AppliedPatch],
    before: &HashSet<Fingerprint>,
    after: &[RecognisedError<'_>],
) -> Judgement {
    if judgement.outcome != Outcome::Success || !changes.iter().all(swaps_a_name) {
        return judgement;
    }
    let failed_check = after
        .iter()
        .find(|error| !before.contains(&error.fingerprint) && is_failed_check(error));
    match failed_check {
        Some(error) => Judgement {
            outcome: Outcome::Failure,
            reason: format!(
                "the name it put in runs, but then a check fails ({}): probably not the name meant",
                error.occurrence.message
            ),
        },
        None => judgement,
    }
}

/// A failed assertion: Python's, Node's and Java's `AssertionError`, Rust's `assert!` panics.
fn is_failed_check(error: &RecognisedError<'_>) -> bool {
    let occurrence = &error.occurrence;
    occurrence
        .code
        .as_deref()
        .is_some_and(|code| code.contains("AssertionError"))
        || occurrence.message.contains("AssertionError")
        || occurrence.message.starts_with("assertion ")
        || occurrence.message.starts_with("assertion failed")
}

/// Whether the change replaced one whole identifier with another, and nothing else.
fn swaps_a_name(change: &AppliedPatch) -> bool {
    let (before, after) = (change.before.as_slice(), change.after.as_slice());
    let prefix = before.iter().zip(after).take_while(|(a, b)| a == b).count();
    let room = before.len().min(after.len()) - prefix;
    let suffix = before
        .iter()
        .rev()
        .zip(after.iter().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    let is_word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    // Widen to whole words: a shared start or end of the two names belongs to both.
    let start = prefix
        - before[..prefix]
            .iter()
            .rev()
            .take_while(|b| is_word(b))
            .count();
    let end_before = before.len() - suffix;
    let end_after = after.len() - suffix;
    let tail = before[end_before..]
        .iter()
        .take_while(|b| is_word(b))
        .count();
    let old = &before[start..end_before + tail];
    let new = &after[start..end_after + tail];
    let identifier = |s: &[u8]| !s.is_empty() && s.iter().all(is_word) && !s[0].is_ascii_digit();
    identifier(old) && identifier(new) && old != new
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(before: &str, after: &str) -> AppliedPatch {
        AppliedPatch {
            path: "f".into(),
            before: before.as_bytes().to_vec(),
            after: after.as_bytes().to_vec(),
        }
    }

    #[test]
    fn a_name_swap_is_one_identifier_for_another() {
        assert!(swaps_a_name(&change(
            "x = self.timeout\n",
            "x = self.timeouts\n"
        )));
        assert!(swaps_a_name(&change(
            "now + self.timeout_ms;",
            "now + self.timeouts;"
        )));
        assert!(!swaps_a_name(&change("f(s)", "f(&s)")));
        assert!(!swaps_a_name(&change("a = 1\n", "a = 1;\n")));
        assert!(!swaps_a_name(&change("Map<String>", "Map<String, String>")));
    }
}
