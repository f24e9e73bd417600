//! The project symbol index: which top-level names each source file of a workspace defines or
//! exports (Python, TypeScript/JavaScript, Go, Rust, Java), so that a name missing in one file
//! can be imported from the file that defines it. Built by one walk of the workspace (skipping
//! build output, dependencies and virtual environments), bounded in files and bytes, and kept
//! fresh file by file: `refresh` re-reads only files whose size or modification time changed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::SystemTime;

use regex::Regex;

/// At most this many source files are indexed; a larger tree is indexed up to it.
const MAX_FILES: usize = 20_000;
/// Files larger than this are generated or vendored code, not the project's own definitions.
const MAX_FILE_BYTES: u64 = 1 << 20;
/// Directories that hold build output, dependencies or tool state, never the project's sources.
const SKIPPED_DIRECTORIES: &[&str] = &[
    ".git",
    ".hg",
    ".svn",
    "target",
    "node_modules",
    "dist",
    "build",
    "out",
    ".venv",
    "venv",
    "env",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".tox",
    "vendor",
    ".idea",
    ".vscode",
    ".next",
    "coverage",
];

/// A source language the index reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceKind {
    Python,
    TypeScript,
    JavaScript,
    Go,
    Rust,
    Java,
}

impl SourceKind {
    pub fn of(path: &Path) -> Option<SourceKind> {
        match path.extension()?.to_str()? {
            "py" => Some(SourceKind::Python),
            "ts" | "tsx" | "mts" | "cts" => Some(SourceKind::TypeScript),
            "js" | "jsx" | "mjs" | "cjs" => Some(SourceKind::JavaScript),
            "go" => Some(SourceKind::Go),
            "rs" => Some(SourceKind::Rust),
            "java" => Some(SourceKind::Java),
            _ => None,
        }
    }
}

/// One top-level definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub name: String,
    pub path: PathBuf,
    /// Exported as the module's default (`export default function f`).
    pub default_export: bool,
}

#[derive(Debug, Clone)]
struct Indexed {
    stamp: (u64, Option<SystemTime>),
    definitions: Vec<Definition>,
}

/// The definitions of one workspace: walked the first time they are asked for (a run without
/// a missing name never walks), or at once with `build`.
#[derive(Debug, Clone, Default)]
pub struct SymbolIndex {
    root: PathBuf,
    walked: OnceLock<Walked>,
}

#[derive(Debug, Clone, Default)]
struct Walked {
    files: HashMap<PathBuf, Indexed>,
    by_name: HashMap<String, Vec<(PathBuf, usize)>>,
}

impl SymbolIndex {
    /// An index of `root`, walked when first used.
    pub fn lazy(root: &Path) -> SymbolIndex {
        SymbolIndex {
            root: root.to_path_buf(),
            walked: OnceLock::new(),
        }
    }

    /// Walks `root` now and reads every source file's definitions.
    pub fn build(root: &Path) -> SymbolIndex {
        let index = SymbolIndex::lazy(root);
        index.walked();
        index
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn walked(&self) -> &Walked {
        self.walked
            .get_or_init(|| Walked::default().refreshed(&self.root))
    }

    /// Re-reads the files that changed (size or modification time), adds new ones and forgets
    /// removed ones.
    pub fn refresh(&mut self) {
        let previous = self.walked.take().unwrap_or_default();
        let _ = self.walked.set(previous.refreshed(&self.root));
    }

    /// Where `name` is defined, in path order.
    pub fn definitions_of(&self, name: &str) -> Vec<&Definition> {
        let walked = self.walked();
        walked
            .by_name
            .get(name)
            .into_iter()
            .flatten()
            .filter_map(|(path, position)| walked.files.get(path)?.definitions.get(*position))
            .collect()
    }

    /// Every defined name.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.walked().by_name.keys().map(String::as_str)
    }

