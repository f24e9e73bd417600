//! Imports for a name used but not imported: from the file of the project that defines it (the
//! symbol index), written in the importing file's language and layout — or from the standard
//! library when the name is one of its modules (Python `json`, Go `strings`, Node `path`).

use std::path::{Component, Path, PathBuf};

use super::known_names;
use super::missing::{Missing, MissingThing};
use super::place::name_ranges;
use super::symbols::{Definition, SourceKind};
use super::{edit_plan, Context, Generated, Generator};
use crate::fix::{import_edit, line_range, TextEdit};
use crate::occurrence::Language;

/// At most this many definitions of one name are offered as imports.
const OFFERED: usize = 3;

/// `to` relative to the directory `from`, with `/` separators.
fn relative(from: &Path, to: &Path) -> Option<String> {
    let from: Vec<Component> = from.components().collect();
    let to_parts: Vec<Component> = to.components().collect();
    let common = from
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    if common == 0 {
        return None;
    }
    let mut parts: Vec<String> = vec!["..".to_string(); from.len() - common];
    parts.extend(
        to_parts[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    Some(parts.join("/"))
}

/// The Python module paths under which `definition` can be imported from `importer`, the likelier
/// first. A module inside a package imports its package's modules relatively (`from .signer
/// import Signer`) — a script's directory is not on `sys.path` then — or by the absolute path
/// from above the outermost package; a script imports relative to its own directory (which is on
/// `sys.path`) or that absolute path.
fn python_modules_of(importer: &Path, definition: &Path) -> Vec<String> {
    let module_of = |root: &Path| -> Option<String> {
        let inside = definition.strip_prefix(root).ok()?.with_extension("");
        let mut parts: Vec<String> = inside
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if parts.last().is_some_and(|p| p == "__init__") {
            parts.pop();
        }
        (!parts.is_empty()
            && parts
                .iter()
                .all(|p| p.chars().all(|c| c.is_alphanumeric() || c == '_')))
        .then(|| parts.join("."))
    };
    let outermost_package_parent = |start: Option<&Path>| {
        let mut directory = start;
        while let Some(dir) = directory {
            if !dir.join("__init__.py").is_file() {
                break;
            }
            directory = dir.parent();
        }
        directory.map(Path::to_path_buf)
    };
    let mut modules: Vec<String> = Vec::new();
    let importer_directory = importer.parent();
    let in_package = importer_directory.is_some_and(|dir| dir.join("__init__.py").is_file());
    match (in_package, importer_directory) {
        (true, Some(directory)) => {
            if let Some(module) = module_of(directory) {
                modules.push(format!(".{module}"));
            }
        }
        (false, Some(directory)) => modules.extend(module_of(directory)),
        _ => {}
    }
    if let Some(root) = outermost_package_parent(definition.parent()) {
        modules.extend(module_of(&root));
    }
    modules.dedup();
    modules
}

/// Whether a JavaScript file is written as an ES module (`import`/`export`), not CommonJS: by
/// what it already uses, else by how Node loads it — `.mjs`/`.mts` and TypeScript as modules,
/// `.cjs`/`.cts` as CommonJS, a `.js` file by the `"type"` of its nearest `package.json`
/// (CommonJS when it says none).
fn uses_esm(importer: &Path, text: &str) -> bool {
    let imports = text.lines().any(|line| {
        let line = line.trim_start();
        line.starts_with("import ") || line.starts_with("export ")
    });
    if imports {
        return true;
    }
    if text.contains("require(") || text.contains("module.exports") {
        return false;
    }
    match importer.extension().and_then(|e| e.to_str()) {
        Some("mjs" | "mts" | "ts" | "tsx") => true,
        Some("cjs" | "cts") => false,
        _ => importer
            .ancestors()
            .skip(1)
            .map(|dir| dir.join("package.json"))
            .find(|manifest| manifest.is_file())
            .and_then(|manifest| std::fs::read_to_string(manifest).ok())
            .and_then(|manifest| serde_json::from_str::<serde_json::Value>(&manifest).ok())
            .is_some_and(|manifest| manifest["type"] == "module"),
    }
}

/// The import statement(s) for `definition` in `importer`.
fn import_lines(
    importer: &Path,
    importer_text: &str,
    definition: &Definition,
    go_module: Option<&(PathBuf, String)>,
) -> Vec<String> {
    let name = &definition.name;
    let (Some(importer_kind), Some(definition_kind)) =
        (SourceKind::of(importer), SourceKind::of(&definition.path))
    else {
        return Vec::new();
    };
    match (importer_kind, definition_kind) {
        (SourceKind::Python, SourceKind::Python) => python_modules_of(importer, &definition.path)
            .into_iter()
            .map(|module| format!("from {module} import {name}"))
            .collect(),
        (
            SourceKind::TypeScript | SourceKind::JavaScript,
            SourceKind::TypeScript | SourceKind::JavaScript,
        ) => {
            let Some(directory) = importer.parent() else {
                return Vec::new();
            };
            let Some(mut specifier) = relative(directory, &definition.path) else {
                return Vec::new();
            };
            if !specifier.starts_with("..") {
                specifier = format!("./{specifier}");
            }
            // TypeScript resolves without an extension; Node's ES modules need the file's
            // (`.js`, also for a TypeScript file compiled to one, when the file's own relative
            // imports carry it).
            let esm = uses_esm(importer, importer_text);
            let keeps_extension = importer_kind == SourceKind::JavaScript && esm
                || importer_text.contains(".js'")
                || importer_text.contains(".js\"")
                || resolves_like_node(importer);
            let specifier = match (keeps_extension, definition_kind) {
                (true, SourceKind::TypeScript) => format!("{}.js", strip_extension(&specifier)),
                (true, _) => specifier,
                (false, _) => strip_extension(&specifier).to_string(),
            };
            let quote =
                match importer_text.matches('"').count() > importer_text.matches('\'').count() {
                    true => '"',
                    false => '\'',
                };
            let semicolon = match importer_text.contains(';') {
                true => ";",
                false => "",
            };
            match (esm, definition.default_export) {
                (true, true) => vec![format!(
                    "import {name} from {quote}{specifier}{quote}{semicolon}"
                )],
                (true, false) => vec![format!(
                    "import {{ {name} }} from {quote}{specifier}{quote}{semicolon}"
                )],
                (false, _) => vec![format!(
                    "const {{ {name} }} = require({quote}{specifier}{quote}){semicolon}"
                )],
            }
        }
        (SourceKind::Go, SourceKind::Go) => {
            let Some((module_root, module_path)) = go_module else {
                return Vec::new();
            };
            let Some(directory) = definition.path.parent() else {
                return Vec::new();
            };
            if importer.parent() == Some(directory) {
                return Vec::new();
            }
            match directory.strip_prefix(module_root) {
                Ok(inside) if inside.as_os_str().is_empty() => Vec::new(),
                Ok(inside) => vec![format!(
                    "import \"{module_path}/{}\"",
                    inside.to_string_lossy().replace('\\', "/")
                )],
                Err(_) => Vec::new(),
            }
        }
        (SourceKind::Java, SourceKind::Java) => {
            let text = std::fs::read_to_string(&definition.path).unwrap_or_default();
            let package = text.lines().find_map(|line| {
                line.trim()
                    .strip_prefix("package ")
                    .map(|rest| rest.trim_end_matches(';').trim().to_string())
            });
            match package {
                Some(package) => vec![format!("import {package}.{name};")],
                None => Vec::new(),
            }
        }
        (SourceKind::Rust, SourceKind::Rust) => rust_module_path(&definition.path)
            .map(|path| vec![format!("use crate::{path}{name};")])
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Whether the nearest `tsconfig.json` above `importer` resolves modules as Node's ES modules
/// do (`"module"` or `"moduleResolution"` `node16`/`nodenext`), where a relative import names
/// its file's extension.
fn resolves_like_node(importer: &Path) -> bool {
    static SETTING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"(?i)"module(?:Resolution)?"\s*:\s*"node(?:16|next)""#)
            .expect("the setting regex compiles")
    });
    importer
        .ancestors()
        .skip(1)
        .find_map(|dir| std::fs::read_to_string(dir.join("tsconfig.json")).ok())
        .is_some_and(|text| SETTING.is_match(&text))
}

fn strip_extension(specifier: &str) -> &str {
    for extension in [".tsx", ".ts", ".mts", ".cts", ".jsx", ".js", ".mjs", ".cjs"] {
        if let Some(stripped) = specifier.strip_suffix(extension) {
            return stripped;
        }
    }
    specifier
}

/// `src/a/b.rs` → `a::b::`, `src/a/mod.rs` → `a::`, `src/lib.rs` → ``.
fn rust_module_path(path: &Path) -> Option<String> {
    let components: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let src = components.iter().rposition(|c| c == "src")?;
    let mut parts: Vec<String> = components[src + 1..].to_vec();
    let last = parts.pop()?;
    match last.as_str() {
        "lib.rs" | "main.rs" | "mod.rs" => {}
        file => parts.push(file.strip_suffix(".rs")?.to_string()),
    }
    Some(parts.iter().map(|p| format!("{p}::")).collect())
}

/// rustc's `unresolved import `crate::util::parse_amount`` where the crate defines
/// `parse_amount` in another module: the `use` names that module — the path rewritten when the
/// `use` imports that name alone, else the name taken out of its `{…}` group and imported on a
/// line of its own below.
pub fn rust_moved(context: &Context<'_>, missing: Option<&MissingThing>) -> Vec<Generated> {
    if context.occurrence.tool.language() != Language::Rust {
        return Vec::new();
    }
    // A qualified use: `cannot find function `to_rgb` in module `crate::util``.
    static IN_MODULE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let in_module = IN_MODULE.get_or_init(|| {
        regex::Regex::new(r"^cannot find (?:function|value|struct|type|constant|macro|enum) `(?P<name>\w+)` in module `crate::(?P<module>\w+(?:::\w+)*)`$").unwrap()
    });
    let qualified = in_module
        .captures(&context.occurrence.message)
        .map(|c| format!("{}::{}", &c["module"], &c["name"]));
    let written: String = match (&qualified, missing) {
        (Some(path), _) => path.clone(),
        (None, Some(missing)) if missing.kind == Missing::Module => {
            match missing.name.strip_prefix("crate::") {
                Some(written) => written.to_string(),
                None => return Vec::new(),
            }
        }
        _ => return Vec::new(),
    };
    let Some((written_module, name)) = written.rsplit_once("::") else {
        return Vec::new();
    };
    let (Some(symbols), Some((path, text))) = (context.symbols, context.error_file()) else {
        return Vec::new();
    };
    let modules: Vec<String> = symbols
        .definitions_of(name)
        .into_iter()
        .filter(|d| SourceKind::of(&d.path) == Some(SourceKind::Rust))
        .filter_map(|d| rust_module_path(&d.path))
        .map(|module| module.trim_end_matches("::").to_string())
        .filter(|module| module != written_module && !module.is_empty())
        .collect();
    let [module] = modules.as_slice() else {
        return Vec::new();
    };
    let Some(line) = context.occurrence.line else {
        return Vec::new();
    };
    let Some((line_start, line_end)) = line_range(&text, line) else {
        return Vec::new();
    };
    let code = &text[line_start..line_end];
    let whole = format!("crate::{written}");
    let edits = if qualified.is_some() {
        let Some(at) = code.find(&whole) else {
            return Vec::new();
        };
        vec![TextEdit {
            start: line_start + at,
            end: line_start + at + whole.len(),
            expected: whole.clone(),
            replacement: format!("crate::{module}::{name}"),
        }]
    } else if let Some(at) = code.find(&format!("{whole};")) {
        vec![TextEdit {
            start: line_start + at,
            end: line_start + at + whole.len(),
            expected: whole.clone(),
            replacement: format!("crate::{module}::{name}"),
        }]
    } else {
        // `use crate::util::{parse_amount, trim_quotes};`: the item and one comma beside it.
        let group = format!("crate::{written_module}::{{");
        let Some(open) = code.find(&group) else {
            return Vec::new();
        };
        let inside_start = open + group.len();
        let Some(close) = code[inside_start..].find('}').map(|i| inside_start + i) else {
            return Vec::new();
        };
        let items: Vec<&str> = code[inside_start..close]
            .split(',')
            .map(str::trim)
            .collect();
        if items.iter().filter(|item| **item == name).count() != 1 || items.len() < 2 {
            return Vec::new();
        }
        let kept: Vec<&str> = items
            .into_iter()
            .filter(|item| *item != name && !item.is_empty())
            .collect();
        let indent = &code[..code.len() - code.trim_start().len()];
        // One plain name left needs no braces: `use crate::util::trim_quotes;`.
        let (start, end) = match kept.as_slice() {
            [one] if !one.contains(['{', ':', ' ']) => (inside_start - 1, close + 1),
            _ => (inside_start, close),
        };
        vec![
            TextEdit {
                start: line_start + start,
                end: line_start + end,
                expected: code[start..end].to_string(),
                replacement: kept.join(", "),
            },
            TextEdit::insertion(line_end, format!("\n{indent}use crate::{module}::{name};")),
        ]
    };
    vec![Generated {
        plan: edit_plan(
            match qualified {
                Some(_) => format!("Use `crate::{module}::{name}`, where it is defined"),
                None => format!("Import `{name}` from `crate::{module}`, where it is defined"),
            },
            context.fix_key(Generator::ProjectImport, "moved", 0),
            0.65,
            &path,
            &text,
            edits,
        ),
        generator: Generator::ProjectImport,
    }]
}

/// Go's `undefined: geo` where the code writes `geo.Coord` and the module has a package `geo`:
/// its import, by the module path from `go.mod`.
pub fn go_package(context: &Context<'_>, missing: &MissingThing) -> Vec<Generated> {
    if missing.kind != Missing::Name || context.occurrence.tool.language() != Language::Go {
        return Vec::new();
    }
    let (Some(symbols), Some((path, text))) = (context.symbols, context.error_file()) else {
        return Vec::new();
    };
    let name = missing.name.as_str();
    if !text.contains(&format!("{name}.")) {
        return Vec::new();
    }
    let Some((module_root, module_path)) = go_module_of(&path) else {
        return Vec::new();
    };
    let clause = format!("package {name}");
    let mut directories: Vec<PathBuf> = symbols
        .paths()
        .filter(|p| SourceKind::of(p) == Some(SourceKind::Go))
        .filter_map(|p| p.parent())
        .filter(|dir| dir.file_name().and_then(|n| n.to_str()) == Some(name))
        .filter(|dir| Some(*dir) != path.parent())
        .map(Path::to_path_buf)
        .collect();
    directories.sort();
    directories.dedup();
    // The package clause of one of its files must name it so.
    directories.retain(|dir| {
        symbols.paths().any(|p| {
            p.parent() == Some(dir.as_path())
                && std::fs::read_to_string(p).is_ok_and(|t| t.lines().any(|l| l.trim() == clause))
        })
    });
    let [directory] = directories.as_slice() else {
        return Vec::new();
    };
    let Ok(inside) = directory.strip_prefix(&module_root) else {
        return Vec::new();
    };
    let line = format!(
        "import \"{module_path}/{}\"",
        inside.to_string_lossy().replace('\\', "/")
    );
    vec![Generated {
        plan: edit_plan(
            format!("Add `{line}`"),
            context.fix_key(Generator::ProjectImport, "package", 0),
            0.65,
            &path,
            &text,
            vec![import_edit(&text, &line, Language::Go)],
        ),
        generator: Generator::ProjectImport,
    }]
}

/// The nearest `go.mod` above `path`: its directory and module path.
pub(super) fn go_module_of(path: &Path) -> Option<(PathBuf, String)> {
    let mut directory = path.parent();
    while let Some(dir) = directory {
        if let Ok(text) = std::fs::read_to_string(dir.join("go.mod")) {
            let module = text
                .lines()
                .find_map(|line| line.trim().strip_prefix("module "))?
                .trim()
                .trim_matches('"')
                .to_string();
            return Some((dir.to_path_buf(), module));
        }
        directory = dir.parent();
    }
    None
}

/// Imports of a missing name from the project files that define it.
pub fn from_project(context: &Context<'_>, missing: &MissingThing) -> Vec<Generated> {
    if missing.kind != Missing::Name {
        return Vec::new();
    }
    let (Some(symbols), Some((path, text))) = (context.symbols, context.error_file()) else {
        return Vec::new();
    };
    let language = context.occurrence.tool.language();
    // Java imports a class by its simple name once: an import of the name that is there already
    // names the wrong package, and that line is what needs fixing.
    if language == Language::Java
        && text.lines().any(|line| {
            let line = line.trim();
            line.starts_with("import ") && line.ends_with(&format!(".{};", missing.name))
        })
    {
        return Vec::new();
    }
    let go_module = match language {
        Language::Go => go_module_of(&path),
        _ => None,
    };
    let definitions: Vec<&Definition> = symbols
        .definitions_of(&missing.name)
        .into_iter()
        .filter(|d| d.path != path)
        .take(OFFERED)
        .collect();
    let lines: Vec<(String, &Definition)> = definitions
        .iter()
        .flat_map(|d| {
            import_lines(&path, &text, d, go_module.as_ref())
                .into_iter()
                .map(move |l| (l, *d))
        })
        .collect();
    let count = lines.len();
    lines
        .into_iter()
        .enumerate()
        .filter_map(|(position, (line, definition))| {
            let mut edits = vec![import_edit(&text, &line, language)];
            let mut title = format!("Add `{line}`");
            if language == Language::Go {
                // Go names another package's identifier through the package's name.
                let package = definition.path.parent()?.file_name()?.to_str()?.to_string();
                for (start, end) in name_ranges(&text, context.occurrence, &missing.name, false) {
                    edits.push(TextEdit {
                        start,
                        end,
                        expected: missing.name.clone(),
                        replacement: format!("{package}.{}", missing.name),
                    });
                }
                if edits.len() == 1 {
                    return None;
                }
                title = format!("Use `{package}.{}` and add `{line}`", missing.name);
            }
            Some(Generated {
                plan: edit_plan(
                    title,
                    context.fix_key(Generator::ProjectImport, "name", position),
                    match (count, position) {
                        (1, _) => 0.65,
                        (_, 0) => 0.58,
                        _ => 0.52,
                    },
                    &path,
                    &text,
                    edits,
                ),
                generator: Generator::ProjectImport,
            })
        })
        .collect()
}

/// An import of the standard-library module a missing name is (Python `json`, Go `strings`,
/// Node `path`).
pub fn from_standard_library(context: &Context<'_>, missing: &MissingThing) -> Vec<Generated> {
    if missing.kind != Missing::Name {
        return Vec::new();
    }
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let name = missing.name.as_str();
    let language = context.occurrence.tool.language();
    let lines: Vec<String> = match language {
        Language::Python if known_names::python_modules().any(|m| m == name) => {
            vec![format!("import {name}")]
        }
        Language::Go => known_names::go_packages()
            .filter(|p| p.rsplit('/').next() == Some(name))
            .map(|p| format!("import \"{p}\""))
            .collect(),
        Language::JavaScript if known_names::node_modules().any(|m| m == name) => {
            match uses_esm(&path, &text) && SourceKind::of(&path) != Some(SourceKind::TypeScript) {
                true => vec![format!("import {name} from 'node:{name}';")],
                false => vec![format!("const {name} = require('{name}');")],
            }
        }
        _ => Vec::new(),
    };
    let count = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(position, line)| Generated {
            plan: edit_plan(
                format!("Add `{line}`"),
                context.fix_key(Generator::StandardImport, "name", position),
                match (count, position) {
                    (1, _) => 0.65,
                    (_, 0) => 0.55,
                    _ => 0.5,
                },
                &path,
                &text,
                vec![import_edit(&text, &line, language)],
            ),
            generator: Generator::StandardImport,
        })
        .collect()
}

/// The project's C and C++ headers near `importer` (its directory, the directories under it and
/// beside it, two levels at most), by path.
fn project_headers(importer: &Path) -> Vec<PathBuf> {
    near_files(importer, &["h", "hpp", "hh", "hxx"])
}

/// The files with one of `endings` near `importer`: its directory and those under it, two
/// levels at most (build output and hidden directories left out), by path.
pub(super) fn near_files(importer: &Path, endings: &[&str]) -> Vec<PathBuf> {
    fn walk(dir: &Path, depth: usize, endings: &[&str], found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if name.starts_with('.') || matches!(name, "build" | "target" | "node_modules") {
                continue;
            }
            if path.is_dir() && depth > 0 {
                walk(&path, depth - 1, endings, found);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| endings.contains(&e))
            {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    if let Some(dir) = importer.parent() {
        walk(dir, 2, endings, &mut found);
    }
    found
}

/// Whether a header declares `name`: a function prototype, a type (`typedef … name;`,
/// `struct name`, `class name`), a macro or a variable, on a line that is not a comment.
fn header_declares(text: &str, name: &str) -> bool {
    let name = regex::escape(name);
    let declaration = regex::Regex::new(&format!(
        r"(?m)^\s*(?:#define\s+{name}\b|(?:typedef\b.*\b{name}\s*;|(?:struct|class|enum|union)\s+{name}\b|[\w:<>,*& ]+[\s*&]{name}\s*[(;\[=]|\}}\s*{name}\s*;))"
    ))
    .expect("valid declaration");
    declaration.is_match(text)
}

/// `#include "ring.h"` for a name a header of the project declares (gcc's `unknown type name`,
/// `implicit declaration of function`, g++'s `was not declared in this scope`).
pub fn from_project_headers(context: &Context<'_>, missing: &MissingThing) -> Vec<Generated> {
    if missing.kind != Missing::Name || context.occurrence.tool.language() != Language::C {
        return Vec::new();
    }
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let Some(dir) = path.parent() else {
        return Vec::new();
    };
    let headers: Vec<String> = project_headers(&path)
        .into_iter()
        .filter(|header| *header != path)
        .filter(|header| {
            std::fs::read_to_string(header).is_ok_and(|t| header_declares(&t, &missing.name))
        })
        .filter_map(|header| relative(dir, &header))
        .filter(|include| !text.contains(&format!("#include \"{include}\"")))
        .take(OFFERED)
        .collect();
    let count = headers.len();
    headers
        .into_iter()
        .enumerate()
        .map(|(position, include)| {
            let line = format!("#include \"{include}\"");
            Generated {
                plan: edit_plan(
                    format!("Add `{line}`"),
                    context.fix_key(Generator::ProjectImport, "header", position),
                    match (count, position) {
                        (1, _) => 0.65,
                        (_, 0) => 0.58,
                        _ => 0.52,
                    },
                    &path,
                    &text,
                    vec![import_edit(&text, &line, Language::C)],
                ),
                generator: Generator::ProjectImport,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_and_rust_modules() {
        assert_eq!(
            relative(Path::new("/p/src"), Path::new("/p/src/lib/util.ts")).as_deref(),
            Some("lib/util.ts")
        );
        assert_eq!(
            relative(Path::new("/p/src/a"), Path::new("/p/src/b/c.ts")).as_deref(),
            Some("../b/c.ts")
        );
        assert_eq!(
            rust_module_path(Path::new("/p/src/net/http.rs")).as_deref(),
            Some("net::http::")
        );
        assert_eq!(
            rust_module_path(Path::new("/p/src/net/mod.rs")).as_deref(),
            Some("net::")
        );
        assert_eq!(
            rust_module_path(Path::new("/p/src/lib.rs")).as_deref(),
            Some("")
        );
    }
}
