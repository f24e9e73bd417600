//! An unused local variable that the build treats as an error (Go's "declared and not used",
//! gcc's `-Werror=unused-variable`, TypeScript's `noUnusedLocals`): its declaration deleted —
//! only when that cannot change what the program does or hide a typo:
//!
//! - the declaration is one statement alone on the error's line, declaring only that name;
//! - the name appears nowhere else in the file (a later assignment, a shadowing use);
//! - its initializer has no side effect: literals, names, members, operators, and calls only of
//!   functions known to be pure (`len`, `Date.now`, `strlen`);
//! - no other name in the file is a plausible typo of it: Go reports the correctly spelt twin of
//!   a misspelt variable as unused, and there the misspelling is what needs fixing.
//!
//! In Go, one of several names an assignment declares (`p, err := strconv.Atoi(r)`) becomes the
//! blank `_` instead, on the same conditions but the initializer's: the call stays.

use std::sync::OnceLock;

use regex::Regex;

use super::distance::closeness;
use super::known_names;
use super::place::words_in;
use super::{edit_plan, Context, Generated, Generator};
use crate::fix::{line_range, TextEdit};
use crate::occurrence::Language;

/// Below the did-you-mean and import fixes: when a typo left its twin unused, fixing the typo
/// comes first (one fix per file per round).
const PRIOR: f64 = 0.5;

/// The wordings of an unused-local error, with the name.
fn wordings() -> &'static [Regex] {
    static CELL: OnceLock<Vec<Regex>> = OnceLock::new();
    CELL.get_or_init(|| {
        [
            r"^unused variable [‘'](?P<name>\w+)[’']",
            r"^(?P<name>\w+) declared (?:but|and) not used$",
            r"^declared and not used: (?P<name>\w+)$",
            r"^'(?P<name>\w+)' is declared but its value is never read\.?$",
        ]
        .iter()
        .map(|source| Regex::new(source).expect("valid unused wording"))
        .collect()
    })
}

/// A declaration of `name` alone on a line, per language; `init` is the initializer, if any.
fn declaration(language: Language, name: &str) -> Option<Regex> {
    let name = regex::escape(name);
    let source = match language {
        Language::C => format!(
            r"^\s*(?:(?:const|static|volatile|unsigned|signed|long|short|struct|enum)\s+)*[A-Za-z_][\w:]*(?:\s*<[\w:<>, *&]*>)?[\s*&]+{name}\s*(?:\[[^\]]*\]\s*)*(?:=\s*(?P<init>[^;]*?)|\{{(?P<brace>[^;]*)\}})?\s*;\s*(?://.*)?$"
        ),
        Language::Go => format!(
            r"^\s*(?:{name}\s*:=\s*(?P<init>.+?)|var\s+{name}(?:\s+[\w.\[\]*]+)?(?:\s*=\s*(?P<init2>.+?))?)\s*(?://.*)?$"
        ),
        Language::JavaScript => format!(
            r"^\s*(?:const|let|var)\s+{name}(?:\s*:\s*[\w.<>\[\]|, ]+)?(?:\s*=\s*(?P<init>.+?))?\s*;?\s*(?://.*)?$"
        ),
        _ => return None,
    };
    Regex::new(&source).ok()
}

/// Functions whose call has no effect but its value.
const PURE_CALLS: &[&str] = &[
    "len",
    "cap",
    "now",
    "Now",
    "sizeof",
    "strlen",
    "size",
    "length",
    "abs",
    "min",
    "max",
    "Number",
    "String",
    "Boolean",
    "parseInt",
    "parseFloat",
    "make",
];

/// Whether a comma outside brackets follows: `int a = 0, b = 1;` declares more than one name.
fn declares_more(init: &str) -> bool {
    let mut depth = 0i32;
    for byte in init.bytes() {
        match byte {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b',' if depth <= 0 => return true,
            _ => {}
        }
    }
    false
}

