//! Fixes at a variable's declaration for an error where it is used:
//!
//! - assigned, but declared constant: Node's `Assignment to constant variable.` (which names no
//!   variable: the names the error's line assigns to) turns `const` into `let`; javac's
//!   `cannot assign a value to final variable used` drops `final`;
//! - used as its value, but holding a promise or coroutine (tsc's `… on type 'Promise<User>'`,
//!   Python's `'coroutine'` operand, or Node's `Cannot read properties of undefined` when the call
//!   is of a function the file declares `async`): the call that made it is awaited, when the
//!   function around it is `async`;
//! - assigned, but never declared: Node's `ReferenceError: longest is not defined` (an ES module
//!   or `"use strict"` creates no global on assignment) at a statement that assigns the name
//!   gets `let` — below the did-you-mean fixes, since a misspelt declared name is likelier.

use std::sync::OnceLock;

use regex::Regex;

use super::place::{indent_of, lines};
use super::{edit_plan, Context, Generated, Generator};
use crate::fix::TextEdit;
use crate::occurrence::Language;

const PRIOR: f64 = 0.55;

fn plan(
    context: &Context<'_>,
    text: &str,
    title: String,
    what: &str,
    edit: TextEdit,
) -> Option<Generated> {
    let (path, _) = context.error_file()?;
    Some(Generated {
        plan: edit_plan(
            title,
            context.fix_key(Generator::Declaration, what, 0),
            PRIOR,
            &path,
            text,
            vec![edit],
        ),
        generator: Generator::Declaration,
    })
}

