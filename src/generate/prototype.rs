//! A C function defined in another file of the project and declared in no header: gcc's
//! `implicit declaration of function ‘ledger_balance’` where `ledger.c` defines it and the
//! caller includes `ledger.h`. Its prototype — the definition's head up to its `)`, with a `;` —
//! goes into the header beside the definition, after the header's last prototype (or before its
//! closing `#endif`), so every file that includes the header sees it.

use std::path::{Path, PathBuf};

use regex::Regex;

use super::missing::{Missing, MissingThing};
use super::{edit_plan, Context, Generated, Generator};
use crate::fix::TextEdit;
use crate::occurrence::Language;

const PRIOR: f64 = 0.55;

/// The one non-`static` definition of `name` in the project's `.c` files: its file and head
/// (`long ledger_balance(const struct ledger *l, const char *account)`).
fn definition(context: &Context<'_>, name: &str) -> Option<(PathBuf, String)> {
    let head = Regex::new(&format!(
        r"(?m)^(?P<head>[A-Za-z_][\w \t*]*?\b{}\s*\([^;{{)]*\))\s*\{{",
        regex::escape(name)
    ))
    .ok()?;
    let mut found = Vec::new();
    let (caller, _) = context.error_file()?;
    for path in super::imports::near_files(&caller, &["c"]) {
        if path == caller {
            continue;
        }
        let Some(text) = context.files.read(&path) else {
            continue;
        };
        for captures in head.captures_iter(&text) {
            let head = captures["head"].trim().to_string();
            if !head.starts_with("static ") {
                found.push((path.clone(), head));
            }
        }
    }
    match found.len() {
        1 => found.pop(),
        _ => None,
    }
}

/// Where a new prototype goes in `header`: after its last line that ends a prototype (`);`),
/// else before its last `#endif`, else at its end.
fn insertion_point(header: &str) -> usize {
    let mut after_prototype = None;
    let mut before_endif = None;
    let mut at = 0;
    for line in header.split_inclusive('\n') {
        let code = line.trim();
        if code.ends_with(");") && !code.starts_with('#') {
            after_prototype = Some(at + line.len());
        }
        if code.starts_with("#endif") {
            before_endif = Some(at);
        }
        at += line.len();
    }
    after_prototype.or(before_endif).unwrap_or(header.len())
}

pub fn repairs(context: &Context<'_>, missing: &MissingThing) -> Vec<Generated> {
    let occurrence = context.occurrence;
    if missing.kind != Missing::Name
        || occurrence.tool.language() != Language::C
        || !occurrence
            .message
            .contains("implicit declaration of function")
    {
        return Vec::new();
    }
    let Some((_, caller)) = context.error_file() else {
        return Vec::new();
    };
    let Some((source, head)) = definition(context, &missing.name) else {
        return Vec::new();
    };
    let header_path = source.with_extension("h");
    let Some(header) = context.files.read(&header_path) else {
        return Vec::new();
    };
    let header_name = header_path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if !caller.contains(&format!("#include \"{header_name}\""))
        && !caller.contains(&format!("/{header_name}\""))
    {
        return Vec::new();
    }
    let at = insertion_point(&header);
    let prefix = match at > 0 && !header[..at].ends_with('\n') {
        true => "\n",
        false => "",
    };
    vec![Generated {
        plan: edit_plan(
            format!("Declare `{}` in `{header_name}`", missing.name),
            context.fix_key(Generator::Declaration, "prototype", 0),
            PRIOR,
            Path::new(&header_path),
            &header,
            vec![TextEdit::insertion(at, format!("{prefix}{head};\n"))],
        ),
        generator: Generator::Declaration,
    }]
}

#[cfg(test)]
mod tests {
    use super::insertion_point;

    #[test]
    fn a_prototype_goes_after_the_last_one_or_before_the_guard_ends() {
        let header = "#ifndef L_H\n#define L_H\nint add(int a);\n\n#endif\n";
        assert_eq!(
            &header[..insertion_point(header)],
            "#ifndef L_H\n#define L_H\nint add(int a);\n"
        );
        let header = "#ifndef L_H\n#define L_H\nstruct l { int n; };\n#endif\n";
        assert_eq!(&header[insertion_point(header)..], "#endif\n");
    }
}