/// Whether evaluating `init` can do nothing but produce a value.
fn side_effect_free(init: &str) -> bool {
    if init.contains("++")
        || init.contains("--")
        || init.contains("<-")
        || init.contains("await")
        || init.contains("yield")
    {
        return false;
    }
    // An assignment inside (`x = y = 0`), but not a comparison.
    let bytes = init.as_bytes();
    for (index, &byte) in bytes.iter().enumerate() {
        if byte == b'=' {
            let before = index.checked_sub(1).map(|i| bytes[i]);
            let after = bytes.get(index + 1).copied();
            let comparison = matches!(before, Some(b'=' | b'!' | b'<' | b'>'))
                || after == Some(b'=')
                || after == Some(b'>');
            if !comparison {
                return false;
            }
        }
    }
    // Every call is of a pure function; `new` only of the builtin containers.
    static CALL: OnceLock<Regex> = OnceLock::new();
    let call = CALL.get_or_init(|| Regex::new(r"(?P<new>new\s+)?(?P<callee>[\w$]+)\s*\(").unwrap());
    call.captures_iter(init).all(|found| {
        let callee = &found["callee"];
        match found.name("new") {
            Some(_) => matches!(callee, "Map" | "Set" | "Array" | "Date" | "Object"),
            None => PURE_CALLS.contains(&callee),
        }
    })
}

/// The bare names of `text` one edit from `name` (not keywords, not members or qualified
/// names like `std::cout`), once per use.
fn close_bare_words<'t>(text: &'t str, name: &'t str) -> impl Iterator<Item = &'t str> + 't {
    let bytes = text.as_bytes();
    let mut index = 0;
    std::iter::from_fn(move || {
        while index < bytes.len() {
            if !(bytes[index].is_ascii_alphabetic() || bytes[index] == b'_') {
                index += 1;
                continue;
            }
            let start = index;
            while index < bytes.len()
                && (bytes[index].is_ascii_alphanumeric() || bytes[index] == b'_')
            {
                index += 1;
            }
            let word = &text[start..index];
            let qualified = text[..start].ends_with('.') || text[..start].ends_with("::");
            if !qualified
                && !known_names::is_keyword(word)
                && closeness(name, word).is_some_and(|d| d <= 1)
            {
                return Some(word);
            }
        }
        None
    })
}

/// Whether a bare name one edit from `name` is in `text`: the misspelling that left `name`
/// unused.
fn has_twin(text: &str, name: &str) -> bool {
    close_bare_words(text, name).next().is_some()
}

/// The bare name one edit from `name` that `text` uses most, at least twice (the spelling the
/// code meant, when `name` is declared once and never used).
fn twin_of(text: &str, name: &str) -> Option<String> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for word in close_bare_words(text, name) {
        *counts.entry(word).or_default() += 1;
    }
    // Used more than the once it is declared: a single use is as likely the misspelling.
    counts
        .into_iter()
        .filter(|(_, uses)| *uses >= 2)
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(word, _)| word.to_string())
}

/// A variable declared once under a misspelling of the name the code then uses (`reslt :=` and
/// `result` below, undefined): the declaration renamed — one edit, where renaming every use to
/// the misspelling would spread it.
fn renamed_declaration(context: &Context<'_>, name: &str) -> Option<Generated> {
    let (path, text) = context.error_file()?;
    if words_in(&text, 0, text.len(), name).len() != 1 {
        return None;
    }
    let twin = twin_of(&text, name)?;
    let (line_start, line_end) = line_range(&text, context.occurrence.line?)?;
    let found = words_in(&text, line_start, line_end, name);
    let [(start, end)] = found.as_slice() else {
        return None;
    };
    Some(Generated {
        plan: edit_plan(
            format!("Rename `{name}` to `{twin}`, the name the code uses"),
            context.fix_key(Generator::UnusedRemoval, "twin", 0),
            // Above did-you-mean's renaming of the uses to the misspelling.
            0.64,
            &path,
            &text,
            vec![TextEdit {
                start: *start,
                end: *end,
                expected: name.to_string(),
                replacement: twin,
            }],
        ),
        generator: Generator::UnusedRemoval,
    })
}

