//! `selfheal explain CODE|TEXT`: what an error means and the fixes that usually work.

use std::fmt::Write as _;

use crate::capture::{capture_text, CaptureOptions};
use crate::occurrence::{Occurrence, Severity, Tool};
use crate::pattern::{render_template, Pattern, PatternMatch, PatternSet};
use crate::store::PatternHistory;

pub fn run(query: &str) -> anyhow::Result<i32> {
    let (set, _) = PatternSet::load_all();
    // Local history when there is a database; explaining works without one.
    let store = crate::store::default_data_directory()
        .ok()
        .map(|dir| dir.join("selfheal.db"))
        .filter(|path| path.exists())
        .and_then(|path| crate::store::Store::open(path).ok());
    let history = |id: &str| store.as_ref().and_then(|s| s.pattern_history(id).ok());
    let found = explain_with_history(&set, query, &history);
    match found.is_empty() {
        true => {
            println!("selfheal knows no pattern for {query:?}.");
            println!(
                "(`selfheal patterns list` shows what it knows; `selfheal propose` asks an LLM.)"
            );
            Ok(1)
        }
        false => {
            print!("{}", found.join("\n"));
            Ok(0)
        }
    }
}

/// The explanations for a code or an error text, one Markdown block per matching pattern.
pub fn explain(set: &PatternSet, query: &str) -> Vec<String> {
    explain_with_history(set, query, &|_| None)
}

/// `explain`, with what this machine remembers of each pattern.
pub fn explain_with_history(
    set: &PatternSet,
    query: &str,
    history: &dyn Fn(&str) -> Option<PatternHistory>,
) -> Vec<String> {
    let query = query.trim();
    let looks_like_code = !query.contains(char::is_whitespace) && query.len() <= 40;
    if looks_like_code {
        let by_code: Vec<String> = set
            .patterns()
            .iter()
            .filter(|p| p.spec.codes.iter().any(|c| c.eq_ignore_ascii_case(query)))
            .map(|p| render(p, &|_| None, history(&p.spec.id)))
            .collect();
        if !by_code.is_empty() {
            return by_code;
        }
    }
    // Error text: recognise it as tool output first, then as a bare message of any language.
    let mut matches: Vec<PatternMatch<'_>> =
        capture_text(&format!("{query}\n"), CaptureOptions::default())
            .iter()
            .filter_map(|occurrence| {
                set.match_occurrence(occurrence)
                    .map(|m| (m.pattern, m.captures))
            })
            .map(|(pattern, captures)| PatternMatch { pattern, captures })
            .collect();
    if matches.is_empty() {
        // `NameError: name 'x' …`, `error[E0425]: …`, `error TS2304: …`: a code before the message.
        let (code, message) = split_code(query);
        // With a code, ask as each tool would have printed it (the index keeps this to a few
        // lookups); without one, look for the patterns whose literal text the message contains.
        let mut seen_ids = std::collections::HashSet::new();
        matches = match code {
            Some(code) => ALL_TOOLS
                .iter()
                .filter_map(|&tool| {
                    let mut occurrence = Occurrence::new(tool, Severity::Error, message);
                    occurrence.code = Some(code.to_string());
                    set.match_occurrence(&occurrence)
                })
                .collect(),
            None => set.match_text(message),
        };
        matches.retain(|m| seen_ids.insert(m.pattern.spec.id.clone()));
    }
    let mut seen = std::collections::HashSet::new();
    matches
        .into_iter()
        .filter(|m| seen.insert(m.pattern.spec.id.clone()))
        .map(|m| {
            render(
                m.pattern,
                &|name| m.capture(name).map(str::to_string),
                history(&m.pattern.spec.id),
            )
        })
        .collect()
}

fn split_code(query: &str) -> (Option<&str>, &str) {
    static CODED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(?:(?:error|warning)(?:\[(?P<bracketed>[\w-]+)\]| (?P<spaced>TS\d+))|(?P<exception>[A-Za-z_][\w.]*(?:Error|Exception|Warning)))\s*:\s*(?P<message>.+)$")
            .expect("valid regex")
    });
    match CODED.captures(query) {
        Some(captures) => {
            let code = ["bracketed", "spaced", "exception"]
                .iter()
                .find_map(|name| captures.name(name))
                .map(|m| m.as_str().rsplit('.').next().unwrap_or(m.as_str()));
            let message = captures.name("message").map_or(query, |m| m.as_str());
            (code, message)
        }
        None => (None, query),
    }
}

const ALL_TOOLS: [Tool; 12] = [
    Tool::Rustc,
    Tool::Gcc,
    Tool::Clang,
    Tool::Python,
    Tool::Pytest,
    Tool::Mypy,
    Tool::Ruff,
    Tool::Tsc,
    Tool::Eslint,
    Tool::Node,
    Tool::Go,
    Tool::Javac,
];

fn render(
    pattern: &Pattern,
    value: &dyn Fn(&str) -> Option<String>,
    history: Option<PatternHistory>,
) -> String {
    let spec = &pattern.spec;
    let mut text = String::new();
    let _ = writeln!(text, "# {}", render_template(&spec.title, value));
    let codes = match spec.codes.is_empty() {
        true => String::new(),
        false => format!(" · {}", spec.codes.join(", ")),
    };
    let _ = writeln!(text, "{} · {}{codes}\n", spec.id, spec.language.as_str());
    let _ = writeln!(
        text,
        "{}",
        render_template(spec.explanation.trim_end(), value)
    );
    if !spec.fixes.is_empty() {
        let _ = writeln!(text, "\nFixes:");
        for fix in &spec.fixes {
            let _ = writeln!(
                text,
                "- {} (prior confidence {:.0}%)",
                render_template(&fix.title, value),
                fix.confidence * 100.0
            );
        }
    }
    if let Some(history) = history.filter(|h| h.seen > 0 || h.fixed + h.fix_failed > 0) {
        let _ = writeln!(
            text,
            "\nHere: seen {} time(s); fixed {} time(s){}",
            history.seen,
            history.fixed,
            match history.fix_failed {
                0 => String::new(),
                failed => format!(", {failed} fix(es) did not work"),
            }
        );
    }
    if let Some(docs) = &spec.docs {
        let _ = writeln!(text, "\nDocs: {docs}");
    }
    text
}
