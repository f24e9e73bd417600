//! `selfheal stats [--json]` and `selfheal undo [ID]`: what the local memory holds, and taking
//! back an applied fix.

use anyhow::Context;

use crate::engine::Engine;
use crate::pattern::PatternSet;
use crate::store::{Store, UndoTarget};

pub fn stats(json: bool) -> anyhow::Result<i32> {
    let store = Store::open_default().context("cannot open the selfheal database")?;
    let stats = store.stats(10)?;
    // Patterns learned from fixes people made (`selfheal patterns list --learned`).
    let lessons = crate::learn::library::learned_file()
        .and_then(|file| crate::learn::library::read(&file).ok())
        .map_or(0, |patterns| patterns.len());
    if json {
        let mut value = serde_json::to_value(&stats)?;
        value["lessons_learned"] = serde_json::json!(lessons);
        outln!("{}", serde_json::to_string_pretty(&value)?)?;
        return Ok(0);
    }
    outln!(
        "errors seen:      {} ({} distinct)",
        stats.errors_seen,
        stats.distinct_errors
    )?;
    outln!(
        "fixes applied:    {} ({} undone)",
        stats.fixes_applied,
        stats.fixes_undone
    )?;
    outln!(
        "outcomes:         {} succeeded, {} failed, {} reverted{}",
        stats.successes,
        stats.failures,
        stats.reverts,
        match stats.success_rate {
            Some(rate) => format!(" — success rate {:.0}%", rate * 100.0),
            None => String::new(),
        }
    )?;
    // Not an outcome: a person's undo is kept apart so it does not read as a failed fix.
    outln!(
        "undone by hand:   {} (selfheal undo; not counted against the fixes)",
        stats.undone_by_person
    )?;
    outln!("learned from your fixes: {lessons} pattern(s) (selfheal patterns list --learned)")?;
    outln!(
        "confidence learned: {} fix(es) with 3 or more outcomes",
        stats.patterns_learned
    )?;
    let proposals = &stats.proposals;
    outln!(
        "proposed by an LLM: {} ({} unusable), {} accepted, {} verified, {} learned",
        proposals.proposals,
        proposals.unusable,
        proposals.accepted,
        proposals.verified,
        proposals.learned
    )?;
    let team = crate::remote::sync::team_status(Some(&store));
    match (&team.project, team.outbox) {
        (Some(project), Some(outbox)) => outln!(
            "team memory:      {project}, {} queued, {} set aside (selfheal sync --status)",
            outbox.pending,
            outbox.set_aside
        )?,
        _ => outln!("team memory:      not configured (see the README, \"Team memory\")")?,
    }
    if let (Some(first), Some(last)) = (stats.first_seen, stats.last_seen) {
        outln!("time range:       {} – {}", utc_date(first), utc_date(last))?;
    }
    if !stats.top_recurring.is_empty() {
        outln!("top recurring:")?;
        for error in &stats.top_recurring {
            // The code tells apart errors that share a message (rustc's E0412 and E0433).
            match &error.code {
                Some(code) => outln!("  {:>5}×  [{code}] {}", error.count, error.message)?,
                None => outln!("  {:>5}×  {}", error.count, error.message)?,
            }
        }
    }
    if !stats.recurring_without_fix.is_empty() {
        outln!("recurring, no fix known (fix one by hand between two `selfheal run`s and selfheal learns it):")?;
        for error in &stats.recurring_without_fix {
            match &error.code {
                Some(code) => outln!("  {:>5}×  [{code}] {}", error.count, error.message)?,
                None => outln!("  {:>5}×  {}", error.count, error.message)?,
            }
        }
    }
    Ok(0)
}

pub fn undo(id: Option<i64>) -> anyhow::Result<i32> {
    let store = Store::open_default().context("cannot open the selfheal database")?;
    let target = match id {
        Some(id) => UndoTarget::Id(id),
        None => UndoTarget::Last,
    };
    let patterns = PatternSet::default();
    let undone = Engine::new(&patterns, Some(&store)).undo(target)?;
    outln!(
        "undone fix {} ({}) in {}",
        undone.entry.id,
        undone.entry.fix_key,
        undone.entry.file_path.display()
    )?;
    Ok(0)
}

/// `YYYY-MM-DD HH:MM UTC` for unix seconds (civil-from-days; no date crate needed for one line).
pub(super) fn utc_date(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let in_day = seconds.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        in_day / 3600,
        in_day % 3600 / 60
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates() {
        assert_eq!(super::utc_date(0), "1970-01-01 00:00 UTC");
        assert_eq!(super::utc_date(1_795_353_894), "2026-11-22 13:24 UTC");
        assert_eq!(super::utc_date(951_782_400), "2000-02-29 00:00 UTC");
    }
}
