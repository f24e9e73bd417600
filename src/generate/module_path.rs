//! A misspelt part of a module path that names the project's own directories and files: the
//! first part that does not exist replaced by a close name that does, beside it. Which root the
//! path starts at, and how its parts are separated, per language:
//!
//! - JavaScript and TypeScript relative specifiers (`./utlis/strings.js`), from the importing
//!   file's directory;
//! - Python dotted modules (`signup.validatros`), from the nearest directory above the importing
//!   file where the first part exists;
//! - Java packages (`com.acme.utils`), likewise;
//! - Rust `crate::` paths (`crate::geomtry`), from the crate root's directory;
//! - Go import paths under the module's path from `go.mod` (`example.com/library/catalg`).

use std::path::{Path, PathBuf};

use super::distance::closeness;
use super::missing::{Missing, MissingThing};
use super::{edit_plan, Context, Generated, Generator};
use crate::fix::{line_range, TextEdit};
use crate::occurrence::Language;

/// How many close names are offered.
const OFFERED: usize = 3;

/// Where a module path starts on disk, how its parts are written, and which file endings make
/// a part a module.
struct Layout {
    root: PathBuf,
    /// The text of the path as typed before the parts that name directories and files.
    prefix: String,
    parts: Vec<String>,
    separator: &'static str,
    extensions: &'static [&'static str],
}

fn layout(language: Language, importer: &Path, name: &str) -> Option<Layout> {
    let directory = importer.parent()?;
    match language {
        Language::JavaScript if name.starts_with("./") || name.starts_with("../") => {
            let mut root = directory.to_path_buf();
            let mut prefix = String::new();
            let mut rest = name;
            loop {
                if let Some(after) = rest.strip_prefix("./") {
                    prefix.push_str("./");
                    rest = after;
                } else if let Some(after) = rest.strip_prefix("../") {
                    prefix.push_str("../");
                    root = root.parent()?.to_path_buf();
                    rest = after;
                } else {
                    break;
                }
            }
            Some(Layout {
                root,
                prefix,
                parts: rest.split('/').map(str::to_string).collect(),
                separator: "/",
                extensions: &["js", "ts", "mjs", "cjs", "jsx", "tsx", "mts", "cts", "json"],
            })
        }
        Language::Python | Language::Java => {
            let parts: Vec<String> = name.split('.').map(str::to_string).collect();
            let extension = match language {
                Language::Python => "py",
                _ => "java",
            };
            let first = parts.first()?;
            let root = directory.ancestors().find(|dir| {
                dir.join(first).is_dir() || dir.join(format!("{first}.{extension}")).is_file()
            })?;
            Some(Layout {
                root: root.to_path_buf(),
                prefix: String::new(),
                parts,
                separator: ".",
                extensions: match language {
                    Language::Python => &["py"],
                    _ => &[],
                },
            })
        }
        Language::Rust => {
            let rest = name.strip_prefix("crate::")?;
            let root = directory
                .ancestors()
                .find(|dir| dir.join("main.rs").is_file() || dir.join("lib.rs").is_file())?;
            Some(Layout {
                root: root.to_path_buf(),
                prefix: "crate::".to_string(),
                parts: rest.split("::").map(str::to_string).collect(),
                separator: "::",
                extensions: &["rs"],
            })
        }
        Language::Go => {
            let (module_dir, module) = directory.ancestors().find_map(|dir| {
                let text = std::fs::read_to_string(dir.join("go.mod")).ok()?;
                let module = text
                    .lines()
                    .find_map(|line| line.trim().strip_prefix("module "))?
                    .trim()
                    .trim_matches('"')
                    .to_string();
                Some((dir.to_path_buf(), module))
            })?;
            let rest = name.strip_prefix(&format!("{module}/"))?;
            Some(Layout {
                root: module_dir,
                prefix: format!("{module}/"),
                parts: rest.split('/').map(str::to_string).collect(),
                separator: "/",
                extensions: &[],
            })
        }
        _ => None,
    }
}

/// Whether `part` exists in `dir`: a directory, or (a last part) a module file, written with
/// its ending or without.
fn exists(dir: &Path, part: &str, last: bool, extensions: &[&str]) -> bool {
    if dir.join(part).is_dir() {
        return true;
    }
    last && (extensions
        .iter()
        .any(|e| dir.join(format!("{part}.{e}")).is_file())
        || (Path::new(part)
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e))
            && dir.join(part).is_file()))
}

/// The names beside a missing part, written as the part was (with or without an ending).
fn siblings(dir: &Path, part: &str, last: bool, extensions: &[&str]) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let typed_extension = Path::new(part).extension().and_then(|e| e.to_str());
    let with_extension = typed_extension.is_some_and(|e| extensions.contains(&e));
    entries
        .flatten()
        .filter_map(|entry| {
            let file_name = entry.file_name().to_str()?.to_string();
            if file_name.starts_with('.') {
                return None;
            }
            if entry.file_type().ok()?.is_dir() {
                return Some(file_name);
            }
            if !last {
                return None;
            }
            let path = Path::new(&file_name);
            let extension = path.extension()?.to_str()?;
            if !extensions.contains(&extension) {
                return None;
            }
            match with_extension {
                true => Some(file_name.clone()),
                false => Some(path.file_stem()?.to_str()?.to_string()),
            }
        })
        .collect()
}

