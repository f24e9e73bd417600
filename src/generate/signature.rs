//! A function's signature fixed for what its body or its callers do:
//!
//! - javac's `unreported exception InterruptedException; must be caught or declared to be
//!   thrown`: the method around the call declares it (`throws InterruptedException`, or added
//!   to the `throws` it has) — its own callers then show the same error, fixed the same way
//!   next round, up to `main`;
//! - Python's `Cart.is_empty() takes 0 positional arguments but 1 was given`: the method of that
//!   class that takes no `self` gets one (unless it is a `@staticmethod`).

use std::sync::OnceLock;

use regex::Regex;

use super::place::{indent_of, lines};
use super::{edit_plan, Context, Generated, Generator};
use crate::fix::TextEdit;
use crate::occurrence::Language;

const PRIOR: f64 = 0.55;

pub fn repairs(context: &Context<'_>) -> Vec<Generated> {
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let found = match context.occurrence.tool.language() {
        Language::Java => declared_exception(context, &text),
        Language::Python => method_self(context, &text),
        _ => None,
    };
    found
        .map(|(title, what, edit)| Generated {
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

fn method_self(context: &Context<'_>, text: &str) -> Option<(String, &'static str, TextEdit)> {
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
