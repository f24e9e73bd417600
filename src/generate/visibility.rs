//! An item used from outside where it is visible: made public where it is defined — rustc's
//! ``function `slugify` is private`` (the note says where it is defined) gets `pub`, javac's
//! `toCelsius(double) is not public in Convert; cannot be accessed from outside package` gets
//! `public` on the method in `Convert.java` (`private`/`protected` replaced); tsc's `Module
//! '"./format.js"' declares 'formatCurrency' locally, but it is not exported` and Node's `The
//! requested module './format.js' does not provide an export named 'formatCurrency'` get
//! `export` on the module's top-level declaration of the name; Go's `undefined: text.normalize`
//! for an unexported name of a package of the module gets the exported spelling (`Normalize`)
//! in that package's files and at the use.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use regex::Regex;

use super::{edit_plan, Context, Generated, Generator};
use crate::fix::{line_range, TextEdit};
use crate::occurrence::Language;

const PRIOR: f64 = 0.55;

fn rust_private() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    CELL.get_or_init(|| {
        Regex::new(r"^(?:function|struct|constant|module|enum|trait|type alias|static|unit struct|tuple struct) `(?P<name>\w+)` is private$").unwrap()
    })
}

/// rustc's private method or associated function (the item it is defined in is drawn, not
/// noted) and private field.
fn rust_private_member() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    CELL.get_or_init(|| {
        Regex::new(r"^(?:(?:method|associated function) `(?P<method>\w+)` is private|field `(?P<field>\w+)` of struct `(?P<owner>\w+)` is private)$").unwrap()
    })
}

/// The project's files of one language's ending, from the symbol index.
fn project_files<'a>(
    context: &'a Context<'_>,
    ending: &'a str,
) -> impl Iterator<Item = PathBuf> + 'a {
    context
        .symbols
        .into_iter()
        .flat_map(|symbols| symbols.paths())
        .filter(move |path| path.extension().and_then(|e| e.to_str()) == Some(ending))
        .map(Path::to_path_buf)
}

/// The one line of the project's `ending` files that `declaration` matches, when exactly one does.
fn only_declaration(
    context: &Context<'_>,
    ending: &str,
    declaration: &Regex,
) -> Option<(PathBuf, u32)> {
    let mut found = Vec::new();
    for path in project_files(context, ending) {
        let Some(text) = context.files.read(&path) else {
            continue;
        };
        for (index, line) in text.lines().enumerate() {
            if declaration.is_match(line) {
                found.push((path.clone(), index as u32 + 1));
            }
        }
    }
    match found.len() {
        1 => found.pop(),
        _ => None,
    }
}

/// The line of field `field` inside `struct owner { … }`, in the project's Rust files.
fn rust_field(context: &Context<'_>, owner: &str, field: &str) -> Option<(PathBuf, u32)> {
    let start = Regex::new(&format!(
        r"^\s*(?:pub(?:\([\w:]+\))?\s+)?struct\s+{}\b[^;(]*$",
        regex::escape(owner)
    ))
    .ok()?;
    let member = Regex::new(&format!(r"^\s*{}\s*:", regex::escape(field))).ok()?;
    let mut found = Vec::new();
    for path in project_files(context, "rs") {
        let Some(text) = context.files.read(&path) else {
            continue;
        };
        let lines: Vec<&str> = text.lines().collect();
        for (index, line) in lines.iter().enumerate() {
            if !start.is_match(line) {
                continue;
            }
            let body = lines[index + 1..]
                .iter()
                .take_while(|l| !l.trim_start().starts_with('}'))
                .position(|l| member.is_match(l));
            if let Some(offset) = body {
                found.push((path.clone(), (index + 2 + offset) as u32));
            }
        }
    }
    match found.len() {
        1 => found.pop(),
        _ => None,
    }
}

fn java_not_public() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    CELL.get_or_init(|| {
        Regex::new(r"^(?P<name>\w+)(?P<method>\([^)]*\))? (?:is not public|has private access|has protected access) in (?P<class>[\w.]+)(?:;|$)").unwrap()
    })
}

fn module_not_exporting() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    CELL.get_or_init(|| {
        Regex::new(r#"^Module '"(?P<module>\.{1,2}/[^"]+)"' declares '(?P<name>[\w$]+)' locally, but it is not exported|The requested module '(?P<module2>\.{1,2}/[^']+)' does not provide an export named '(?P<name2>[\w$]+)'"#).unwrap()
    })
}

