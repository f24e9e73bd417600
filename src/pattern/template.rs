//! `{name}` placeholders in pattern titles, fixes and regexes: listing and filling them.
//! `{{` and `}}` stand for literal braces.

/// Placeholders every template may use besides the pattern's captures.
pub const BUILTIN_PLACEHOLDERS: &[&str] = &["file", "line", "column", "code"];

/// The placeholder names used in `text`, in order.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    scan(text, |piece| {
        if let Piece::Placeholder(name) = piece {
            names.push(name.to_string());
        }
    });
    names
}

/// `text` with each `{name}` replaced by `value(name)`; unknown names are left as written.
pub fn render_template(text: &str, value: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len());
    scan(text, |piece| match piece {
        Piece::Text(text) => out.push_str(text),
        Piece::Placeholder(name) => match value(name) {
            Some(value) => out.push_str(&value),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        },
    });
    out
}

enum Piece<'a> {
    Text(&'a str),
    Placeholder(&'a str),
}

fn scan<'a>(text: &'a str, mut each: impl FnMut(Piece<'a>)) {
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        each(Piece::Text(&rest[..open]));
        let after = &rest[open + 1..];
        if rest[open..].starts_with("{{") {
            each(Piece::Text("{"));
            rest = &rest[open + 2..];
        } else if rest[open..].starts_with("}}") {
            each(Piece::Text("}"));
            rest = &rest[open + 2..];
        } else if rest[open..].starts_with('{') {
            match after.find('}') {
                Some(close) if is_name(&after[..close]) => {
                    each(Piece::Placeholder(&after[..close]));
                    rest = &after[close + 1..];
                }
                _ => {
                    // A regex quantifier such as `{2,3}` is not a placeholder.
                    each(Piece::Text("{"));
                    rest = after;
                }
            }
        } else {
            each(Piece::Text("}"));
            rest = after;
        }
    }
    each(Piece::Text(rest));
}

fn is_name(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_names_and_keeps_quantifiers_and_escapes() {
        assert_eq!(placeholders("use {path}::{name};"), vec!["path", "name"]);
        assert!(placeholders(r"\d{2,3}x{{y}}").is_empty());
        let filled = render_template("use {a}; {{b}} {missing} \\d{2}", &|name| {
            (name == "a").then(|| "std".to_string())
        });
        assert_eq!(filled, "use std; {b} {missing} \\d{2}");
    }
}
