//! A second lesson of the same shape generalises the first (anti-unification, as in Getafix):
//! the two patterns are compared token by token — the message regex, and each edit's `find`,
//! `replace` and `insert` — and where they differ only in a name, the name becomes a variable.
//! A name that differs in the message becomes a capture of the message; one that differs only
//! in the old code becomes a named group of `find`, and the replacement uses it. Anything else
//! that differs (a different replacement text, another anchor) means the two are not the same
//! regularity, and nothing is merged. Both specific patterns are kept; the general one is
//! tried after them.

use super::lesson::{learned_id, LEARNED_PRIOR};
use crate::pattern::{EditTemplate, PatternSpec};

/// One token of a regex or a template: a capture group, a placeholder, a name, or one
/// character (with its escape).
fn tokens(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let rest = &text[at..];
        let length = if rest.starts_with("(?P<") {
            // Up to the matching parenthesis.
            let mut depth = 0usize;
            let mut end = rest.len();
            let mut escaped = false;
            for (index, c) in rest.char_indices() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            end = index + 1;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            end
        } else if rest.starts_with("{{") || rest.starts_with("}}") {
            2
        } else if rest.starts_with('{')
            && rest.find('}').is_some_and(|close| is_name(&rest[1..close]))
        {
            rest.find('}').unwrap_or(0) + 1
        } else if bytes[at].is_ascii_alphanumeric() || bytes[at] == b'_' {
            rest.bytes()
                .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))
                .unwrap_or(rest.len())
        } else if bytes[at] == b'\\' && rest.len() > 1 {
            1 + rest[1..].chars().next().map_or(0, char::len_utf8)
        } else {
            rest.chars().next().map_or(1, char::len_utf8)
        };
        out.push(&text[at..at + length]);
        at += length;
    }
    out
}

