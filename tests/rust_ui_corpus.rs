//! The rust-lang/rust tests/ui `.fixed` corpus (`tests/fixtures/rust-ui-fixed/`) is well formed.
//!
//! The manifest, the selection counts and the list of inputs are committed; the case folders
//! themselves are made by `collect.py` from a copy of rust-lang/rust (see that folder's README)
//! and checked here when they are present. Nothing is compiled: `benches/rust_ui.py` runs the
//! corpus.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rust-ui-fixed")
}

struct Case {
    name: String,
    rs_path: String,
    fixed_path: String,
    crate_type: String,
    rs_sha256: String,
    fixed_sha256: String,
}

fn is_commit(text: &str) -> bool {
    text.len() == 40 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

fn manifest() -> Vec<Case> {
    let text = std::fs::read_to_string(corpus().join("MANIFEST.tsv")).unwrap();
    let mut cases = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 10, "MANIFEST.tsv line {}: {line}", number + 1);
        let [name, rs_path, rs_commit, fixed_path, fixed_commit, edition, crate_type, rs_sha, fixed_sha, codes] =
            fields[..]
        else {
            unreachable!()
        };
        assert!(
            rs_path.starts_with("tests/ui/") && rs_path.ends_with(".rs"),
            "{line}"
        );
        assert_eq!(
            rs_path.trim_end_matches(".rs"),
            fixed_path.trim_end_matches(".fixed"),
            "{line}"
        );
        assert_eq!(
            name,
            rs_path["tests/ui/".len()..rs_path.len() - 3].replace('/', "__"),
            "{line}"
        );
        assert!(is_commit(rs_commit) && is_commit(fixed_commit), "{line}");
        assert!(
            ["2015", "2018", "2021", "2024"].contains(&edition),
            "{line}"
        );
        assert!(["bin", "lib"].contains(&crate_type), "{line}");
        assert!(rs_sha.len() == 64 && fixed_sha.len() == 64, "{line}");
        assert!(
            !codes.is_empty(),
            "every case fails with at least one error: {line}"
        );
        cases.push(Case {
            name: name.to_string(),
            rs_path: rs_path.to_string(),
            fixed_path: fixed_path.to_string(),
            crate_type: crate_type.to_string(),
            rs_sha256: rs_sha.to_string(),
            fixed_sha256: fixed_sha.to_string(),
        });
    }
    cases
}

fn sha256(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn manifest_agrees_with_the_selection_counts_and_the_inputs() {
    let cases = manifest();
    assert!(cases.len() >= 150, "{} cases", cases.len());
    let names: BTreeSet<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names.len(), cases.len(), "case names are unique");

    let selection = std::fs::read_to_string(corpus().join("selection.json")).unwrap();
    let selection: serde_json::Value = serde_json::from_str(&selection).unwrap();
    assert_eq!(selection["kept"].as_u64(), Some(cases.len() as u64));
    let skipped: u64 = selection["skipped"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap())
        .sum();
    assert_eq!(
        selection["inspected"].as_u64(),
        Some(skipped + cases.len() as u64),
        "inspected = kept + skipped"
    );

    // Every kept case's two files are among the inputs collect.py reads (path, commit).
    let inputs = std::fs::read_to_string(corpus().join("inputs/COMMITS.tsv")).unwrap();
    let inputs: BTreeSet<&str> = inputs
        .lines()
        .filter_map(|l| l.split('\t').next())
        .collect();
    for case in &cases {
        assert!(inputs.contains(case.rs_path.as_str()), "{}", case.rs_path);
        assert!(
            inputs.contains(case.fixed_path.as_str()),
            "{}",
            case.fixed_path
        );
    }
}

#[test]
fn case_folders_when_present_are_the_manifest_s() {
    let root = corpus().join("cases");
    if !root.is_dir() {
        eprintln!(
            "no {}: made by collect.py, see its README; skipped",
            root.display()
        );
        return;
    }
    for case in manifest() {
        let dir = root.join(&case.name);
        for file in ["SOURCE", "expected.fixed", "Cargo.toml"] {
            assert!(dir.join(file).is_file(), "{} has no {file}", dir.display());
        }
        let main = if case.crate_type == "bin" {
            "src/main.rs"
        } else {
            "src/lib.rs"
        };
        assert_eq!(
            sha256(&dir.join(main)),
            case.rs_sha256,
            "{}/{main}",
            case.name
        );
        assert_eq!(
            sha256(&dir.join("expected.fixed")),
            case.fixed_sha256,
            "{}",
            case.name
        );
        let source = std::fs::read_to_string(dir.join("SOURCE")).unwrap();
        assert!(source.contains("repo: rust-lang/rust\n"), "{}", case.name);
        assert!(
            source.contains(&format!("path: {}\n", case.rs_path)),
            "{}",
            case.name
        );
        let manifest_toml = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
        assert!(
            manifest_toml.contains("[workspace]"),
            "{}: its own workspace",
            case.name
        );
    }
}
