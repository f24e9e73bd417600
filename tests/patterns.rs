//! The built-in pattern library: it validates, and every pattern matches real recorded output:
//! a tool's terminal output (`tests/fixtures/<family>/<case>/output.txt`) or what a real language
//! server published (`tests/fixtures/lsp-wordings/`, read as a forwarded diagnostic).

#[path = "support/wordings.rs"]
mod wordings;

use std::collections::BTreeMap;
use std::path::Path;

use selfheal::capture::{capture_text, CaptureOptions};
use selfheal::pattern::{builtin_sources, load_patterns, PatternSet};

#[test]
fn the_builtin_library_validates() {
    let mut problems = Vec::new();
    for (name, text) in builtin_sources() {
        let (_, errors) = load_patterns(&format!("builtin:{name}"), text);
        problems.extend(errors.into_iter().map(|e| e.to_string()));
    }
    let set_errors = PatternSet::new(
        builtin_sources()
            .iter()
            .flat_map(|(name, text)| load_patterns(name, text).0)
            .collect(),
    )
    .1;
    problems.extend(set_errors.into_iter().map(|e| e.to_string()));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_pattern_file_in_the_folder_is_compiled_in() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let compiled: Vec<String> = builtin_sources()
        .iter()
        .map(|(name, _)| name.to_string())
        .collect();
    assert_eq!(on_disk, compiled);
}

#[test]
fn every_builtin_pattern_matches_recorded_tool_output_and_the_prefilter_changes_nothing() {
    let set = PatternSet::builtin();
    let mut hits: BTreeMap<String, usize> = set
        .patterns()
        .iter()
        .map(|p| (p.spec.id.clone(), 0))
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for family in std::fs::read_dir(root).unwrap().flatten() {
        for case in std::fs::read_dir(family.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let Ok(output) = std::fs::read(case.path().join("output.txt")) else {
                continue;
            };
            for occurrence in
                capture_text(&String::from_utf8_lossy(&output), CaptureOptions::default())
            {
                let matched = set.match_occurrence(&occurrence);
                let unfiltered = set.match_occurrence_without_prefilter(&occurrence);
                assert_eq!(
                    matched.as_ref().map(|m| &m.pattern.spec.id),
                    unfiltered.as_ref().map(|m| &m.pattern.spec.id),
                    "the literal prefilter changed the answer for {:?}",
                    occurrence.message
                );
                if let Some(matched) = matched {
                    *hits.get_mut(&matched.pattern.spec.id).unwrap() += 1;
                }
            }
        }
    }
    for recorded in wordings::recorded() {
        if recorded.part_of_another() {
            continue;
        }
        let matched = set.match_occurrence(&recorded.occurrence);
        let unfiltered = set.match_occurrence_without_prefilter(&recorded.occurrence);
        assert_eq!(
            matched.as_ref().map(|m| &m.pattern.spec.id),
            unfiltered.as_ref().map(|m| &m.pattern.spec.id),
            "the literal prefilter changed the answer for {:?}",
            recorded.occurrence.message
        );
        if let Some(matched) = matched {
            *hits.get_mut(&matched.pattern.spec.id).unwrap() += 1;
        }
    }
    let unmatched: Vec<&String> = hits
        .iter()
        .filter(|(_, n)| **n == 0)
        .map(|(id, _)| id)
        .collect();
    assert!(
        unmatched.is_empty(),
        "patterns with no recorded output that they match: {unmatched:?}"
    );
}

/// Every built-in pattern whose fix edits files is proven on a real broken program
/// (`tests/heal/<language>/<case>/heal.toml` names it; `tests/heal.rs` runs them).
#[test]
fn every_pattern_with_an_edit_fix_has_a_heal_case() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/heal");
    let mut proven = std::collections::HashSet::new();
    for language in std::fs::read_dir(&root).unwrap().flatten() {
        for case in std::fs::read_dir(language.path()).unwrap().flatten() {
            let Ok(text) = std::fs::read_to_string(case.path().join("heal.toml")) else {
                continue;
            };
            let spec: toml::Value = toml::from_str(&text).unwrap();
            if let Some(id) = spec.get("pattern").and_then(|v| v.as_str()) {
                proven.insert(id.to_string());
            }
        }
    }
    let set = PatternSet::builtin();
    let unproven: Vec<&str> = set
        .patterns()
        .iter()
        .filter(|p| p.spec.fixes.iter().any(|f| !f.edits.is_empty()))
        .map(|p| p.spec.id.as_str())
        .filter(|id| !proven.contains(*id))
        .collect();
    assert!(
        unproven.is_empty(),
        "edit fixes without a heal case: {unproven:?}"
    );
}
