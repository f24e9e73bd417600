//! The wording fixtures (`tests/fixtures/lsp-wordings/<case>/recorded.<server>.json`, recorded
//! by `tests/fixtures/lsp-wordings/record.py`): what real language servers published for small
//! programs with many mistakes each, read exactly as selfheal reads a forwarded diagnostic. The
//! temporary directory a program ran in (`__WORKSPACE__`) becomes `/workspace`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use selfheal::fix::FileSource;
use selfheal::Occurrence;
use serde_json::Value;

/// Where a case's program is, as the recorded diagnostics name it.
pub const WORKSPACE: &str = "/workspace";

/// One recorded diagnostic and the occurrence selfheal reads in it.
pub struct Recorded {
    /// The case folder's name.
    pub case: String,
    pub server: String,
    pub diagnostic: Value,
    pub occurrence: Occurrence,
    /// The case folder, where the program's files are.
    pub dir: PathBuf,
}

impl Recorded {
    /// What an editor shows: errors, warnings, information, and hints tagged Unnecessary.
    pub fn measured(&self) -> bool {
        self.diagnostic["severity"].as_u64().unwrap_or(1) <= 3
            || self.diagnostic["tags"]
                .as_array()
                .is_some_and(|tags| tags.contains(&Value::from(1)))
    }
}

impl Recorded {
    /// rust-analyzer's `help:`/`note:` children: hints pointing back at their "original
    /// diagnostic", explained as part of it (`lsp::from_proto::is_part_of_another`).
    pub fn part_of_another(&self) -> bool {
        self.diagnostic["severity"] == 4
            && self.diagnostic["relatedInformation"]
                .as_array()
                .is_some_and(|related| {
                    related
                        .iter()
                        .any(|r| r["message"] == "original diagnostic")
                })
    }
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lsp-wordings")
}

/// Every recorded diagnostic of every case, cases and servers in name order.
pub fn recorded() -> Vec<Recorded> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(root())
        .expect("the wording fixtures")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.join("case.toml").is_file())
        .collect();
    cases.sort();
    let mut found = Vec::new();
    for dir in cases {
        let mut recordings: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| {
                let name = path.file_name().unwrap().to_string_lossy();
                name.starts_with("recorded.") && name.ends_with(".json")
            })
            .collect();
        recordings.sort();
        for recording in recordings {
            let text = std::fs::read_to_string(&recording)
                .unwrap()
                .replace("__WORKSPACE__", WORKSPACE);
            let recording: Value = serde_json::from_str(&text).expect("a recording is JSON");
            let file = recording["file"].as_str().unwrap();
            let program = std::fs::read_to_string(dir.join(file)).expect("the recorded program");
            let path = Path::new(WORKSPACE).join(file);
            let language_id = recording["language_id"].as_str().unwrap();
            for diagnostic in recording["diagnostics"].as_array().unwrap() {
                let occurrence =
                    selfheal::lsp::forwarded_occurrence(diagnostic, language_id, &path, &program)
                        .expect("a recorded diagnostic is an LSP diagnostic");
                found.push(Recorded {
                    case: dir.file_name().unwrap().to_string_lossy().into_owned(),
                    server: recording["server"].as_str().unwrap().to_string(),
                    diagnostic: diagnostic.clone(),
                    occurrence,
                    dir: dir.clone(),
                });
            }
        }
    }
    found
}

/// A case's files, at the paths the recorded diagnostics name.
pub struct CaseFiles<'a>(pub &'a Path);

impl FileSource for CaseFiles<'_> {
    fn read(&self, path: &Path) -> Option<String> {
        let relative = path.strip_prefix(WORKSPACE).ok()?;
        std::fs::read_to_string(self.0.join(relative)).ok()
    }
}