/// The file a relative module specifier names from `importer`: as written, or the TypeScript
/// source a `.js` specifier stands for, or with a source ending added.
pub(super) fn module_file(importer: &Path, specifier: &str) -> Option<PathBuf> {
    let base = importer.parent()?.join(specifier);
    let stem = base.with_extension("");
    let written = std::iter::once(base.clone());
    let sources = ["ts", "tsx", "mts", "js", "mjs", "cjs"]
        .into_iter()
        .map(|extension| stem.with_extension(extension));
    let added = ["ts", "tsx", "js"]
        .into_iter()
        .map(|extension| PathBuf::from(format!("{}.{extension}", base.display())));
    written
        .chain(sources)
        .chain(added)
        .find(|candidate| candidate.is_file())
}

/// A path a tool printed, found from the error file's directories upwards when relative.
fn resolve(error_file: &Path, printed: &str) -> Option<PathBuf> {
    let printed = Path::new(printed);
    if printed.is_absolute() {
        return Some(printed.to_path_buf());
    }
    error_file
        .ancestors()
        .skip(1)
        .map(|dir| dir.join(printed))
        .find(|candidate| candidate.is_file())
}

fn edit_at_line(
    context: &Context<'_>,
    path: &Path,
    line: u32,
    declaration: &Regex,
    keyword: &str,
    what: &str,
) -> Option<Generated> {
    let text = context.files.read(path)?;
    let (start, end) = line_range(&text, line)?;
    let found = declaration.captures(&text[start..end])?;
    let (edit_start, edit_end, expected, replacement) = match found.name("hidden") {
        Some(hidden) => (
            start + hidden.start(),
            start + hidden.end(),
            hidden.as_str().to_string(),
            keyword.to_string(),
        ),
        None => {
            let at = start + found.name("item")?.start();
            (at, at, String::new(), format!("{keyword} "))
        }
    };
    Some(Generated {
        plan: edit_plan(
            match keyword {
                "export" => format!("Export `{what}` where it is declared"),
                _ => format!("Make `{what}` {keyword}"),
            },
            context.fix_key(Generator::Visibility, keyword, 0),
            PRIOR,
            path,
            &text,
            vec![TextEdit {
                start: edit_start,
                end: edit_end,
                expected,
                replacement,
            }],
        ),
        generator: Generator::Visibility,
    })
}

