//! A function's signature fixed for what its body or its callers do:
//!
//! - javac's `unreported exception InterruptedException; must be caught or declared to be
//!   thrown`: the method around the call declares it (`throws InterruptedException`, or added
//!   to the `throws` it has) — its own callers then show the same error, fixed the same way
//!   next round, up to `main`;
//! - Python's `Cart.is_empty() takes 0 positional arguments but 1 was given`: the method of that
//!   class that takes no `self` gets one (unless it is a `@staticmethod`);
//! - a C++ `const` member function calling one that is not (gcc's `passing ‘const Playlist’ as
//!   ‘this’ argument discards qualifiers` with its note `in call to ‘int
//!   Playlist::total_seconds()’`, clang's `… but function is not marked const` with `declared
//!   here`): the called one marked `const` where the note points, and its out-of-line
//!   definition next (`no declaration matches` with `candidate is: ‘… const’`); and an `override` that does
//!   not override (`‘double Square::area()’ marked ‘override’, but does not override`) marked
//!   `const` when the file declares a `virtual` function of that name `const`;
//! - javac's `non-static method totalRain(List<Reading>,String) cannot be referenced from a
//!   static context`: the one method of that name in the file declared `static` (when it uses
//!   the instance, the re-run says so and the edit is reverted).

use std::path::PathBuf;
use std::sync::OnceLock;

use regex::Regex;

use super::place::{indent_of, lines};
use super::{edit_plan, Context, Generated, Generator};
use crate::fix::{byte_offset_of, line_range, ColumnUnit, TextEdit};
use crate::occurrence::Language;

const PRIOR: f64 = 0.55;

pub fn repairs(context: &Context<'_>) -> Vec<Generated> {
    let language = context.occurrence.tool.language();
    let found = match language {
        Language::C => const_member(context)
            .or_else(|| const_definition(context))
            .or_else(|| const_override(context)),
        _ => context.error_file().and_then(|(path, text)| {
            let edit = match language {
                Language::Java => {
                    declared_exception(context, &text).or_else(|| static_method(context, &text))
                }
                Language::Python => method_self(context, &text),
                _ => None,
            };
            edit.map(|edit| (path, text, edit))
        }),
    };
    found
        .map(|(path, text, (title, what, edit))| Generated {
            plan: edit_plan(
                title,
                context.fix_key(Generator::Signature, what, 0),
                PRIOR,
                &path,
                &text,
                vec![edit],
            ),
            generator: Generator::Signature,
        })
        .into_iter()
        .collect()
}