/// The declaration of the unused variable deleted, when that is safe.
pub fn removals(context: &Context<'_>) -> Vec<Generated> {
    let occurrence = context.occurrence;
    let Some(name) = wordings()
        .iter()
        .find_map(|regex| regex.captures(&occurrence.message))
        .map(|c| c["name"].to_string())
    else {
        return Vec::new();
    };
    let language = occurrence.tool.language();
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let Some((line_start, line_end)) = occurrence.line.and_then(|l| line_range(&text, l)) else {
        return Vec::new();
    };
    let line = &text[line_start..line_end];
    if has_twin(&text, &name) {
        return renamed_declaration(context, &name).into_iter().collect();
    }
    if language == Language::Go {
        if let Some(blanked) =
            blanked_in_assignment(line, &name).or_else(|| blanked_in_range(line, &name))
        {
            if words_in(&text, 0, text.len(), &name).len() != 1 || has_twin(&text, &name) {
                return Vec::new();
            }
            return vec![Generated {
                plan: edit_plan(
                    format!("Assign the unused `{name}` to `_`"),
                    context.fix_key(Generator::UnusedRemoval, "blank", 0),
                    PRIOR,
                    &path,
                    &text,
                    vec![TextEdit {
                        start: line_start,
                        end: line_end,
                        expected: line.to_string(),
                        replacement: blanked,
                    }],
                ),
                generator: Generator::UnusedRemoval,
            }];
        }
    }
    let Some(declared) = declaration(language, &name) else {
        return Vec::new();
    };
    let Some(found) = declared.captures(line.trim_end_matches(['\r', '\n'])) else {
        return Vec::new();
    };
    let init = ["init", "init2", "brace"]
        .iter()
        .find_map(|group| found.name(group))
        .map(|m| m.as_str())
        .unwrap_or("");
    if declares_more(init) || !side_effect_free(init) {
        return Vec::new();
    }
    if words_in(&text, 0, text.len(), &name).len() != 1 {
        return Vec::new();
    }
    if has_twin(&text, &name) {
        return Vec::new();
    }
    // The whole line goes, with its line break.
    let end = match text[line_end..].starts_with("\r\n") {
        true => line_end + 2,
        false if text[line_end..].starts_with('\n') => line_end + 1,
        false => line_end,
    };
    vec![Generated {
        plan: edit_plan(
            format!("Delete the unused variable `{name}`"),
            context.fix_key(Generator::UnusedRemoval, "variable", 0),
            PRIOR,
            &path,
            &text,
            vec![TextEdit {
                start: line_start,
                end,
                expected: text[line_start..end].to_string(),
                replacement: String::new(),
            }],
        ),
        generator: Generator::UnusedRemoval,
    }]
}

/// Go's `p, err := f()` with `err` unused: `p, _ := f()` (and `=` when no name is left to
/// declare: `_, _ = f()`); `None` unless `name` is one of several names assigned on the line.
fn blanked_in_assignment(line: &str, name: &str) -> Option<String> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let assignment = CELL.get_or_init(|| {
        Regex::new(r"^(?P<indent>\s*)(?P<names>[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+)\s*(?P<op>:?=)(?P<rest>[^=].*)$")
            .expect("valid assignment regex")
    });
    let found = assignment.captures(line)?;
    let names: Vec<&str> = found["names"].split(',').map(str::trim).collect();
    if names.iter().filter(|n| **n == name).count() != 1 {
        return None;
    }
    let blanked: Vec<&str> = names
        .iter()
        .map(|n| if *n == name { "_" } else { n })
        .collect();
    let op = match blanked.iter().all(|n| *n == "_") {
        true => "=",
        false => &found["op"],
    };
    Some(format!(
        "{}{} {op}{}",
        &found["indent"],
        blanked.join(", "),
        &found["rest"]
    ))
}