    /// Every indexed file.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.walked().files.keys().map(PathBuf::as_path)
    }

    pub fn len(&self) -> usize {
        self.walked().files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Walked {
    fn refreshed(mut self, root: &Path) -> Walked {
        let mut seen: Vec<(PathBuf, (u64, Option<SystemTime>))> = Vec::new();
        walk(root, &mut seen);
        let mut files: HashMap<PathBuf, Indexed> = HashMap::with_capacity(seen.len());
        for (path, stamp) in seen {
            let indexed = match self.files.remove(&path) {
                Some(old) if old.stamp == stamp => old,
                _ => Indexed {
                    stamp,
                    definitions: std::fs::read(&path)
                        .ok()
                        .and_then(|bytes| String::from_utf8(bytes).ok())
                        .map(|text| definitions_in(&path, &text))
                        .unwrap_or_default(),
                },
            };
            files.insert(path, indexed);
        }
        self.files = files;
        self.reindex_names();
        self
    }

    fn reindex_names(&mut self) {
        self.by_name.clear();
        for (path, indexed) in &self.files {
            for (position, definition) in indexed.definitions.iter().enumerate() {
                self.by_name
                    .entry(definition.name.clone())
                    .or_default()
                    .push((path.clone(), position));
            }
        }
        for places in self.by_name.values_mut() {
            places.sort();
        }
    }
}

fn walk(directory: &Path, found: &mut Vec<(PathBuf, (u64, Option<SystemTime>))>) {
    let Ok(entries) = std::fs::read_dir(directory) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        if found.len() >= MAX_FILES {
            return;
        }
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if file_type.is_dir() {
            if !name.starts_with('.') && !SKIPPED_DIRECTORIES.contains(&name.as_ref()) {
                walk(&path, found);
            }
        } else if file_type.is_file() && SourceKind::of(&path).is_some() {
            if let Ok(metadata) = entry.metadata() {
                if metadata.len() <= MAX_FILE_BYTES {
                    found.push((path, (metadata.len(), metadata.modified().ok())));
                }
            }
        }
    }
}

struct Rules {
    python: Regex,
    script_exports: Regex,
    export_list: Regex,
    commonjs_member: Regex,
    commonjs_object: Regex,
    go: Regex,
    rust: Regex,
    java: Regex,
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| Rules {
        python: Regex::new(r"(?m)^(?:async[ \t]+def|def|class)[ \t]+(\w+)|^([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=[^=]").unwrap(),
        script_exports: Regex::new(r"(?m)^export[ \t]+(default[ \t]+)?(?:declare[ \t]+)?(?:async[ \t]+)?(?:function\*?|class|const|let|var|interface|type|enum|abstract[ \t]+class)[ \t]+(\w+)").unwrap(),
        export_list: Regex::new(r"(?m)^export[ \t]*\{([^}]*)\}").unwrap(),
        commonjs_member: Regex::new(r"(?m)^(?:module\.)?exports\.(\w+)[ \t]*=").unwrap(),
        commonjs_object: Regex::new(r"(?m)^module\.exports[ \t]*=[ \t]*\{([^}]*)\}").unwrap(),
        go: Regex::new(r"(?m)^(?:func|type|var|const)[ \t]+(\w+)").unwrap(),
        rust: Regex::new(r"(?m)^[ \t]*pub(?:\([^)]*\))?[ \t]+(?:(?:async|const|unsafe)[ \t]+)*(?:fn|struct|enum|trait|type|const|static|union)[ \t]+(\w+)").unwrap(),
        java: Regex::new(r"(?m)^[ \t]*public[ \t]+(?:(?:final|abstract|sealed|static)[ \t]+)*(?:class|interface|enum|record)[ \t]+(\w+)").unwrap(),
    })
}

