//! `selfheal history [N] [--id ID] [--diff] [--json]`: the audit log as a person reads it — which
//! fixes changed which files, when, whether they were undone — and, with `--diff`, exactly what
//! each one changed, so `selfheal undo ID` can be aimed at the right entry.

use anyhow::Context;
use serde::Serialize;

use crate::fix::render_diff;
use crate::store::{AuditEntry, Store};

use super::stats::utc_date;

/// What `history` was asked for.
pub struct HistoryArguments {
    /// How many of the newest entries to list.
    pub newest: usize,
    /// Only this entry.
    pub id: Option<i64>,
    /// Show each entry's unified diff (before → after).
    pub diff: bool,
    pub json: bool,
}

/// One line of the history (one object of `--json`).
#[derive(Debug, Serialize)]
struct HistoryEntry {
    /// The id `selfheal undo ID` takes.
    id: i64,
    /// Unix seconds, and the same as `YYYY-MM-DD HH:MM UTC`.
    at: i64,
    time: String,
    fix_key: String,
    file: String,
    undone: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    diff: Option<String>,
}

pub fn run(arguments: HistoryArguments) -> anyhow::Result<i32> {
    let store = Store::open_default().context("cannot open the selfheal database")?;
    let entries: Vec<AuditEntry> = match arguments.id {
        Some(id) => match store.audit_entry_with_contents(id)? {
            Some(found) => vec![found.entry],
            None => anyhow::bail!("no audit entry {id} (see `selfheal history`)"),
        },
        None => store.audit_entries(arguments.newest)?,
    };
    let mut listed = Vec::with_capacity(entries.len());
    for entry in entries {
        let diff = match arguments.diff {
            true => Some(diff_of(&store, &entry)?),
            false => None,
        };
        listed.push(HistoryEntry {
            id: entry.id,
            at: entry.at,
            time: utc_date(entry.at),
            fix_key: entry.fix_key,
            file: entry.file_path.display().to_string(),
            undone: entry.undone_at.is_some(),
            diff,
        });
    }
    match arguments.json {
        true => outln!("{}", serde_json::to_string_pretty(&listed)?)?,
        false => print_text(&listed)?,
    }
    Ok(0)
}

fn print_text(listed: &[HistoryEntry]) -> anyhow::Result<()> {
    if listed.is_empty() {
        outln!("no fixes applied yet")?;
    }
    for entry in listed {
        let undone = match entry.undone {
            true => "  (undone)",
            false => "",
        };
        outln!(
            "{:>5}  {}  {}  {}{undone}",
            entry.id,
            entry.time,
            entry.fix_key,
            entry.file
        )?;
        if let Some(diff) = &entry.diff {
            out!("{diff}")?;
        }
    }
    Ok(())
}

/// The unified diff of what the fix wrote: the bytes before (empty when it created the file)
/// against the bytes after, shown lossily where they are not UTF-8.
fn diff_of(store: &Store, entry: &AuditEntry) -> anyhow::Result<String> {
    let found = store
        .audit_entry_with_contents(entry.id)?
        .with_context(|| format!("audit entry {} disappeared", entry.id))?;
    let before = found.before.unwrap_or_default();
    let after = found.after;
    Ok(render_diff(
        &entry.file_path.display().to_string(),
        &String::from_utf8_lossy(&before),
        &String::from_utf8_lossy(&after),
    ))
}