/// The first missing part of the path and the close names beside it, closest first.
fn corrections(layout: &Layout) -> Option<(usize, Vec<String>)> {
    let mut dir = layout.root.clone();
    for (index, part) in layout.parts.iter().enumerate() {
        let last = index + 1 == layout.parts.len();
        if exists(&dir, part, last, layout.extensions) {
            dir = dir.join(part);
            continue;
        }
        let mut close: Vec<(usize, String)> = siblings(&dir, part, last, layout.extensions)
            .into_iter()
            .filter_map(|name| closeness(part, &name).map(|d| (d, name)))
            .collect();
        close.sort();
        close.dedup_by(|a, b| a.1 == b.1);
        close.truncate(OFFERED);
        return Some((index, close.into_iter().map(|(_, name)| name).collect()));
    }
    None
}

/// The relative specifier in `text` that names the absolute `target` from `importer`, and the
/// 1-based line it is on.
fn specifier_of(importer: &Path, text: &str, target: &str) -> Option<(String, u32)> {
    let directory = importer.parent()?;
    let mut ups = String::from("./");
    let mut base = directory;
    let rest = loop {
        if let Ok(rest) = Path::new(target).strip_prefix(base) {
            break rest.to_str()?.to_string();
        }
        base = base.parent()?;
        ups = match ups.as_str() {
            "./" => "../".to_string(),
            _ => format!("{ups}../"),
        };
    };
    let specifier = format!("{ups}{rest}");
    text.lines().enumerate().find_map(|(index, line)| {
        let quoted = ['"', '\'']
            .iter()
            .any(|q| line.contains(&format!("{q}{specifier}{q}")));
        quoted.then(|| (specifier.clone(), index as u32 + 1))
    })
}

/// Where on the line the path is written, and how many of its leading parts are not written
/// there: Python names a sibling module relatively (`from .validatros import …` for
/// `signup.validatros`).
fn written_at(
    line: &str,
    name: &str,
    layout: &Layout,
    language: Language,
) -> Option<(usize, usize)> {
    if let Some(found) = line.find(name) {
        return Some((found, 0));
    }
    if language != Language::Python {
        return None;
    }
    (1..layout.parts.len()).find_map(|skip| {
        let suffix = layout.parts[skip..].join(".");
        let at = line.find(&format!(".{suffix}"))? + 1;
        let stands_alone = line[at + suffix.len()..]
            .chars()
            .next()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '.'));
        stands_alone.then_some((at, skip))
    })
}

/// A close directory or file name in place of the misspelt part of a module path.
pub fn repairs(context: &Context<'_>, missing: &MissingThing) -> Vec<Generated> {
    if missing.kind != Missing::Module || missing.owner.is_some() {
        return Vec::new();
    }
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let language = context.occurrence.tool.language();
    // Node's ES module loader names the file it looked for, not the specifier, and no line.
    let (name, line) = match (language, context.occurrence.line) {
        (Language::JavaScript, None) if missing.name.starts_with('/') => {
            match specifier_of(&path, &text, &missing.name) {
                Some(found) => found,
                None => return Vec::new(),
            }
        }
        (_, Some(line)) => (missing.name.clone(), line),
        _ => return Vec::new(),
    };
    let missing = &MissingThing {
        name,
        ..missing.clone()
    };
    let Some(layout) = layout(language, &path, &missing.name) else {
        return Vec::new();
    };
    // Only paths the directories decide: a path the line does not hold as typed is left alone.
    let Some((line_start, line_end)) = line_range(&text, line) else {
        return Vec::new();
    };
    let line = &text[line_start..line_end];
    let Some((found, skip)) = written_at(line, &missing.name, &layout, language) else {
        return Vec::new();
    };
    let Some((index, close)) = corrections(&layout) else {
        return Vec::new();
    };
    if index < skip {
        return Vec::new();
    }
    let offset: usize = match skip {
        0 => layout.prefix.len(),
        _ => 0,
    } + layout.parts[skip..index]
        .iter()
        .map(|part| part.len() + layout.separator.len())
        .sum::<usize>();
    let start = line_start + found + offset;
    let typed = &layout.parts[index];
    let end = start + typed.len();
    close
        .into_iter()
        .enumerate()
        .map(|(position, name)| Generated {
            plan: edit_plan(
                format!("Replace `{typed}` with `{name}` in `{}`", missing.name),
                context.fix_key(Generator::DidYouMean, "module-path", position),
                match position {
                    0 => 0.6,
                    _ => 0.45,
                },
                &path,
                &text,
                vec![TextEdit {
                    start,
                    end,
                    expected: typed.clone(),
                    replacement: name,
                }],
            ),
            generator: Generator::DidYouMean,
        })
        .collect()
}