/// The item made public where it is defined.
pub fn repairs(context: &Context<'_>) -> Vec<Generated> {
    let occurrence = context.occurrence;
    let Some(error_file) = occurrence.file.as_deref().map(PathBuf::from) else {
        return Vec::new();
    };
    match occurrence.tool.language() {
        Language::Rust => {
            if let Some(member) = rust_private_member().captures(&occurrence.message) {
                let (target, declaration, name) =
                    match (member.name("method"), member.name("field")) {
                        (Some(method), _) => {
                            let declaration = Regex::new(&format!(
                                r"^\s*(?P<item>(?:(?:async|unsafe|const|extern)\s+)*fn\s+{}\b)",
                                regex::escape(method.as_str())
                            ))
                            .expect("valid declaration");
                            (
                                only_declaration(context, "rs", &declaration),
                                declaration,
                                method.as_str(),
                            )
                        }
                        (_, Some(field)) => {
                            let declaration = Regex::new(&format!(
                                r"^\s*(?P<item>{}\s*:)",
                                regex::escape(field.as_str())
                            ))
                            .expect("valid declaration");
                            (
                                rust_field(context, &member["owner"], field.as_str()),
                                declaration,
                                field.as_str(),
                            )
                        }
                        _ => return Vec::new(),
                    };
                let Some((path, line)) = target else {
                    return Vec::new();
                };
                return edit_at_line(context, &path, line, &declaration, "pub", name)
                    .into_iter()
                    .collect();
            }
            let Some(name) = rust_private()
                .captures(&occurrence.message)
                .map(|c| c["name"].to_string())
            else {
                return Vec::new();
            };
            let Some((file, line)) = occurrence.notes.iter().find_map(|note| {
                note.message
                    .ends_with(&format!("`{name}` is defined here"))
                    .then_some(())?;
                Some((note.file.as_deref()?, note.line?))
            }) else {
                return Vec::new();
            };
            let Some(path) = resolve(&error_file, file) else {
                return Vec::new();
            };
            let declaration = Regex::new(&format!(
                r"^\s*(?P<item>(?:(?:async|unsafe|const|extern)\s+)*(?:fn|struct|enum|trait|const|static|mod|type)\s+{}\b)",
                regex::escape(&name)
            ))
            .expect("valid declaration");
            edit_at_line(context, &path, line, &declaration, "pub", &name)
                .into_iter()
                .collect()
        }
        Language::Java => {
            let Some(found) = java_not_public().captures(&occurrence.message) else {
                return Vec::new();
            };
            let name = found["name"].to_string();
            // `TaxRule is not public in billing`: a package-private class, in `TaxRule.java`.
            let in_package = found.name("method").is_none()
                && found["class"].starts_with(|c: char| c.is_ascii_lowercase());
            if in_package {
                let declaration = Regex::new(&format!(
                    r"^(?P<item>(?:(?:abstract|final|sealed|non-sealed|static)\s+)*(?:class|interface|enum|record|@interface)\s+{}\b)",
                    regex::escape(&name)
                ))
                .expect("valid declaration");
                let file_name = format!("{name}.java");
                let target = project_files(context, "java")
                    .find(|p| p.file_name().and_then(|f| f.to_str()) == Some(file_name.as_str()))
                    .and_then(|path| {
                        let text = context.files.read(&path)?;
                        let line = text.lines().position(|l| declaration.is_match(l))?;
                        Some((path, line as u32 + 1))
                    });
                return match target {
                    Some((path, line)) => {
                        edit_at_line(context, &path, line, &declaration, "public", &name)
                            .into_iter()
                            .collect()
                    }
                    None => Vec::new(),
                };
            }
            let class = found["class"]
                .rsplit('.')
                .next()
                .unwrap_or_default()
                .to_string();
            let file_name = format!("{class}.java");
            let Some(path) = context.symbols.and_then(|s| {
                s.paths()
                    .find(|p| p.file_name().and_then(|f| f.to_str()) == Some(&file_name))
                    .map(Path::to_path_buf)
            }) else {
                return Vec::new();
            };
            let Some(text) = context.files.read(&path) else {
                return Vec::new();
            };
            let call = match found.name("method") {
                Some(_) => r"\s*\(",
                None => r"\s*(?:=|;)",
            };
            let declaration = Regex::new(&format!(
                r"^\s*(?:@\w+\s+)*(?P<hidden>private|protected)?\s*(?P<item>(?:(?:static|final|synchronized|abstract|native)\s+)*[\w<>\[\],.? ]+\s+{}{call})",
                regex::escape(&name)
            ))
            .expect("valid declaration");
            let lines: Vec<u32> = text
                .lines()
                .enumerate()
                .filter(|(_, line)| declaration.is_match(line) && !line.contains("public "))
                .map(|(index, _)| index as u32 + 1)
                .collect();
            // One declaration only: overloads leave it open which one is meant.
            match lines.as_slice() {
                [line] => edit_at_line(context, &path, *line, &declaration, "public", &name)
                    .into_iter()
                    .collect(),
                _ => Vec::new(),
            }
        }
        Language::JavaScript => {
            let Some(found) = module_not_exporting().captures(&occurrence.message) else {
                return Vec::new();
            };
            let (Some(module), Some(name)) = (
                found.name("module").or(found.name("module2")),
                found.name("name").or(found.name("name2")),
            ) else {
                return Vec::new();
            };
            let Some(path) = module_file(&error_file, module.as_str()) else {
                return Vec::new();
            };
            let Some(text) = context.files.read(&path) else {
                return Vec::new();
            };
            // A top-level declaration of the name, not exported yet (no indentation: not a
            // local of a function).
            let declaration = Regex::new(&format!(
                r"^(?P<item>(?:declare\s+)?(?:(?:async\s+)?function\*?|const|let|var|class|abstract\s+class|interface|type|enum)\s+{}\b)",
                regex::escape(name.as_str())
            ))
            .expect("valid declaration");
            let lines: Vec<u32> = text
                .lines()
                .enumerate()
                .filter(|(_, line)| declaration.is_match(line))
                .map(|(index, _)| index as u32 + 1)
                .collect();
            match lines.as_slice() {
                [line] => {
                    edit_at_line(context, &path, *line, &declaration, "export", name.as_str())
                        .into_iter()
                        .collect()
                }
                _ => Vec::new(),
            }
        }
        Language::Go => go_unexported(context, &error_file).into_iter().collect(),
        _ => Vec::new(),
    }
}

