//! Did you mean: a misspelt name, member or module replaced by a close one that exists — the
//! tool's own offer first, then the names in scope (the file's identifiers, the project's
//! definitions, the language's builtins), or the modules there are (the standard library's, the
//! project's, the files beside a relative import), closest first.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::distance::closeness;
use super::known_names;
use super::missing::{Missing, MissingThing};
use super::owner_source::owner_names;
use super::place::{name_ranges, words_in};
use super::{edit_plan, Context, Generated, Generator};
use crate::fix::TextEdit;
use crate::occurrence::Language;

/// How many close names are offered for one error.
const OFFERED: usize = 3;

/// A name the misspelt one may have meant, with how it ranks.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    /// The tool offered it (0) or selfheal found it (1).
    found_by_us: u8,
    closeness: usize,
    /// More uses in the file first.
    fewer_uses: std::cmp::Reverse<usize>,
}

fn identifiers(text: &str) -> HashMap<&str, usize> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if byte.is_ascii_alphabetic() || byte == b'_' {
            let start = index;
            while index < bytes.len()
                && (bytes[index].is_ascii_alphanumeric() || bytes[index] == b'_')
            {
                index += 1;
            }
            *counts.entry(&text[start..index]).or_default() += 1;
        } else if byte.is_ascii_digit() {
            while index < bytes.len() && bytes[index].is_ascii_alphanumeric() {
                index += 1;
            }
        } else {
            index += 1;
        }
    }
    counts
}

/// Close names for a missing name or member, best first.
fn close_names(context: &Context<'_>, missing: &MissingThing, text: &str) -> Vec<(String, Rank)> {
    let language = context.occurrence.tool.language();
    let mut ranked: HashMap<String, Rank> = HashMap::new();
    for offer in &missing.tool_offers {
        let name = offer.rsplit(['.', ':']).next().unwrap_or(offer);
        if name.chars().all(|c| c.is_alphanumeric() || c == '_') && name != missing.name {
            ranked.insert(
                name.to_string(),
                Rank {
                    found_by_us: 0,
                    closeness: closeness(&missing.name, name).unwrap_or(9),
                    fewer_uses: std::cmp::Reverse(0),
                },
            );
        }
    }
    let uses = identifiers(text);
    let mut consider = |name: &str, count: usize| {
        if known_names::is_keyword(name) || ranked.get(name).is_some_and(|r| r.found_by_us == 0) {
            return;
        }
        if let Some(distance) = closeness(&missing.name, name) {
            let rank = Rank {
                found_by_us: 1,
                closeness: distance,
                fewer_uses: std::cmp::Reverse(count),
            };
            let entry = ranked.entry(name.to_string()).or_insert(rank.clone());
            if rank < *entry {
                *entry = rank;
            }
        }
    };
    // A name imported from a module (`from pathlib import Paht`) is one of the module's.
    let imported = missing.kind == Missing::Module && missing.owner.is_some();
    for (name, count) in uses.iter().filter(|_| !imported) {
        // The misspelling itself is counted among the file's names; a name used once is the
        // misspelling's own kind of accident more often than a definition.
        consider(name, *count);
    }
    let java = match language {
        Language::Java => java_candidates(context),
        _ => Vec::new(),
    };
    for name in &java {
        consider(name, 0);
    }
    if missing.kind == Missing::Member {
        for name in member_candidates(context, missing) {
            consider(&name, 0);
        }
    }
    // What the module or package itself defines (a name imported from it, a member of it).
    for name in owner_names(context, missing) {
        consider(&name, 0);
    }
    if missing.kind == Missing::Name {
        let builtins: Box<dyn Iterator<Item = &str>> = match language {
            Language::Python => {
                Box::new(known_names::python_builtins().chain(known_names::python_modules()))
            }
            Language::JavaScript => Box::new(known_names::javascript_globals()),
            _ => Box::new(std::iter::empty()),
        };
        for name in builtins {
            consider(name, 0);
        }
        if let Some(symbols) = context.symbols {
            for name in symbols.names() {
                consider(name, 0);
            }
        }
    }
    // A class cut short in an import (`AtomicInt` for `AtomicInteger`): the package's classes
    // that begin with it, when none is a typo of it.
    let in_package = context
        .occurrence
        .notes
        .iter()
        .any(|note| note.message.starts_with("location: package "));
    if in_package && !java.iter().any(|c| closeness(&missing.name, c).is_some()) {
        for name in java.iter().filter(|c| c.starts_with(missing.name.as_str())) {
            ranked.entry(name.clone()).or_insert(Rank {
                found_by_us: 1,
                closeness: name.len() - missing.name.len(),
                fewer_uses: std::cmp::Reverse(0),
            });
        }
    }
    let mut ranked: Vec<(String, Rank)> = ranked.into_iter().collect();
    ranked.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    ranked.truncate(OFFERED);
    ranked
}

