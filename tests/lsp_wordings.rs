//! How selfheal reads what real language servers publish: every diagnostic recorded in
//! `tests/fixtures/lsp-wordings/` (pyright, basedpyright, ruff, typescript-language-server,
//! ESLint, clangd, gopls, rust-analyzer on programs with many mistakes each), forwarded as an
//! editor forwards it, with the wording selfheal reads in it (bridged to the terminal's where the
//! two mean the same), the pattern that knows it, the server's own fix read as a suggestion, and
//! the fixes selfheal would offer against the recorded program. Kept in each case's
//! `expected.txt`; `UPDATE_EXPECT=1 cargo test --test lsp_wordings` rewrites them — review the
//! diff: a changed explanation or fix there is a changed answer in an editor.

#[path = "support/wordings.rs"]
mod wordings;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use selfheal::fix::{plan_fixes, FixAction};
use selfheal::pattern::PatternSet;
use wordings::{recorded, CaseFiles, Recorded, WORKSPACE};

fn render(items: &[&Recorded], patterns: &PatternSet) -> String {
    let mut text = String::new();
    let mut server = "";
    for item in items {
        if item.server != server {
            server = &item.server;
            let _ = writeln!(text, "== {server}");
        }
        let occurrence = &item.occurrence;
        let position = |line: Option<u32>, column: Option<u32>| {
            format!("{}:{}", line.unwrap_or(0), column.unwrap_or(0))
        };
        // Explained as part of its original diagnostic, not on its own.
        let matched = match item.part_of_another() {
            true => None,
            false => patterns.match_occurrence(occurrence),
        };
        let _ = writeln!(
            text,
            "{}-{} {}{} [{}] {} => {}",
            position(occurrence.line, occurrence.column),
            position(occurrence.end_line, occurrence.end_column),
            occurrence.severity.as_str(),
            if item.measured() { "" } else { " (not shown)" },
            occurrence.code.as_deref().unwrap_or("-"),
            occurrence.message,
            match (item.part_of_another(), &matched) {
                (true, _) => "(part of another)",
                (false, Some(matched)) => matched.pattern.spec.id.as_str(),
                (false, None) => "-",
            },
        );
        for suggestion in &occurrence.suggestions {
            let _ = writeln!(
                text,
                "  suggestion {}:{}-{}:{} {:?} ({})",
                suggestion.line,
                suggestion.column,
                suggestion.end_line,
                suggestion.end_column,
                suggestion.replacement,
                suggestion.message
            );
        }
        let Some(matched) = matched else {
            continue;
        };
        for plan in plan_fixes(&matched, occurrence, &CaseFiles(&item.dir))
            .into_iter()
            .flatten()
        {
            let kind = match &plan.action {
                FixAction::Edit(_) => "edit",
                FixAction::Command(_) => "command",
            };
            let _ = writeln!(text, "  fix ({kind}): {}", plan.title);
        }
    }
    text.replace(&format!("{WORKSPACE}/"), "")
}

#[test]
fn recorded_server_wordings_match_their_expectations() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let patterns = PatternSet::builtin();
    let all = recorded();
    let mut by_case: BTreeMap<&str, Vec<&Recorded>> = BTreeMap::new();
    for item in &all {
        by_case.entry(item.case.as_str()).or_default().push(item);
    }
    let mut failures = Vec::new();
    for (case, items) in by_case {
        let actual = render(&items, &patterns);
        let path = items[0].dir.join("expected.txt");
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if actual != expected {
            if update {
                std::fs::write(&path, &actual).unwrap();
            } else {
                failures.push(format!(
                    "--- {case}\n--- expected\n{expected}--- actual\n{actual}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) differ (UPDATE_EXPECT=1 to accept):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