fn go_unexported(context: &Context<'_>, error_file: &Path) -> Option<Generated> {
    static UNEXPORTED: OnceLock<Regex> = OnceLock::new();
    let unexported = UNEXPORTED.get_or_init(|| {
        Regex::new(r"^(?:undefined: (?P<pkg>\w+)\.(?P<name>[a-z_]\w*)|(?:name )?(?P<name2>[a-z_]\w*) not exported by package (?P<pkg2>\w+))$").unwrap()
    });
    let found = unexported.captures(&context.occurrence.message)?;
    let package = found.name("pkg").or(found.name("pkg2"))?.as_str();
    let name = found.name("name").or(found.name("name2"))?.as_str();
    let mut chars = name.chars();
    let exported = format!("{}{}", chars.next()?.to_ascii_uppercase(), chars.as_str());
    let caller = context.files.read(error_file)?;
    // The package's directory, from the import that names it and the module's go.mod.
    let import = Regex::new(&format!(r#""(?P<path>[^"]*/{})""#, regex::escape(package))).ok()?;
    let import_path = import.captures(&caller)?["path"].to_string();
    let (root, module) = super::imports::go_module_of(error_file)?;
    let directory = root.join(import_path.strip_prefix(&format!("{module}/"))?);
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&directory)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("go"))
        .collect();
    sources.sort();
    let declaration = Regex::new(&format!(
        r"(?m)^(?:func|type|var|const)\s+{}\b",
        regex::escape(name)
    ))
    .ok()?;
    let taken = Regex::new(&format!(
        r"(?m)^(?:func|type|var|const)\s+{}\b",
        regex::escape(&exported)
    ))
    .ok()?;
    let texts: Vec<(PathBuf, String)> = sources
        .into_iter()
        .filter_map(|p| Some((p.clone(), context.files.read(&p)?)))
        .collect();
    if !texts.iter().any(|(_, t)| declaration.is_match(t))
        || texts.iter().any(|(_, t)| taken.is_match(t))
    {
        return None;
    }
    let bare = Regex::new(&format!(r"\b{}\b", regex::escape(name))).ok()?;
    let mut patches = Vec::new();
    for (path, text) in &texts {
        // Every use in the package, not a field or method of that name (`x.name`).
        let edits: Vec<TextEdit> = bare
            .find_iter(text)
            .filter(|m| !text[..m.start()].ends_with('.'))
            .map(|m| TextEdit {
                start: m.start(),
                end: m.end(),
                expected: name.to_string(),
                replacement: exported.clone(),
            })
            .collect();
        if !edits.is_empty() {
            patches.push(crate::fix::FilePatch {
                path: path.clone(),
                original_sha256: crate::digest::sha256_hex(text.as_bytes()),
                edits,
            });
        }
    }
    let qualified = Regex::new(&format!(
        r"\b{}\.{}\b",
        regex::escape(package),
        regex::escape(name)
    ))
    .ok()?;
    let uses: Vec<TextEdit> = qualified
        .find_iter(&caller)
        .map(|m| TextEdit {
            start: m.start() + package.len() + 1,
            end: m.end(),
            expected: name.to_string(),
            replacement: exported.clone(),
        })
        .collect();
    if uses.is_empty() || patches.is_empty() {
        return None;
    }
    patches.push(crate::fix::FilePatch {
        path: error_file.to_path_buf(),
        original_sha256: crate::digest::sha256_hex(caller.as_bytes()),
        edits: uses,
    });
    Some(Generated {
        plan: crate::fix::FixPlan {
            title: format!("Export `{name}` from `{package}` as `{exported}`"),
            fix_key: context.fix_key(Generator::Visibility, "go-export", 0),
            // Above the exported spelling's did-you-mean: the package has no such name yet.
            prior: 0.68,
            action: crate::fix::FixAction::Edit(patches),
        },
        generator: Generator::Visibility,
    })
}