fn is_name(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn is_word(token: &str) -> bool {
    token
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The variables found so far: `(value in a, value in b, name)`.
#[derive(Default)]
struct Variables {
    message: Vec<(String, String, String)>,
    context: Vec<(String, String, String)>,
}

/// The general pattern of `a` and `b`, when they are one regularity with other names.
pub fn generalise(a: &PatternSpec, b: &PatternSpec) -> Option<PatternSpec> {
    if a.language != b.language || a.codes != b.codes || a.fixes.len() != 1 || b.fixes.len() != 1 {
        return None;
    }
    let (fix_a, fix_b) = (&a.fixes[0], &b.fixes[0]);
    if fix_a.edits.len() != fix_b.edits.len() || fix_a.command.is_some() || fix_b.command.is_some()
    {
        return None;
    }
    let mut variables = Variables::default();
    // The message: differing names become captures.
    let (message_a, message_b) = (tokens(&a.message), tokens(&b.message));
    if message_a.len() != message_b.len() {
        return None;
    }
    let mut message = String::new();
    for (x, y) in message_a.iter().zip(&message_b) {
        if x == y {
            message.push_str(x);
        } else if is_word(x) && is_word(y) {
            let name = format!("g{}", variables.message.len() + 1);
            message.push_str(&format!("(?P<{name}>[A-Za-z_][A-Za-z0-9_]*)"));
            variables.message.push((x.to_string(), y.to_string(), name));
        } else {
            return None;
        }
    }
    if variables.message.is_empty() {
        return None;
    }
    let mut edits = Vec::new();
    for (x, y) in fix_a.edits.iter().zip(&fix_b.edits) {
        if x.at != y.at || x.file != y.file || x.after != y.after {
            return None;
        }
        let find = both(&x.find, &y.find, |p, q| {
            merge_text(p, q, &mut variables, Role::Find)
        })?;
        let replace = both(&x.replace, &y.replace, |p, q| {
            merge_text(p, q, &mut variables, Role::Replace)
        })?;
        let insert = both(&x.insert, &y.insert, |p, q| {
            merge_text(p, q, &mut variables, Role::Replace)
        })?;
        let unless = both(&x.unless, &y.unless, |p, q| {
            merge_text(p, q, &mut variables, Role::Unless)
        })?;
        edits.push(EditTemplate {
            at: x.at,
            file: x.file.clone(),
            find,
            replace,
            insert,
            after: x.after.clone(),
            unless,
        });
    }
    let mut general = PatternSpec {
        id: String::new(),
        message,
        title: "Learned (generalised from two fixes)".to_string(),
        explanation: format!(
            "selfheal generalised this fix from two changes people made after errors of the \
             same kind, with other names: `{}` and `{}`. It is tried after the fixes learned \
             for those exact errors, verified by running the command again, and loses \
             confidence when it does not work. Remove it with `selfheal patterns forget ID`.",
            plain(&fix_a.title),
            plain(&fix_b.title)
        )
        .replace('{', "{{")
        .replace('}', "}}"),
        fixes: vec![crate::pattern::FixTemplate {
            title: format!("{} (generalised)", generic_title(&fix_a.title, &variables)),
            confidence: LEARNED_PRIOR - 0.1,
            edits,
            command: None,
            suggestion: false,
            generator: None,
        }],
        ..a.clone()
    };
    general.id = learned_id(&general);
    Some(general)
}

fn plain(title: &str) -> String {
    title.replace("{{", "{").replace("}}", "}")
}

/// The first lesson's title with its names replaced by their variables.
fn generic_title(title: &str, variables: &Variables) -> String {
    let mut out = String::new();
    for token in tokens(title) {
        match variables
            .message
            .iter()
            .chain(&variables.context)
            .find(|(a, _, _)| a == token)
        {
            Some((_, _, name)) => out.push_str(&format!("{{{name}}}")),
            None => out.push_str(token),
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A regex whose named groups the replacement may use.
    Find,
    /// A template filled in with captures and `find`'s groups.
    Replace,
    /// A regex matched on the whole file (no groups of `find` there).
    Unless,
}

fn both(
    x: &Option<String>,
    y: &Option<String>,
    merge: impl FnOnce(&str, &str) -> Option<String>,
) -> Option<Option<String>> {
    match (x, y) {
        (None, None) => Some(None),
        (Some(p), Some(q)) => merge(p, q).map(Some),
        _ => None,
    }
}

fn merge_text(x: &str, y: &str, variables: &mut Variables, role: Role) -> Option<String> {
    let (a, b) = (tokens(x), tokens(y));
    if a.len() != b.len() {
        return None;
    }
    let mut out = String::new();
    for (p, q) in a.iter().zip(&b) {
        if p == q {
            out.push_str(p);
            continue;
        }
        if !(is_word(p) && is_word(q)) {
            return None;
        }
        if let Some((_, _, name)) = variables.message.iter().find(|(m, n, _)| m == p && n == q) {
            out.push_str(&format!("{{{name}}}"));
            continue;
        }
        let known = variables
            .context
            .iter()
            .find(|(m, n, _)| m == p && n == q)
            .map(|(_, _, name)| name.clone());
        match (role, known) {
            (Role::Find, None) => {
                let name = format!("c{}", variables.context.len() + 1);
                out.push_str(&format!("(?P<{name}>[A-Za-z_][A-Za-z0-9_]*)"));
                variables.context.push((p.to_string(), q.to_string(), name));
            }
            (Role::Find | Role::Unless, Some(_)) | (Role::Unless, None) => {
                out.push_str("[A-Za-z_][A-Za-z0-9_]*")
            }
            (Role::Replace, Some(name)) => out.push_str(&format!("{{{name}}}")),
            // A name only the new text has, tied to nothing: not one regularity.
            (Role::Replace, None) => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::generalise;
    use crate::learn::lesson;
    use crate::occurrence::{Occurrence, Severity, Tool};
    use crate::pattern::Anchor;

    fn spec(message: &str, old: &str, new: &str, line: u32) -> crate::pattern::PatternSpec {
        let mut occurrence = Occurrence::new(Tool::Tsc, Severity::Error, message);
        occurrence.file = Some("/p/src/a.ts".into());
        occurrence.line = Some(line);
        occurrence.code = Some("TS2339".into());
        lesson(&occurrence, old, new).unwrap()
    }

    #[test]
    fn two_missing_awaits_on_other_calls_make_one_general_pattern() {
        let a = spec(
            "Property 'name' does not exist on type 'Promise<User>'.",
            "async function f() {\n  const user = fetchUser(1);\n  return user.name;\n}\n",
            "async function f() {\n  const user = await fetchUser(1);\n  return user.name;\n}\n",
            3,
        );
        let b = spec(
            "Property 'total' does not exist on type 'Promise<Order>'.",
            "async function g() {\n  const order = fetchOrder(2);\n  return order.total;\n}\n",
            "async function g() {\n  const order = await fetchOrder(2);\n  return order.total;\n}\n",
            3,
        );
        let general = generalise(&a, &b).expect("one regularity");
        let regex = regex::Regex::new(&general.message).unwrap();
        assert!(regex.is_match("Property 'id' does not exist on type 'Promise<Invoice>'."));
        let edit = &general.fixes[0].edits[0];
        assert_eq!(edit.at, Anchor::Near);
        let find = edit.find.as_deref().unwrap();
        assert!(find.contains("(?P<c"), "{find}");
        assert!(
            edit.replace.as_deref().unwrap().contains("await {c"),
            "{:?}",
            edit.replace
        );
    }

    #[test]
    fn two_different_renames_are_not_one_regularity() {
        let a = spec(
            "Cannot find name 'fetchUser'.",
            "const a = fetchUser(1);\n",
            "const a = getUser(1);\n",
            1,
        );
        let b = spec(
            "Cannot find name 'lenght'.",
            "const b = lenght(2);\n",
            "const b = size(2);\n",
            1,
        );
        assert!(generalise(&a, &b).is_none());
    }
}