/// What one repair changes: its title, what it does (for the fix key) and its edit.
type Repair = (String, &'static str, TextEdit);

/// ` const` after the parameters of the member function the note points at.
fn const_member(context: &Context<'_>) -> Option<(PathBuf, String, Repair)> {
    let message = context.occurrence.message.as_str();
    let discards = message.contains("as ‘this’ argument discards qualifiers")
        || message.contains("as 'this' argument discards qualifiers")
        || message.contains("but function is not marked const");
    if !discards {
        return None;
    }
    let note = context.occurrence.notes.iter().find(|note| {
        note.line.is_some()
            && (note.message.contains("in call to") || note.message.contains("declared here"))
    })?;
    let file = note
        .file
        .as_deref()
        .or(context.occurrence.file.as_deref())?;
    const_after_parameters(context, file, note.line?, note.column.unwrap_or(1))
}

/// A member function's out-of-line definition that lacks the `const` its declaration has:
/// gcc's `no declaration matches ‘double Room::area()’` with the note `candidate is: ‘double
/// Room::area() const’` (the declaration was just marked `const`).
fn const_definition(context: &Context<'_>) -> Option<(PathBuf, String, Repair)> {
    let occurrence = context.occurrence;
    let signature = occurrence
        .message
        .strip_prefix("no declaration matches ‘")?
        .strip_suffix('’')?;
    let wanted = format!("candidate is: ‘{signature} const’");
    if !occurrence.notes.iter().any(|n| n.message.contains(&wanted)) {
        return None;
    }
    const_after_parameters(
        context,
        occurrence.file.as_deref()?,
        occurrence.line?,
        occurrence.column.unwrap_or(1),
    )
}

/// ` const` after the parameters of the function whose name is at `line`:`column` of `file`.
fn const_after_parameters(
    context: &Context<'_>,
    file: &str,
    line: u32,
    column: u32,
) -> Option<(PathBuf, String, Repair)> {
    let path = PathBuf::from(file);
    let text = context.files.read(&path)?;
    let at = byte_offset_of(&text, line, column, ColumnUnit::of(context.occurrence.tool))?;
    let (_, line_end) = line_range(&text, line)?;
    let open = at + text[at..line_end].find('(')?;
    let mut depth = 0usize;
    let close = open
        + text[open..].find(|c: char| {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            depth == 0
        })?;
    if text[close + 1..].trim_start().starts_with("const") {
        return None;
    }
    let name = text[at..open].trim().to_string();
    Some((
        path,
        text,
        (
            format!("Mark `{name}` as `const`"),
            "const",
            TextEdit::insertion(close + 1, " const"),
        ),
    ))
}

/// ` const` before `override` when the base's virtual function of the name is `const`.
fn const_override(context: &Context<'_>) -> Option<(PathBuf, String, Repair)> {
    static OVERRIDE: OnceLock<Regex> = OnceLock::new();
    let wording = OVERRIDE.get_or_init(|| {
        Regex::new(r"^[‘'](?:[^(]*?(?:::|\s))?(?P<name>\w+)(?:\([^)]*\)[^’']*)?[’'] marked [‘']override[’'],? but does not override").unwrap()
    });
    let name = wording
        .captures(&context.occurrence.message)?
        .name("name")?
        .as_str()
        .to_string();
    let (path, text, line_start, line_end) = context.error_line()?;
    let escaped = regex::escape(&name);
    let base_is_const = Regex::new(&format!(
        r"virtual[^;{{}}]*\b{escaped}\s*\([^)]*\)\s*const\b"
    ))
    .ok()?
    .is_match(&text);
    let on_line = Regex::new(&format!(r"\b{escaped}\s*\([^)]*\)(?P<gap>\s*)override\b"))
        .ok()?
        .captures(&text[line_start..line_end])?;
    if !base_is_const {
        return None;
    }
    let at = line_start + on_line.name("gap")?.start();
    Some((
        path,
        text,
        (
            format!("Mark the override `{name}` as `const`, as the function it overrides"),
            "const-override",
            TextEdit::insertion(at, " const"),
        ),
    ))
}

fn declared_exception(
    context: &Context<'_>,
    text: &str,
) -> Option<(String, &'static str, TextEdit)> {
    static UNREPORTED: OnceLock<Regex> = OnceLock::new();
    static METHOD: OnceLock<Regex> = OnceLock::new();
    let unreported = UNREPORTED.get_or_init(|| {
        Regex::new(
            r"^unreported exception (?P<exception>[\w.]+); must be caught or declared to be thrown",
        )
        .unwrap()
    });
    // A method or constructor header whose parameters close on this line, before its `{`.
    let method = METHOD.get_or_init(|| {
        Regex::new(r"^\s*(?:(?:public|protected|private|static|final|synchronized|abstract|default)\s+)*(?:<[^>]+>\s+)?(?:[\w<>\[\],.?]+(?:\s*\[\])*\s+)?(?P<name>\w+)\s*\((?P<params>[^()]*(?:\([^()]*\)[^()]*)*)\)(?P<throws>\s*throws\s+[\w.,\s]+?)?(?P<end>\s*\{)").unwrap()
    });
    let exception = unreported
        .captures(&context.occurrence.message)?
        .name("exception")?
        .as_str();
    let line = context.occurrence.line? as usize - 1;
    let lines = lines(text);
    let mut indent = indent_of(lines.get(line)?.1);
    for &(start, candidate) in lines[..line].iter().rev() {
        if candidate.trim().is_empty() || indent_of(candidate) >= indent {
            continue;
        }
        indent = indent_of(candidate);
        let trimmed = candidate.trim_start();
        let control = [
            "if",
            "for",
            "while",
            "switch",
            "catch",
            "synchronized",
            "try",
            "else",
            "do",
        ]
        .iter()
        .any(|k| {
            trimmed.starts_with(k)
                && !trimmed[k.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        });
        if control {
            continue;
        }
        // A lambda or an anonymous class: its method's signature is not this file's to change.
        if candidate.contains("->") || trimmed.starts_with("new ") || candidate.contains(" new ") {
            return None;
        }
        let found = method.captures(candidate)?;
        let name = found.name("name")?.as_str();
        if matches!(name, "class" | "interface" | "enum" | "record") {
            return None;
        }
        let (at, replacement) = match found.name("throws") {
            Some(throws) => (start + throws.end(), format!(", {exception}")),
            None => (
                start + found.name("end")?.start(),
                format!(" throws {exception}"),
            ),
        };
        return Some((
            format!("Declare `{name}` as `throws {exception}`"),
            "throws",
            TextEdit {
                start: at,
                end: at,
                expected: String::new(),
                replacement,
            },
        ));
    }
    None
}

fn static_method(context: &Context<'_>, text: &str) -> Option<Repair> {
    static NON_STATIC: OnceLock<Regex> = OnceLock::new();
    let non_static = NON_STATIC.get_or_init(|| {
        Regex::new(r"^non-static method (?P<method>\w+)\([^)]*\) cannot be referenced from a static context").unwrap()
    });
    let method = non_static.captures(&context.occurrence.message)?["method"].to_string();
    let declaration = Regex::new(&format!(
        r"^\s*(?:@\w+\s+)*(?:(?:public|private|protected|final|synchronized)\s+)*(?P<item>[\w<>\[\],.? ]+\s+{}\s*\()",
        regex::escape(&method)
    ))
    .ok()?;
    let found: Vec<(usize, regex::Captures)> = lines(text)
        .into_iter()
        .filter_map(|(start, line)| Some((start, declaration.captures(line)?)))
        .filter(|(_, found)| {
            let item = &found["item"];
            !item.contains(" new ") && !item.trim_start().starts_with("return ")
        })
        .collect();
    let [(start, header)] = found.as_slice() else {
        return None;
    };
    if header[0].contains("static ") {
        return None;
    }
    Some((
        format!("Declare `{method}` static"),
        "static",
        TextEdit::insertion(start + header.name("item")?.start(), "static ".to_string()),
    ))
}

fn method_self(context: &Context<'_>, text: &str) -> Option<Repair> {
    static TAKES: OnceLock<Regex> = OnceLock::new();
    let takes = TAKES.get_or_init(|| {
        Regex::new(r"^(?:TypeError: )?(?P<class>\w+)\.(?P<method>\w+)\(\) takes (?P<takes>\d+) positional arguments? but (?P<given>\d+) (?:was|were) given").unwrap()
    });
    let found = takes.captures(&context.occurrence.message)?;
    let takes: usize = found["takes"].parse().ok()?;
    let given: usize = found["given"].parse().ok()?;
    if given != takes + 1 {
        return None;
    }
    let (class, method) = (&found["class"], &found["method"]);
    let lines = lines(text);
    let class_line = lines.iter().position(|(_, l)| {
        l.trim_start().strip_prefix("class ").is_some_and(|rest| {
            rest.starts_with(class)
                && !rest[class.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        })
    })?;
    let class_indent = indent_of(lines[class_line].1);
    let def = Regex::new(&format!(
        r"^\s*(?:async\s+)?def\s+{}\s*\((?P<params>[^)]*)",
        regex::escape(method)
    ))
    .ok()?;
    let mut decorators = Vec::new();
    for &(start, line) in &lines[class_line + 1..] {
        if !line.trim().is_empty() && indent_of(line) <= class_indent {
            break;
        }
        if line.trim_start().starts_with('@') {
            decorators.push(line.trim());
            continue;
        }
        let Some(header) = def.captures(line) else {
            if !line.trim().is_empty() {
                decorators.clear();
            }
            continue;
        };
        if decorators
            .iter()
            .any(|d| d.starts_with("@staticmethod") || d.starts_with("@classmethod"))
        {
            return None;
        }
        let params = header.name("params")?;
        let first = params.as_str().split(',').next().unwrap_or_default().trim();
        if first == "self" || first == "cls" {
            return None;
        }
        let replacement = match params.as_str().trim().is_empty() {
            true => "self",
            false => "self, ",
        };
        return Some((
            format!("Give `{class}.{method}` its `self`"),
            "self",
            TextEdit::insertion(start + params.start(), replacement.to_string()),
        ));
    }
    None
}