/// The top-level definitions of one file.
pub fn definitions_in(path: &Path, text: &str) -> Vec<Definition> {
    let Some(kind) = SourceKind::of(path) else {
        return Vec::new();
    };
    let rules = rules();
    let mut found: Vec<Definition> = Vec::new();
    let mut add = |name: &str, default_export: bool| {
        let name = name.trim();
        let valid = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
            && !name.starts_with(|c: char| c.is_ascii_digit());
        if valid && !found.iter().any(|d| d.name == name) {
            found.push(Definition {
                name: name.to_string(),
                path: path.to_path_buf(),
                default_export,
            });
        }
    };
    let all_captures = |regex: &Regex, add: &mut dyn FnMut(&str)| {
        for captures in regex.captures_iter(text) {
            // The rule's alternatives each capture the name in a group of their own: the one
            // that took part is the name (group 0 is the whole match).
            if let Some(m) = captures.iter().skip(1).flatten().last() {
                add(m.as_str());
            }
        }
    };
    match kind {
        SourceKind::Python => all_captures(&rules.python, &mut |n| add(n, false)),
        SourceKind::TypeScript | SourceKind::JavaScript => {
            for captures in rules.script_exports.captures_iter(text) {
                add(&captures[2], captures.get(1).is_some());
            }
            for captures in rules.export_list.captures_iter(text) {
                for item in captures[1].split(',') {
                    // `a as b` exports `b`.
                    let exported = item.rsplit(" as ").next().unwrap_or(item);
                    add(exported, false);
                }
            }
            all_captures(&rules.commonjs_member, &mut |n| add(n, false));
            for captures in rules.commonjs_object.captures_iter(text) {
                for item in captures[1].split(',') {
                    // `{ a, b: c }` exports `a` and `b`.
                    let exported = item.split(':').next().unwrap_or(item);
                    add(exported, false);
                }
            }
        }
        SourceKind::Go => all_captures(&rules.go, &mut |n| add(n, false)),
        SourceKind::Rust => all_captures(&rules.rust, &mut |n| add(n, false)),
        SourceKind::Java => all_captures(&rules.java, &mut |n| add(n, false)),
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(path: &str, text: &str) -> Vec<String> {
        definitions_in(Path::new(path), text)
            .into_iter()
            .map(|d| d.name)
            .collect()
    }

    #[test]
    fn reads_each_languages_top_level_definitions() {
        assert_eq!(
            names("a.py", "import os\nMAX = 3\ndef load(p):\n    inner = 1\nclass Store:\n    pass\nasync def fetch():\n    pass\nif MAX == 3:\n    pass\n"),
            ["MAX", "load", "Store", "fetch"]
        );
        assert_eq!(
            names("a.ts", "export function sum(a: number) {}\nexport default class Cart {}\nexport const TAX = 1;\nexport { a, b as c };\nfunction hidden() {}\n"),
            ["sum", "Cart", "TAX", "a", "c"]
        );
        assert_eq!(
            names(
                "a.js",
                "function f() {}\nmodule.exports = { f, g: h };\nexports.k = 1;\n"
            ),
            ["k", "f", "g"]
        );
        assert_eq!(
            names("a.go", "package util\n\nfunc Reverse(s string) string {}\nfunc (s *S) Method() {}\ntype Stack struct{}\n"),
            ["Reverse", "Stack"]
        );
        assert_eq!(
            names("a.rs", "pub fn parse() {}\nfn private() {}\npub(crate) struct Config;\n    pub async fn run() {}\n"),
            ["parse", "Config", "run"]
        );
        assert_eq!(
            names(
                "A.java",
                "package app.util;\npublic final class Strings {}\n"
            ),
            ["Strings"]
        );
    }

    #[test]
    fn refresh_rereads_only_what_changed_and_forgets_removed_files() {
        let root = std::env::temp_dir().join(format!("selfheal-symbols-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("pkg")).unwrap();
        std::fs::create_dir_all(root.join("node_modules/x")).unwrap();
        std::fs::write(root.join("pkg/util.py"), "def helper():\n    pass\n").unwrap();
        std::fs::write(root.join("node_modules/x/i.js"), "exports.helper = 1\n").unwrap();
        let mut index = SymbolIndex::build(&root);
        assert_eq!(index.definitions_of("helper").len(), 1);
        std::fs::write(root.join("pkg/more.py"), "def other():\n    pass\n").unwrap();
        std::fs::remove_file(root.join("pkg/util.py")).unwrap();
        index.refresh();
        assert!(index.definitions_of("helper").is_empty());
        assert_eq!(
            index.definitions_of("other")[0].path,
            root.join("pkg/more.py")
        );
        let _ = std::fs::remove_dir_all(&root);
    }
}