/// Members the language itself has that a misspelt member may have meant: the builtins'
/// methods in JavaScript (`JSON.Parse`, `s.toLowercase`, `rows.forEch`) — unless the member as
/// written is one of them, when the object is what is wrong, not the name — and in Go the
/// exported spelling of a package member written in lower case (`strings.toUpper`: another
/// package's unexported names can never be used).
fn member_candidates(context: &Context<'_>, missing: &MissingThing) -> Vec<String> {
    match context.occurrence.tool.language() {
        Language::JavaScript => {
            let mut members = known_names::javascript_members();
            match members.any(|m| m == missing.name) {
                true => Vec::new(),
                false => known_names::javascript_members()
                    .map(str::to_string)
                    .collect(),
            }
        }
        Language::Go => {
            let message = context.occurrence.message.as_str();
            let package_member = missing.owner.is_some()
                && (message.starts_with("undefined: ") || message.starts_with("undeclared name: "));
            let mut chars = missing.name.chars();
            match (package_member, chars.next()) {
                (true, Some(first)) if first.is_ascii_lowercase() => {
                    vec![format!("{}{}", first.to_ascii_uppercase(), chars.as_str())]
                }
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    }
}

/// The JDK's names a misspelt Java symbol may have meant, from javac's `location:` note: the
/// classes of the package an import names (`location: package java.util.concurrent.atomic`), the
/// members of the JDK type a method or field is looked up on (`location: variable edits of type
/// Deque<String>`), and `java.lang`'s classes, which need no import, for a class or variable.
fn java_candidates(context: &Context<'_>) -> Vec<String> {
    let occurrence = context.occurrence;
    let message = occurrence.message.as_str();
    let notes = || occurrence.notes.iter().map(|note| note.message.as_str());
    let is_method =
        message.contains("symbol: method") || notes().any(|n| n.starts_with("symbol: method"));
    let location = notes().find_map(|note| note.strip_prefix("location: "));
    let classes_in = |package: &str| -> Vec<String> {
        known_names::java_classes()
            .filter_map(|class| {
                let (owner, simple) = class.rsplit_once('.')?;
                (owner == package).then(|| simple.to_string())
            })
            .collect()
    };
    if let Some(package) = location.and_then(|l| l.strip_prefix("package ")) {
        return classes_in(package);
    }
    let mut names: Vec<String> = Vec::new();
    if let Some(location) = location {
        let type_name = location
            .rsplit_once(" of type ")
            .map(|(_, t)| t)
            .or_else(|| location.strip_prefix("class "))
            .or_else(|| location.strip_prefix("interface "))
            .unwrap_or_default();
        let simple = type_name
            .split('<')
            .next()
            .unwrap_or_default()
            .rsplit('.')
            .next()
            .unwrap_or_default();
        names.extend(known_names::java_members_of(simple).map(str::to_string));
    }
    if !is_method {
        names.extend(classes_in("java.lang"));
    }
    names
}

/// The prior of the `position`-th close name (0 is the best).
fn prior(rank: &Rank, position: usize, best: &Rank) -> f64 {
    match (rank.found_by_us, position) {
        (0, _) => 0.7,
        (_, 0) if rank.closeness <= 1 => 0.62,
        (_, 0) => 0.55,
        _ if rank.closeness == best.closeness => 0.52,
        _ => 0.4,
    }
}

/// A close name in place of a misspelt name or member.
pub fn names(context: &Context<'_>, missing: &MissingThing) -> Vec<Generated> {
    // A module misspelt is `modules`' work; a name imported from a module is a name.
    if missing.kind == Missing::Module && missing.owner.is_none() {
        return Vec::new();
    }
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    // A name the project defines, exactly as written, is missing an import, not misspelt.
    let defined_elsewhere = missing.kind == Missing::Name
        && context
            .symbols
            .is_some_and(|symbols| !symbols.definitions_of(&missing.name).is_empty());
    let ranges = name_ranges(
        &text,
        context.occurrence,
        &missing.name,
        missing.kind == Missing::Member,
    );
    if ranges.is_empty() {
        return Vec::new();
    }
    let close = close_names(context, missing, &text);
    let Some(best) = close.first().map(|(_, rank)| rank.clone()) else {
        return Vec::new();
    };
    let kind = match missing.kind {
        Missing::Member => "member",
        _ => "name",
    };
    close
        .iter()
        .enumerate()
        .map(|(position, (name, rank))| {
            let edits = replacing(&text, &ranges, name);
            Generated {
                plan: edit_plan(
                    format!("Replace `{}` with `{name}`", missing.name),
                    context.fix_key(Generator::DidYouMean, kind, position),
                    match defined_elsewhere {
                        true => prior(rank, position, &best).min(0.4),
                        false => prior(rank, position, &best),
                    },
                    &path,
                    &text,
                    edits,
                ),
                generator: Generator::DidYouMean,
            }
        })
        .collect()
}

/// Members that mean the same thing in different languages' libraries: a person who writes one
/// language's name in another (`list.length()` in Java, `v.size()` in Rust) meant one of its
/// others, which the compiler then decides.
const SYNONYMS: &[&[&str]] = &[
    &["size", "length", "len", "count"],
    &["add", "push", "append", "push_back"],
    &["contains", "includes", "has"],
    &["isEmpty", "is_empty", "empty"],
    &["startsWith", "starts_with", "startswith"],
    &["endsWith", "ends_with", "endswith"],
    &["toUpperCase", "to_uppercase", "upper"],
    &["toLowerCase", "to_lowercase", "lower"],
];

/// Another library's name for a missing member (`length` → `size`), when no close name is the
/// answer: each of its synonyms, in the table's order, below the close names.
pub fn synonyms(context: &Context<'_>, missing: &MissingThing) -> Vec<Generated> {
    let method = context.occurrence.message.contains("symbol: method ");
    if missing.kind != Missing::Member && !method {
        return Vec::new();
    }
    let Some(group) = SYNONYMS
        .iter()
        .find(|group| group.contains(&missing.name.as_str()))
    else {
        return Vec::new();
    };
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let ranges = name_ranges(&text, context.occurrence, &missing.name, true);
    if ranges.is_empty() {
        return Vec::new();
    }
    group
        .iter()
        .filter(|other| **other != missing.name)
        .take(OFFERED)
        .enumerate()
        .map(|(position, other)| Generated {
            plan: edit_plan(
                format!("Replace `{}` with `{other}`", missing.name),
                context.fix_key(Generator::DidYouMean, "synonym", position),
                0.52 - 0.01 * position as f64,
                &path,
                &text,
                replacing(&text, &ranges, other),
            ),
            generator: Generator::DidYouMean,
        })
        .collect()
}

/// `name` in place of each of `ranges` of `text`.
fn replacing(text: &str, ranges: &[(usize, usize)], name: &str) -> Vec<TextEdit> {
    ranges
        .iter()
        .map(|&(start, end)| TextEdit {
            start,
            end,
            expected: text[start..end].to_string(),
            replacement: name.to_string(),
        })
        .collect()
}

/// The name qualified as the tool offered it: gcc's `suggested alternatives: ‘std::vector’`,
/// clang's `did you mean 'std::vector'?` — the same name in a namespace or module the code did
/// not name — written in place of the bare name, in the tool's order.
pub fn qualified(context: &Context<'_>, missing: &MissingThing) -> Vec<Generated> {
    if missing.kind != Missing::Name {
        return Vec::new();
    }
    let mut offers: Vec<String> = missing
        .tool_offers
        .iter()
        .filter(|offer| {
            offer
                .strip_suffix(missing.name.as_str())
                .is_some_and(|prefix| prefix.ends_with("::") || prefix.ends_with('.'))
        })
        .cloned()
        .collect();
    // g++ offers a close name (`stdin` for `string`) before the namespace: the standard
    // library's common names are `std::` ones.
    if offers.is_empty()
        && context.occurrence.tool.language() == Language::C
        && known_names::cpp_std_names().any(|name| name == missing.name)
    {
        offers.push(format!("std::{}", missing.name));
    }
    if offers.is_empty() {
        return Vec::new();
    }
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let ranges = name_ranges(&text, context.occurrence, &missing.name, false);
    offers
        .into_iter()
        .take(OFFERED)
        .enumerate()
        .filter(|_| !ranges.is_empty())
        .map(|(position, offer)| {
            let edits = replacing(&text, &ranges, &offer);
            Generated {
                plan: edit_plan(
                    format!("Replace `{}` with `{offer}`", missing.name),
                    context.fix_key(Generator::DidYouMean, "qualified", position),
                    match position {
                        0 => 0.7,
                        _ => 0.5,
                    },
                    &path,
                    &text,
                    edits,
                ),
                generator: Generator::DidYouMean,
            }
        })
        .collect()
}

/// The modules a misspelt module name may have meant, with where to look for them.
fn module_candidates(context: &Context<'_>, missing: &MissingThing, path: &Path) -> Vec<String> {
    let name = missing.name.as_str();
    match context.occurrence.tool.language() {
        Language::Python => {
            let mut modules: Vec<String> =
                known_names::python_modules().map(str::to_string).collect();
            if let Some(symbols) = context.symbols {
                modules.extend(symbols.paths().filter_map(|p| {
                    let stem = p.file_stem()?.to_str()?;
                    Some(match stem {
                        "__init__" => p.parent()?.file_name()?.to_str()?.to_string(),
                        _ => stem.to_string(),
                    })
                }));
            }
            modules
        }
        // A header without `.h` is C++'s (`<unorderd_set>`).
        Language::C if !name.contains('.') => {
            known_names::cpp_headers().map(str::to_string).collect()
        }
        // The standard's headers, and the project's beside the file (`#include "utils.h"` for
        // `util.h`), in the directory the include names.
        Language::C => known_names::c_headers()
            .map(str::to_string)
            .chain(headers_beside(path, name))
            .collect(),
        Language::Go => known_names::go_packages().map(str::to_string).collect(),
        // The JDK's packages, and `java.lang`'s classes: `system.out` reads as a package.
        Language::Java => {
            let mut names: Vec<String> = known_names::java_classes()
                .filter_map(|class| {
                    let (package, simple) = class.rsplit_once('.')?;
                    Some(match package {
                        "java.lang" => simple.to_string(),
                        _ => package.to_string(),
                    })
                })
                .collect();
            names.dedup();
            names
        }
        Language::Rust if !name.contains("::") => known_names::rust_std_modules()
            .map(str::to_string)
            .collect(),
        Language::JavaScript if name.starts_with('.') => relative_module_candidates(path, name),
        Language::JavaScript => known_names::node_modules().map(str::to_string).collect(),
        _ => Vec::new(),
    }
}

/// The headers in the directory `include` (as written, relative to `importer`) names, written
/// as it would be.
fn headers_beside(importer: &Path, include: &str) -> Vec<String> {
    let (directory_part, _) = include.rsplit_once('/').unwrap_or(("", include));
    let Some(directory) = importer.parent().map(|base| base.join(directory_part)) else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(directory) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| entry.file_name().to_str().map(str::to_string))
        .filter(|name| name.ends_with(".h") || name.ends_with(".hpp"))
        .map(|name| match directory_part {
            "" => name,
            part => format!("{part}/{name}"),
        })
        .collect()
}

/// `./utlis` → the specifiers of the files beside it (`./utils`), in the same style.
fn relative_module_candidates(importer: &Path, specifier: &str) -> Vec<String> {
    let Some(base) = importer.parent() else {
        return Vec::new();
    };
    let (directory_part, _) = specifier.rsplit_once('/').unwrap_or((".", specifier));
    let directory: PathBuf = base.join(directory_part);
    let Ok(entries) = std::fs::read_dir(&directory) else {
        return Vec::new();
    };
    let with_extension = Path::new(specifier).extension().is_some();
    entries
        .flatten()
        .filter_map(|entry| {
            let file_name = entry.file_name().to_str()?.to_string();
            let stem = Path::new(&file_name).file_stem()?.to_str()?.to_string();
            let is_source = super::symbols::SourceKind::of(Path::new(&file_name)).is_some();
            let is_directory = entry.file_type().ok()?.is_dir();
            match (is_source, is_directory, with_extension) {
                (true, _, true) => Some(format!("{directory_part}/{file_name}")),
                (true, _, false) | (_, true, false) => Some(format!("{directory_part}/{stem}")),
                _ => None,
            }
        })
        .collect()
}

/// The specifiers, relative to `importer` and written in the style of `specifier` (its `.js`
/// or no ending), of the project's source files whose name is the one `specifier` names but
/// that are not where it looks.
fn same_file_elsewhere(context: &Context<'_>, importer: &Path, specifier: &str) -> Vec<String> {
    let (Some(symbols), Some(base)) = (context.symbols, importer.parent()) else {
        return Vec::new();
    };
    let written = Path::new(specifier);
    let Some(stem) = written.file_stem().and_then(|s| s.to_str()) else {
        return Vec::new();
    };
    let ending = written.extension().and_then(|e| e.to_str());
    let looked_in = normalised(&base.join(specifier))
        .parent()
        .map(Path::to_path_buf);
    symbols
        .paths()
        .filter(|p| p.file_stem().and_then(|s| s.to_str()) == Some(stem))
        .filter(|p| super::symbols::SourceKind::of(p).is_some())
        .filter(|p| p.parent() != looked_in.as_deref())
        .filter_map(|p| {
            let relative = relative_directory(base, p.parent()?)?;
            Some(match ending {
                Some(ending) => format!("{relative}{stem}.{ending}"),
                None => format!("{relative}{stem}"),
            })
        })
        .collect()
}

/// `a/./b/../c` as `a/c`, without touching the disk.
fn normalised(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// How a relative import from `from` reaches directory `to`: `./`, `../`, `./lib/`, `../../x/`.
fn relative_directory(from: &Path, to: &Path) -> Option<String> {
    let (from, to) = (normalised(from), normalised(to));
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let up = from.len() - common;
    let mut out = match up {
        0 => "./".to_string(),
        _ => "../".repeat(up),
    };
    for part in &to[common..] {
        out.push_str(part.as_os_str().to_str()?);
        out.push('/');
    }
    Some(out)
}

/// A close module, header or package in place of a misspelt one, on the import line.
pub fn modules(context: &Context<'_>, missing: &MissingThing) -> Vec<Generated> {
    if missing.kind != Missing::Module || missing.owner.is_some() {
        return Vec::new();
    }
    let Some((path, text, line_start, line_end)) = context.error_line() else {
        return Vec::new();
    };
    // A dotted Python module is misspelt in its first part, usually.
    let (typed, rest) = match context.occurrence.tool.language() {
        Language::Python => match missing.name.split_once('.') {
            Some((first, rest)) => (first.to_string(), format!(".{rest}")),
            None => (missing.name.clone(), String::new()),
        },
        _ => (missing.name.clone(), String::new()),
    };
    let line = &text[line_start..line_end];
    let Some(found) = line.find(&format!("{typed}{rest}")) else {
        return Vec::new();
    };
    let start = line_start + found;
    let end = start + typed.len();
    // The typed name must stand alone there, not end a longer word (`xjson`).
    let stands_alone =
        typed.contains(['.', '/']) || !words_in(&text, start, end, &typed).is_empty();
    if !stands_alone {
        return Vec::new();
    }
    let mut close: Vec<(usize, String)> = module_candidates(context, missing, &path)
        .into_iter()
        .filter_map(|candidate| closeness(&typed, &candidate).map(|d| (d, candidate)))
        .collect();
    // The one project file of that name elsewhere: the import names the wrong directory.
    if context.occurrence.tool.language() == Language::JavaScript && typed.starts_with('.') {
        if let [moved] = same_file_elsewhere(context, &path, &typed).as_slice() {
            if !close.iter().any(|(_, c)| c == moved) {
                let distance = super::distance::distance(&typed, moved, usize::MAX).unwrap_or(9);
                close.push((distance.max(1), moved.clone()));
            }
        }
    }
    close.sort();
    close.dedup_by(|a, b| a.1 == b.1);
    close.truncate(OFFERED);
    let best = close.first().map(|(d, _)| *d).unwrap_or_default();
    close
        .into_iter()
        .enumerate()
        .map(|(position, (distance, candidate))| Generated {
            plan: edit_plan(
                format!("Replace module `{typed}` with `{candidate}`"),
                context.fix_key(Generator::DidYouMean, "module", position),
                match (position, distance == best) {
                    (0, _) => 0.6,
                    (_, true) => 0.52,
                    _ => 0.4,
                },
                &path,
                &text,
                vec![TextEdit {
                    start,
                    end,
                    expected: typed.clone(),
                    replacement: candidate,
                }],
            ),
            generator: Generator::DidYouMean,
        })
        .collect()
}
