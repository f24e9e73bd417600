//! A function a CommonJS module declares but leaves out of its `module.exports = { … }`: Node's
//! `TypeError: formatCents is not a function`, where the file took `formatCents` from
//! `require("./money")` by destructuring, gets the name added to `./money`'s exports object —
//! when that module declares it at its top level.

use std::sync::OnceLock;

use regex::Regex;

use super::visibility::module_file;
use super::{edit_plan, Context, Generated, Generator};
use crate::fix::TextEdit;
use crate::occurrence::Language;

const PRIOR: f64 = 0.55;

pub fn repairs(context: &Context<'_>) -> Vec<Generated> {
    static NOT_A_FUNCTION: OnceLock<Regex> = OnceLock::new();
    static REQUIRED: OnceLock<Regex> = OnceLock::new();
    static EXPORTS: OnceLock<Regex> = OnceLock::new();
    if context.occurrence.tool.language() != Language::JavaScript {
        return Vec::new();
    }
    let not_a_function = NOT_A_FUNCTION.get_or_init(|| {
        Regex::new(r"^(?:TypeError: )?(?P<name>[\w$]+) is not a function$").unwrap()
    });
    let required = REQUIRED.get_or_init(|| {
        Regex::new(r#"(?:const|let|var)\s*\{(?P<names>[^}]*)\}\s*=\s*require\(\s*['"](?P<module>\.{1,2}/[^'"]+)['"]\s*\)"#).unwrap()
    });
    let exports = EXPORTS
        .get_or_init(|| Regex::new(r"(?m)^module\.exports\s*=\s*\{(?P<items>[^}]*)\}").unwrap());
    let Some(name) = not_a_function
        .captures(&context.occurrence.message)
        .map(|c| c["name"].to_string())
    else {
        return Vec::new();
    };
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let Some(module) = required.captures_iter(&text).find_map(|found| {
        let takes_it = found["names"].split(',').any(|n| n.trim() == name);
        takes_it.then(|| found["module"].to_string())
    }) else {
        return Vec::new();
    };
    let Some(module_path) = module_file(&path, &module) else {
        return Vec::new();
    };
    let Some(module_text) = context.files.read(&module_path) else {
        return Vec::new();
    };
    let escaped = regex::escape(&name);
    let declared = Regex::new(&format!(
        r"(?m)^(?:async\s+)?function\s*\*?\s*{escaped}\s*\(|^(?:const|let|var)\s+{escaped}\s*="
    ))
    .expect("valid declaration");
    let Some(items) = exports
        .captures(&module_text)
        .and_then(|found| found.name("items"))
    else {
        return Vec::new();
    };
    let word = Regex::new(&format!(r"(?:^|[^\w$]){escaped}(?:$|[^\w$])")).expect("valid word");
    if !declared.is_match(&module_text) || word.is_match(items.as_str()) {
        return Vec::new();
    }
    let listed = items.as_str().trim_end();
    let at = items.start() + listed.len();
    let replacement = match (
        listed.trim().is_empty(),
        listed.ends_with(','),
        listed.contains('\n'),
    ) {
        (true, _, _) => format!(" {name} "),
        (false, true, true) => {
            let last_line = listed.rsplit('\n').next().unwrap_or_default();
            let indent = &last_line[..last_line.len() - last_line.trim_start().len()];
            format!("\n{indent}{name},")
        }
        (false, true, false) => format!(" {name}"),
        (false, false, _) => format!(", {name}"),
    };
    vec![Generated {
        plan: edit_plan(
            format!("Export `{name}` from `{module}` (`module.exports`)"),
            context.fix_key(Generator::Visibility, "module-exports", 0),
            PRIOR,
            &module_path,
            &module_text,
            vec![TextEdit::insertion(at, replacement)],
        ),
        generator: Generator::Visibility,
    }]
}
