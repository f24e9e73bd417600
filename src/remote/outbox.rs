//! What goes to the team store, queued in the local outbox (`Store::queue_remote`, scrubbed
//! there) when a team store is configured: each fix's outcome (`record_fix_result`), each lesson
//! (a Tier 2 `learnings` row and a `team_patterns` candidate for review) and each applied fix
//! (`healing_audit`). Nothing here waits on the network; `sync` pushes.
//!
//! Without a team store nothing is queued: the outbox is not a log that grows forever.

use serde_json::{json, Value};

use super::config::TeamConfig;
use crate::fingerprint::Fingerprint;
use crate::pattern::{export_patterns, PatternSpec};
use crate::store::{new_uuid, NewLearning, OutboxKind, Outcome, Store};

/// The team project writes are queued for and this machine's id, when a team store is
/// configured.
fn team_and_machine(store: &Store) -> Option<(String, String)> {
    let project = TeamConfig::resolve().ok()?.project;
    match store.machine_id() {
        Ok(machine) => Some((project, machine)),
        Err(problem) => {
            tracing::warn!("not queued for the team: {problem}");
            None
        }
    }
}

fn queue(store: &Store, kind: OutboxKind, id: &str, project: &str, payload: &Value) {
    if let Err(problem) = store.queue_remote(kind, id, project, payload) {
        tracing::warn!("not queued for the team: {problem}");
    }
}

/// Queues a fix's outcome (`record_fix_result`): a success or a failure; an undo says nothing
/// about the fix and is not sent, nor is anything about an LLM's proposal.
pub fn queue_fix_result(
    store: &Store,
    fix_key: &str,
    fingerprint: &Fingerprint,
    title: &str,
    outcome: Outcome,
) {
    let success = match outcome {
        Outcome::Success => true,
        Outcome::Failure | Outcome::Reverted => false,
        Outcome::Undone => return,
    };
    // An LLM's proposal stays on this machine, its outcomes too; once it worked it is a lesson,
    // and the lesson goes to the team (`queue_lesson`).
    if crate::engine::is_proposal_key(fix_key) {
        return;
    }
    let Some((project, machine)) = team_and_machine(store) else {
        return;
    };
    let history = store.occurrence_history(fingerprint).ok().flatten();
    let pattern_id = fix_key.split_once('#').map(|(pattern, _)| pattern);
    let id = new_uuid();
    let payload = json!({
        "p_id": id,
        "p_project": project,
        "p_fingerprint": fingerprint.0,
        "p_fix_key": fix_key,
        "p_machine": machine,
        "p_success": success,
        "p_shape": history.as_ref().map(|h| h.shape.clone()),
        "p_tool": history.as_ref().map(|h| h.tool.clone()),
        "p_code": history.as_ref().and_then(|h| h.code.clone()),
        "p_message": history.as_ref().map(|h| h.message.clone()),
        "p_pattern_id": history.as_ref().and_then(|h| h.pattern_id.clone()).or(pattern_id.map(str::to_string)),
        "p_fix_title": title,
    });
    queue(store, OutboxKind::FixResult, &id, &project, &payload);
}

/// Queues a lesson: a Tier 2 `learnings` row (the error's text and the fix) and a team pattern
/// candidate with the change it was learned from, for the team's review.
pub fn queue_lesson(
    store: &Store,
    learning: &NewLearning<'_>,
    spec: &PatternSpec,
    lesson_diff: &str,
) {
    let Some((project, machine)) = team_and_machine(store) else {
        return;
    };
    let spec_toml = export_patterns(&[spec]);
    let learning_id = new_uuid();
    queue(
        store,
        OutboxKind::Learning,
        &learning_id,
        &project,
        &json!({
            "id": learning_id,
            "project_id": project,
            "fingerprint": learning.fingerprint,
            "shape": learning.shape,
            "tool": learning.tool,
            "code": learning.code,
            "error_text": learning.error_text,
            "fix_title": learning.fix_title,
            "fix": {"pattern_id": spec.id, "spec": spec_toml},
            "machine_id": machine,
        }),
    );
    // A team pattern's key is its id within the project: the same lesson from two machines is
    // one candidate (the second push is an ignored duplicate).
    let candidate_id = crate::digest::sha256_hex(format!("{project}\0{}", spec.id).as_bytes());
    queue(
        store,
        OutboxKind::TeamPattern,
        &candidate_id[..36],
        &project,
        &json!({
            "project_id": project,
            "pattern_id": spec.id,
            "spec": spec_toml,
            "lesson_diff": lesson_diff,
            "proposed_by": machine,
        }),
    );
}

/// Queues an audit row: a fix was applied to `file` (its name only; never its contents); not
/// for an LLM's proposal.
pub fn queue_applied(store: &Store, fix_key: &str, fingerprint: Option<&Fingerprint>, file: &str) {
    if crate::engine::is_proposal_key(fix_key) {
        return;
    }
    let Some((project, machine)) = team_and_machine(store) else {
        return;
    };
    let id = new_uuid();
    let name = std::path::Path::new(file)
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    queue(
        store,
        OutboxKind::Audit,
        &id,
        &project,
        &json!({
            "id": id,
            "project_id": project,
            "machine_id": machine,
            "actor": machine,
            "action": "applied",
            "fingerprint": fingerprint.map(|f| f.0.clone()),
            "fix_key": fix_key,
            "pattern_id": fix_key.split_once('#').map(|(pattern, _)| pattern),
            "file": name,
        }),
    );
}

/// The change a lesson came from, as a short diff of the lines that differ (both sides were
/// scrubbed before the lesson was made).
pub fn lesson_diff(old: &str, new: &str) -> String {
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    let prefix = old_lines
        .iter()
        .zip(&new_lines)
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = old_lines[prefix..]
        .iter()
        .rev()
        .zip(new_lines[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let removed = &old_lines[prefix..old_lines.len() - suffix];
    let added = &new_lines[prefix..new_lines.len() - suffix];
    let mut diff = format!(
        "@@ -{},{} +{},{} @@\n",
        prefix + 1,
        removed.len(),
        prefix + 1,
        added.len()
    );
    for line in removed.iter().take(20) {
        diff.push_str(&format!("-{line}\n"));
    }
    for line in added.iter().take(20) {
        diff.push_str(&format!("+{line}\n"));
    }
    diff
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lesson_diff_shows_only_the_changed_lines() {
        let old = "a\nb\nprint(greet())\nc\n";
        let new = "a\nb\nprint(greet(\"world\"))\nc\n";
        assert_eq!(
            lesson_diff(old, new),
            "@@ -3,1 +3,1 @@\n-print(greet())\n+print(greet(\"world\"))\n"
        );
    }
}