/// The nearest line above `line` (0-based) that matches `declaration`, with its captures' offsets.
fn declaration_above<'t>(
    lines: &[(usize, &'t str)],
    line: usize,
    declaration: &Regex,
) -> Option<(usize, regex::Captures<'t>)> {
    (0..=line.min(lines.len().saturating_sub(1)))
        .rev()
        .find_map(|index| {
            let (start, text) = lines[index];
            declaration.captures(text).map(|c| (start, c))
        })
}

fn constant_assigned(context: &Context<'_>, text: &str) -> Vec<Generated> {
    let message = context.occurrence.message.as_str();
    let language = context.occurrence.tool.language();
    let Some(line) = context.occurrence.line.map(|l| l as usize - 1) else {
        return Vec::new();
    };
    let lines = lines(text);
    let Some(&(_, this)) = lines.get(line) else {
        return Vec::new();
    };
    let names: Vec<String> = match language {
        Language::JavaScript if message.contains("Assignment to constant variable") => {
            static CELL: OnceLock<Regex> = OnceLock::new();
            let assigned = CELL.get_or_init(|| {
                Regex::new(r"(?:^|[^\w.$])(?P<a>[A-Za-z_$][\w$]*)\s*(?:[-+*/%&|^]|\*\*|<<|>>)?=[^=>]|(?P<b>[A-Za-z_$][\w$]*)\s*(?:\+\+|--)|(?:\+\+|--)\s*(?P<c>[A-Za-z_$][\w$]*)").unwrap()
            });
            assigned
                .captures_iter(this)
                .filter_map(|c| {
                    c.name("a")
                        .or(c.name("b"))
                        .or(c.name("c"))
                        .map(|m| m.as_str().to_string())
                })
                .filter(|name| !matches!(name.as_str(), "const" | "let" | "var"))
                .collect()
        }
        Language::Java => {
            static CELL: OnceLock<Regex> = OnceLock::new();
            let final_variable = CELL.get_or_init(|| {
                Regex::new(r"^cannot assign a value to final variable (?P<name>\w+)$").unwrap()
            });
            final_variable
                .captures(message)
                .map(|c| vec![c["name"].to_string()])
                .unwrap_or_default()
        }
        // gcc's `assignment of read-only variable ‘total’` / `read-only reference ‘e’`, clang's
        // `cannot assign to variable 'e' with const-qualified type`, and gcc's `assignment of
        // member ‘Employee::salary’ in read-only object` (the object is the one before the
        // member on the line).
        Language::C => {
            static CELL: OnceLock<Regex> = OnceLock::new();
            let read_only = CELL.get_or_init(|| {
                Regex::new(r"^(?:assignment of read-only (?:variable|reference|location) [‘'](?P<name>\w+)[’']|cannot assign to variable '(?P<clang>\w+)' with const-qualified type|assignment of member [‘'](?:[\w:]+::)?(?P<member>\w+)[’'] in read-only object|increment of read-only (?:variable|reference) [‘'](?P<inc>\w+)[’']|decrement of read-only (?:variable|reference) [‘'](?P<dec>\w+)[’'])").unwrap()
            });
            let Some(found) = read_only.captures(message) else {
                return Vec::new();
            };
            match found.name("member") {
                Some(member) => {
                    let Ok(object) = Regex::new(&format!(
                        r"(?P<object>[A-Za-z_]\w*)\s*(?:\.|->)\s*{}\b",
                        regex::escape(member.as_str())
                    )) else {
                        return Vec::new();
                    };
                    object
                        .captures(this)
                        .map(|c| vec![c["object"].to_string()])
                        .unwrap_or_default()
                }
                None => found
                    .name("name")
                    .or(found.name("clang"))
                    .or(found.name("inc"))
                    .or(found.name("dec"))
                    .map(|m| vec![m.as_str().to_string()])
                    .unwrap_or_default(),
            }
        }
        _ => Vec::new(),
    };
    let mut generated = Vec::new();
    for name in names {
        let name = regex::escape(&name);
        let (declaration, keyword, replacement) = match language {
            // `const auto& e : staff`, `const int total = 0`, `const Employee &e` (a parameter
            // or a range-for's variable, the nearest above).
            Language::C => (
                format!(
                    r"(?:^|[(,;]\s*|^\s*)(?P<kw>const\s+)(?:(?:unsigned|signed|long|short|struct|class)\s+)*[\w:]+(?:\s*<[^;()]*>)?\s*[&*]?\s*[&*]?\s*{name}\s*(?:[=:;,)\[{{]|$)"
                ),
                "const",
                "",
            ),
            Language::Java => (
                format!(
                    r"^\s*(?:(?:private|protected|public|static)\s+)*(?P<kw>final\s+)(?:(?:static|transient|volatile)\s+)*[\w<>\[\],.? ]+\s+{name}\s*(?:=|;)"
                ),
                "final",
                "",
            ),
            _ => (
                format!(r"^\s*(?:export\s+)?(?P<kw>const)\s+{name}\s*(?::[^=]+)?="),
                "const",
                "let",
            ),
        };
        let declaration = Regex::new(&declaration).expect("valid declaration");
        // Java's field is anywhere in the class; a JavaScript `const` is above its use.
        let search_from = match language {
            Language::Java => lines.len() - 1,
            _ => line,
        };
        let Some((start, found)) = declaration_above(&lines, search_from, &declaration) else {
            continue;
        };
        let kw = found.name("kw").expect("kw group");
        generated.extend(plan(
            context,
            text,
            format!(
                "Declare `{}` without `{keyword}`{}",
                name.replace('\\', ""),
                match replacement {
                    "" => String::new(),
                    r => format!(" (`{r}`)"),
                }
            ),
            keyword,
            TextEdit {
                start: start + kw.start(),
                end: start + kw.end(),
                expected: kw.as_str().to_string(),
                replacement: replacement.to_string(),
            },
        ));
        break;
    }
    generated
}

/// Whether the function `call` (`loadInventory(`, `store.load(`) calls is declared `async` in
/// `text`.
fn declared_async(text: &str, call: &str) -> bool {
    let name = call
        .trim_end_matches('(')
        .rsplit('.')
        .next()
        .unwrap_or_default();
    let name = regex::escape(name);
    Regex::new(&format!(
        r"async\s+function\s*\*?\s*{name}\b|\b{name}\s*[:=]\s*async\b|^\s*(?:static\s+)?async\s+{name}\s*\("
    ))
    .is_ok_and(|declared| text.lines().any(|line| declared.is_match(line)))
}

fn not_awaited(context: &Context<'_>, text: &str) -> Vec<Generated> {
    let message = context.occurrence.message.as_str();
    let language = context.occurrence.tool.language();
    // The type says it is a promise or coroutine; or Node's value is not what the code reads of
    // it (`Cannot read properties of undefined (reading 'filter')` on `inv.items.filter`), which
    // a promise explains only when the call that made it is of a function declared `async`.
    let callee_must_be_async = match language {
        Language::JavaScript if message.contains("type 'Promise<") => false,
        Language::Python if message.contains("'coroutine'") => false,
        Language::JavaScript
            if message.contains("Cannot read properties of undefined")
                || message.ends_with(" is not a function")
                || message.ends_with(" is not iterable") =>
        {
            true
        }
        _ => return Vec::new(),
    };
    let Some(line) = context.occurrence.line.map(|l| l as usize - 1) else {
        return Vec::new();
    };
    let lines = lines(text);
    let Some(&(_, this)) = lines.get(line) else {
        return Vec::new();
    };
    // The names the error's line uses, each looked up where it was assigned a call's result.
    static WORD: OnceLock<Regex> = OnceLock::new();
    let word = WORD.get_or_init(|| Regex::new(r"[A-Za-z_$][\w$]*").unwrap());
    for used in word.find_iter(this) {
        let name = regex::escape(used.as_str());
        let declaration = match language {
            Language::Python => format!(r"^\s*{name}\s*(?::[^=]+)?=\s*(?P<call>[\w.]+\()"),
            _ => {
                format!(r"^\s*(?:(?:const|let|var)\s+)?{name}\s*(?::[^=]+)?=\s*(?P<call>[\w.$]+\()")
            }
        };
        let declaration = Regex::new(&declaration).expect("valid declaration");
        let Some((start, found)) = declaration_above(&lines, line, &declaration) else {
            continue;
        };
        let call = found.name("call").expect("call group");
        if callee_must_be_async && !declared_async(text, call.as_str()) {
            continue;
        }
        let declared_at = lines.iter().position(|(s, _)| *s == start).unwrap_or(0);
        // The function around the declaration: the nearest function header above it indented
        // less.
        let own = indent_of(lines[declared_at].1);
        let header = |l: &str| match language {
            Language::Python => l.trim_start().starts_with("def ") || l.contains("async def "),
            _ => l.contains("function") || l.contains("=>"),
        };
        let function = (0..declared_at)
            .rev()
            .map(|i| lines[i].1)
            .find(|l| !l.trim().is_empty() && indent_of(l) < own && header(l));
        if !function.is_some_and(|l| l.contains("async ")) {
            return Vec::new();
        }
        return plan(
            context,
            text,
            format!("Await `{}`", call.as_str().trim_end_matches('(')),
            "await",
            TextEdit {
                start: start + call.start(),
                end: start + call.start(),
                expected: String::new(),
                replacement: "await ".to_string(),
            },
        )
        .into_iter()
        .collect();
    }
    Vec::new()
}

/// The fixes at the declaration of the variable the error is about.
pub fn repairs(context: &Context<'_>) -> Vec<Generated> {
    let Some((_, text)) = context.error_file() else {
        return Vec::new();
    };
    let mut generated = constant_assigned(context, &text);
    generated.extend(not_awaited(context, &text));
    generated.extend(undeclared_assigned(context, &text));
    generated
}

fn undeclared_assigned(context: &Context<'_>, text: &str) -> Vec<Generated> {
    static NOT_DEFINED: OnceLock<Regex> = OnceLock::new();
    let not_defined = NOT_DEFINED.get_or_init(|| {
        Regex::new(r"^(?:ReferenceError: )?(?P<name>[\w$]+) is not defined$").unwrap()
    });
    if context.occurrence.tool.language() != Language::JavaScript {
        return Vec::new();
    }
    let Some(name) = not_defined
        .captures(&context.occurrence.message)
        .map(|c| c["name"].to_string())
    else {
        return Vec::new();
    };
    let Some(line) = context.occurrence.line.map(|l| l as usize - 1) else {
        return Vec::new();
    };
    let lines = lines(text);
    let Some(&(start, code)) = lines.get(line) else {
        return Vec::new();
    };
    // The statement starts with the assignment (`total = 0;`, not `a.total = 0` or `x == y`).
    let Ok(assignment) = Regex::new(&format!(r"^\s*{}\s*=[^=>]", regex::escape(&name))) else {
        return Vec::new();
    };
    if !assignment.is_match(code) {
        return Vec::new();
    }
    let at = start + (code.len() - code.trim_start().len());
    let mut generated: Vec<Generated> = plan(
        context,
        text,
        format!("Declare `{name}` with `let`"),
        "let",
        TextEdit::insertion(at, "let ".to_string()),
    )
    .into_iter()
    .collect();
    for found in &mut generated {
        found.plan.prior = 0.5;
    }
    generated
}