/// A Go `for` clause without the unused key or value it declares: `for i, s := range xs` →
/// `for _, s := range xs`, `for k, v := range m` → `for k := range m`, `for i := range xs` →
/// `for range xs`.
fn blanked_in_range(line: &str, name: &str) -> Option<String> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let clause = CELL.get_or_init(|| {
        Regex::new(r"^(?P<indent>\s*)for\s+(?P<key>[A-Za-z_]\w*)(?:\s*,\s*(?P<value>[A-Za-z_]\w*))?\s*:=\s*range\s+(?P<rest>.*)$")
            .expect("valid range regex")
    });
    let found = clause.captures(line)?;
    let (indent, key, rest) = (&found["indent"], &found["key"], &found["rest"]);
    let kept = match found.name("value").map(|v| v.as_str()) {
        Some(value) if key == name && value != name => format!("_, {value} :="),
        Some(value) if value == name && key != name && key != "_" => format!("{key} :="),
        Some(value) if value == name && key == "_" => String::new(),
        None if key == name => String::new(),
        _ => return None,
    };
    Some(match kept.is_empty() {
        true => format!("{indent}for range {rest}"),
        false => format!("{indent}for {kept} range {rest}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unused_range_key_or_value_is_dropped_or_blanked() {
        assert_eq!(
            blanked_in_range("\tfor i, s := range students {", "i").as_deref(),
            Some("\tfor _, s := range students {")
        );
        assert_eq!(
            blanked_in_range("\tfor k, v := range m {", "v").as_deref(),
            Some("\tfor k := range m {")
        );
        assert_eq!(
            blanked_in_range("\tfor i := range xs {", "i").as_deref(),
            Some("\tfor range xs {")
        );
        assert_eq!(blanked_in_range("\tfor i := 0; i < n; i++ {", "i"), None);
        assert_eq!(blanked_in_range("\tfor k, v := range m {", "x"), None);
    }

    #[test]
    fn an_unused_name_among_several_assigned_becomes_the_blank() {
        assert_eq!(
            blanked_in_assignment("\tp, err := strconv.Atoi(r)", "err").as_deref(),
            Some("\tp, _ := strconv.Atoi(r)")
        );
        assert_eq!(
            blanked_in_assignment("\t_, err := f()", "err").as_deref(),
            Some("\t_, _ = f()")
        );
        assert_eq!(blanked_in_assignment("\terr := f()", "err"), None);
        assert_eq!(blanked_in_assignment("\tif a, b == c {", "a"), None);
    }

    #[test]
    fn reads_the_unused_wordings_of_gcc_go_and_tsc() {
        // gcc 12 -Werror, go 1.19 and 1.20+, tsc with noUnusedLocals.
        for (message, name) in [
            ("unused variable ‘tmp’", "tmp"),
            ("count declared but not used", "count"),
            ("declared and not used: count", "count"),
            (
                "'started' is declared but its value is never read.",
                "started",
            ),
        ] {
            let found = wordings().iter().find_map(|r| r.captures(message));
            assert_eq!(found.map(|c| c["name"].to_string()).as_deref(), Some(name));
        }
    }

    #[test]
    fn only_a_side_effect_free_initializer_may_go() {
        for pure in [
            "0",
            "len(orders)",
            "Date.now()",
            "new Map()",
            "a == b",
            "x.y + 1",
            "",
        ] {
            assert!(side_effect_free(pure), "{pure}");
        }
        for effect in [
            "read_input()",
            "i++",
            "<-ch",
            "await f()",
            "x = 1",
            "new Worker()",
        ] {
            assert!(!side_effect_free(effect), "{effect}");
        }
    }

    #[test]
    fn a_bare_name_one_edit_away_is_a_twin_but_a_qualified_one_is_not() {
        assert!(has_twin("total := 0\ntotl += x\n", "total"));
        assert!(!has_twin("int count = 0;\nstd::cout << 1;\n", "count"));
        assert!(!has_twin("const count = 0;\n", "count"));
    }

    #[test]
    fn declarations_alone_on_their_line() {
        let c = declaration(Language::C, "count").unwrap();
        assert!(c.is_match("    int count = 0;"));
        assert!(c.is_match("    char count[8];"));
        let init = c.captures("    int count = 0, other;").unwrap()["init"].to_string();
        assert!(declares_more(&init));
        assert!(!declares_more("f(a, b)"));
        let go = declaration(Language::Go, "count").unwrap();
        assert!(go.is_match("\tcount := len(orders)"));
        assert!(!go.is_match("\tcount, err := f()"));
        let ts = declaration(Language::JavaScript, "started").unwrap();
        assert!(ts.is_match("  const started = Date.now();"));
        assert!(!ts.is_match("  const { started } = x;"));
    }
}
