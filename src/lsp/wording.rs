//! Language servers' wordings read as the terminal wordings the pattern library knows.
//!
//! Patterns are written against what the tools print in a terminal. Language servers often word
//! the same error differently: Pyright says `"json" is not defined` where Python says
//! `NameError: name 'json' is not defined`, gopls 0.5 (go1.19's type checker) says `undeclared
//! name: strings` where the compiler says `undefined: strings`. Rather than doubling every
//! pattern, `bridge` maps well-known language-server wordings to the terminal wording (code and
//! message), so one pattern serves both and both land on one fingerprint. Only wordings that mean
//! exactly what the terminal wording means are bridged; a server's own findings (Pyright's
//! `"x" is possibly unbound`) keep their wording and code and have patterns of their own.
//!
//! Some wordings can only be read with the line they point at: Pyright greys out an unused
//! import with `"os" is not accessed`, the same words it uses for an unused variable, so only an
//! `import` line makes it ruff's `F401`.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::occurrence::Tool;

/// A language server's wording, and the terminal wording it stands for.
struct Wording {
    tool: Tool,
    message: &'static str,
    /// The terminal's code; `None`: the terminal prints none (the Go compiler).
    code: Option<&'static str>,
    /// Uses `$name` for the captures of `message`.
    terminal_message: &'static str,
}

/// The bridge table (see the module docs).
const LANGUAGE_SERVER_WORDINGS: &[Wording] = &[
    // Pyright / Pylance / basedpyright, reportUndefinedVariable.
    Wording {
        tool: Tool::Python,
        message: r#"^"(?P<name>[^"]+)" is not defined$"#,
        code: Some("NameError"),
        terminal_message: "name '$name' is not defined",
    },
    // Pyright, reportMissingImports / reportMissingModuleSource (a stub was found, the package
    // itself is not installed).
    Wording {
        tool: Tool::Python,
        message: r#"^Import "(?P<module>[^"]+)" could not be resolved(?: from source)?$"#,
        code: Some("ModuleNotFoundError"),
        terminal_message: "No module named '$module'",
    },
    // Pyright, reportAttributeAccessIssue on a module.
    Wording {
        tool: Tool::Python,
        message: r#"^"(?P<name>[^"]+)" is not a known attribute of module "(?P<module>[^"]+)"$"#,
        code: Some("AttributeError"),
        terminal_message: "module '$module' has no attribute '$name'",
    },
    // Pyright, reportUnusedVariable: ruff's F841 (a local variable nothing reads).
    Wording {
        tool: Tool::Python,
        message: r#"^Variable "(?P<name>\w+)" is not accessed$"#,
        code: Some("F841"),
        terminal_message: "Local variable `$name` is assigned to but never used",
    },
    // Pyright's parser, and ruff's, where Python's own words mean the same.
    Wording {
        tool: Tool::Python,
        message: r#"^Expected ":"$"#,
        code: Some("SyntaxError"),
        terminal_message: "expected ':'",
    },
    Wording {
        tool: Tool::Ruff,
        message: r"^Expected `:`, found newline$",
        code: Some("SyntaxError"),
        terminal_message: "expected ':'",
    },
    Wording {
        tool: Tool::Python,
        message: r#"^"(?P<bracket>[(\[{])" was not closed$"#,
        code: Some("SyntaxError"),
        terminal_message: "'$bracket' was never closed",
    },
    Wording {
        tool: Tool::Python,
        message: r"^String literal is unterminated$",
        code: Some("SyntaxError"),
        terminal_message: "unterminated string literal",
    },
    Wording {
        tool: Tool::Ruff,
        message: r"^missing closing quote in string literal$",
        code: Some("SyntaxError"),
        terminal_message: "unterminated string literal",
    },
    Wording {
        tool: Tool::Python,
        message: r"^Unexpected indentation$",
        code: Some("IndentationError"),
        terminal_message: "unexpected indent",
    },
    Wording {
        tool: Tool::Ruff,
        message: r"^Unexpected indentation$",
        code: Some("IndentationError"),
        terminal_message: "unexpected indent",
    },
    Wording {
        tool: Tool::Python,
        message: r"^Expected indented block$",
        code: Some("IndentationError"),
        terminal_message: "expected an indented block",
    },
    Wording {
        tool: Tool::Ruff,
        message: r"^Expected an indented block after `(?P<statement>[\w ]+)` (?P<what>statement|definition)$",
        code: Some("IndentationError"),
        terminal_message: "expected an indented block after '$statement' $what",
    },
    Wording {
        tool: Tool::Python,
        message: r"^Unindent (?:amount does not match previous indent|not expected)$",
        code: Some("IndentationError"),
        terminal_message: "unindent does not match any outer indentation level",
    },
    Wording {
        tool: Tool::Ruff,
        message: r"^unindent does not match any outer indentation level$",
        code: Some("IndentationError"),
        terminal_message: "unindent does not match any outer indentation level",
    },
    // rust-analyzer's own unresolved-module: rustc's E0583.
    Wording {
        tool: Tool::Rustc,
        message: r"^unresolved module, can't find module file: (?:[\w/]*/)?(?P<module>\w+)\.rs, or (?:[\w/]*/)?\w+/mod\.rs$",
        code: Some("E0583"),
        terminal_message: "file not found for module `$module`",
    },
    // gopls's parser (go/parser) for what the compiler calls a missing comma.
    Wording {
        tool: Tool::Go,
        message: r"^missing ',' before newline in composite literal$",
        code: None,
        terminal_message:
            "syntax error: unexpected newline in composite literal; possibly missing comma or }",
    },
    Wording {
        tool: Tool::Go,
        message: r"^missing ',' before newline in (?P<list>argument list|parameter list)$",
        code: None,
        terminal_message: "syntax error: unexpected newline in $list; possibly missing comma or )",
    },
];

static COMPILED_WORDINGS: LazyLock<Vec<(&'static Wording, Regex)>> = LazyLock::new(|| {
    LANGUAGE_SERVER_WORDINGS
        .iter()
        .map(|wording| {
            (
                wording,
                Regex::new(wording.message).expect("bridge regexes are valid"),
            )
        })
        .collect()
});

/// The terminal wording (code and headline) of a language server's diagnostic; `line` is the
/// source line the diagnostic starts on, when the document is known.
pub fn bridge(
    tool: Tool,
    code: Option<String>,
    message: String,
    line: Option<&str>,
) -> (Option<String>, String) {
    let message = match tool {
        // clangd words clang's messages as sentences — a capital first letter, and ` (fix
        // available)` when it has a fix of its own: clang's wording is the rest.
        Tool::Clang | Tool::Gcc => clang_wording(message),
        Tool::Eslint => eslint_wording(message),
        _ => message,
    };
    // gopls with go/types before go1.20 words `undefined: x` as go vet does, which the Go
    // capture reads in the compiler's words already.
    if tool == Tool::Go {
        let worded = crate::capture::go_compiler_wording(&message);
        if worded != message {
            return (None, worded.into_owned());
        }
    }
    for (wording, regex) in COMPILED_WORDINGS.iter() {
        if wording.tool != tool {
            continue;
        }
        if let Some(captures) = regex.captures(&message) {
            let mut expanded = String::new();
            captures.expand(wording.terminal_message, &mut expanded);
            return (wording.code.map(str::to_string), expanded);
        }
    }
    let read = match tool {
        Tool::Python => pyright_attribute(&message).or_else(|| pyright_with_line(&message, line)),
        Tool::Go => go_types_counts(&message).or_else(|| go_parser_expected(&message)),
        _ => None,
    };
    match read {
        Some((code, message)) => (code, message),
        None => (code, message),
    }
}

/// clangd's message as clang prints it.
pub fn clang_wording(message: String) -> String {
    let message = [" (fix available)", " (fixes available)"]
        .iter()
        .find_map(|suffix| message.strip_suffix(suffix))
        .map(str::to_string)
        .unwrap_or(message);
    let mut characters = message.chars();
    match (characters.next(), characters.next()) {
        // `Use of …` → `use of …`; an acronym (`ISO C99 …`) stays.
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().collect::<String>() + &message[first.len_utf8()..]
        }
        _ => message,
    }
}

/// ESLint's message as the capture reads its terminal formats (stylish drops the rule message's
/// final period, the editor integration keeps it).
fn eslint_wording(message: String) -> String {
    crate::capture::eslint_message(&message).to_string()
}

/// Pyright's `Cannot access attribute "x" for class "C"` (reportAttributeAccessIssue) as Python's
/// `AttributeError`: `list[int]` is a `list` at run time, `Account*` (the inferred type of `self`)
/// an `Account`, `type[Account]` the class object. A union or a literal type is not one class at
/// run time: left as Pyright said it.
fn pyright_attribute(message: &str) -> Option<(Option<String>, String)> {
    static ACCESS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"^Cannot access attribute "(?P<name>\w+)" for class "(?:type\[(?P<class_object>[\w.]+)(?:\[[^"]*\])?\]|(?P<class>[\w.]+)(?:\[[^"]*\])?\*?)"$"#,
        )
        .expect("valid regex")
    });
    let captures = ACCESS.captures(message)?;
    let name = &captures["name"];
    let message = match (captures.name("class_object"), captures.name("class")) {
        (Some(class), _) => format!("type object '{}' has no attribute '{name}'", class.as_str()),
        (None, Some(class))
            if !matches!(
                class.as_str(),
                "Literal" | "LiteralString" | "Never" | "NoReturn"
            ) =>
        {
            format!("'{}' object has no attribute '{name}'", class.as_str())
        }
        _ => return None,
    };
    Some((Some("AttributeError".to_string()), message))
}

/// Pyright's wordings that are terminal wordings only on an `import` line: an unused import
/// (ruff's `F401`, named as ruff names it: `module.name` for `from module import name`) and an
/// unknown name in a `from … import` (Python's `ImportError`).
fn pyright_with_line(message: &str, line: Option<&str>) -> Option<(Option<String>, String)> {
    static NOT_ACCESSED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^(?P<import>Import )?"(?P<name>[\w.]+)" is not accessed$"#)
            .expect("valid regex")
    });
    static UNKNOWN_SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^"(?P<name>\w+)" is unknown import symbol$"#).expect("valid regex")
    });
    static IMPORT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*import\s+[\w.]").expect("valid regex"));
    static FROM_IMPORT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*from\s+(?P<module>\.+|\.*[\w.]*\w)\s+import\s").expect("valid regex")
    });
    let from_module = |line: Option<&str>| -> Option<String> {
        FROM_IMPORT
            .captures(line?)
            .map(|captures| captures["module"].to_string())
    };
    if let Some(captures) = UNKNOWN_SYMBOL.captures(message) {
        let module = from_module(line)?;
        return Some((
            Some("ImportError".to_string()),
            format!("cannot import name '{}' from '{module}'", &captures["name"]),
        ));
    }
    let captures: Captures<'_> = NOT_ACCESSED.captures(message)?;
    let name = &captures["name"];
    let names_it = |line: &str| {
        Regex::new(&format!(r"\b{}\b", regex::escape(name)))
            .map(|word| word.is_match(line))
            .unwrap_or(false)
    };
    let qualified = match (line, from_module(line)) {
        (Some(line), Some(module)) if names_it(line) => match module.ends_with('.') {
            true => format!("{module}{name}"),
            false => format!("{module}.{name}"),
        },
        (Some(line), None) if IMPORT.is_match(line) && names_it(line) => name.to_string(),
        // `Import "x" is not accessed` (reportUnusedImport) is an import wherever it is.
        _ if captures.name("import").is_some() => name.to_string(),
        _ => return None,
    };
    Some((
        Some("F401".to_string()),
        format!("`{qualified}` imported but unused"),
    ))
}

/// go/types before go1.20 counted an assignment's sides in its own words; the compiler says
/// `assignment mismatch: 1 variable but 2 values`.
fn go_types_counts(message: &str) -> Option<(Option<String>, String)> {
    static INITIALIZE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^cannot initialize (?P<left>\d+) variables? with (?P<right>\d+) values?$")
            .expect("valid regex")
    });
    static ASSIGN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^cannot assign (?P<right>\d+) values? to (?P<left>\d+) variables?$")
            .expect("valid regex")
    });
    let captures = INITIALIZE
        .captures(message)
        .or_else(|| ASSIGN.captures(message))?;
    let counted = |name: &str, one: &str, many: &str| {
        let count = &captures[name];
        format!("{count} {}", if count == "1" { one } else { many })
    };
    Some((
        None,
        format!(
            "assignment mismatch: {} but {}",
            counted("left", "variable", "variables"),
            counted("right", "value", "values")
        ),
    ))
}

/// go/parser's `expected X, found Y` as the compiler words a syntax error: `syntax error:
/// unexpected Y, expecting X`.
fn go_parser_expected(message: &str) -> Option<(Option<String>, String)> {
    static EXPECTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^expected (?P<want>.+?), found (?P<found>.+)$").expect("valid regex")
    });
    let captures = EXPECTED.captures(message)?;
    let unquoted = |text: &str| {
        text.strip_prefix('\'')
            .and_then(|t| t.strip_suffix('\''))
            .unwrap_or(text)
            .to_string()
    };
    Some((
        None,
        format!(
            "syntax error: unexpected {}, expecting {}",
            unquoted(&captures["found"]),
            unquoted(&captures["want"])
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bridged(
        tool: Tool,
        code: Option<&str>,
        message: &str,
        line: Option<&str>,
    ) -> (Option<String>, String) {
        bridge(tool, code.map(str::to_string), message.to_string(), line)
    }

    #[test]
    fn clangd_sentences_become_clang_wording() {
        assert_eq!(
            clang_wording(
                "Use of undeclared identifier 'cout'; did you mean 'count'? (fix available)".into()
            ),
            "use of undeclared identifier 'cout'; did you mean 'count'?"
        );
        assert_eq!(
            clang_wording(
                "Using the result of an assignment as a condition without parentheses (fixes available)".into()
            ),
            "using the result of an assignment as a condition without parentheses"
        );
        assert_eq!(
            clang_wording("ISO C99 forbids x".into()),
            "ISO C99 forbids x"
        );
    }

    #[test]
    fn eslint_loses_its_final_period_as_in_the_terminal() {
        let message = |text: &str| bridged(Tool::Eslint, Some("no-undef"), text, None).1;
        assert_eq!(message("'path' is not defined."), "'path' is not defined");
        assert_eq!(
            message("Expected '===' and instead saw '=='."),
            "Expected '===' and instead saw '=='"
        );
        assert_eq!(message("Unexpected token ."), "Unexpected token .");
        assert_eq!(message("Missing semicolon"), "Missing semicolon");
    }

    #[test]
    fn pyright_attribute_access_becomes_attribute_error() {
        let read =
            |text: &str| bridged(Tool::Python, Some("reportAttributeAccessIssue"), text, None);
        assert_eq!(
            read(r#"Cannot access attribute "apend" for class "list[int]""#),
            (
                Some("AttributeError".into()),
                "'list' object has no attribute 'apend'".into()
            )
        );
        assert_eq!(
            read(r#"Cannot access attribute "ownr" for class "Account*""#).1,
            "'Account' object has no attribute 'ownr'"
        );
        assert_eq!(
            read(r#"Cannot access attribute "limt" for class "type[Account]""#).1,
            "type object 'Account' has no attribute 'limt'"
        );
        // A union or a literal type is not one class at run time: left as Pyright said it.
        assert_eq!(
            read(r#"Cannot access attribute "x" for class "int | str""#)
                .0
                .as_deref(),
            Some("reportAttributeAccessIssue")
        );
        assert_eq!(
            read(r#"Cannot access attribute "x" for class "Literal['a']""#)
                .0
                .as_deref(),
            Some("reportAttributeAccessIssue")
        );
    }

    #[test]
    fn pyright_unused_imports_read_with_their_line_are_ruffs_f401() {
        let read = |text: &str, line: Option<&str>| bridged(Tool::Python, None, text, line);
        assert_eq!(
            read(r#""sys" is not accessed"#, Some("import sys")),
            (Some("F401".into()), "`sys` imported but unused".into())
        );
        assert_eq!(
            read(
                r#""defaultdict" is not accessed"#,
                Some("from collections import OrderedDict, defaultdict")
            )
            .1,
            "`collections.defaultdict` imported but unused"
        );
        assert_eq!(
            read(r#""helper" is not accessed"#, Some("from . import helper")).1,
            "`.helper` imported but unused"
        );
        // The same words for a variable are not an import.
        assert_eq!(
            read(r#""total" is not accessed"#, Some("    total = 0")),
            (None, r#""total" is not accessed"#.into())
        );
        assert_eq!(read(r#""total" is not accessed"#, None).0, None);
        // basedpyright's reportUnusedImport is an import even on a line it cannot read.
        assert_eq!(
            bridged(
                Tool::Python,
                Some("reportUnusedImport"),
                r#"Import "yaml" is not accessed"#,
                Some("    yaml,")
            ),
            (Some("F401".into()), "`yaml` imported but unused".into())
        );
        assert_eq!(
            read(
                r#""pathh" is unknown import symbol"#,
                Some("from os import pathh")
            ),
            (
                Some("ImportError".into()),
                "cannot import name 'pathh' from 'os'".into()
            )
        );
        assert_eq!(read(r#""pathh" is unknown import symbol"#, None).0, None);
    }

    #[test]
    fn pyright_and_ruff_syntax_errors_in_pythons_words() {
        let pyright = |text: &str| bridged(Tool::Python, None, text, None);
        let ruff = |text: &str| bridged(Tool::Ruff, Some("invalid-syntax"), text, None);
        assert_eq!(
            pyright(r#"Expected ":""#),
            (Some("SyntaxError".into()), "expected ':'".into())
        );
        assert_eq!(
            ruff("Expected `:`, found newline"),
            (Some("SyntaxError".into()), "expected ':'".into())
        );
        assert_eq!(pyright(r#""(" was not closed"#).1, "'(' was never closed");
        assert_eq!(
            pyright("Unexpected indentation"),
            (Some("IndentationError".into()), "unexpected indent".into())
        );
        assert_eq!(
            ruff("Expected an indented block after `if` statement").1,
            "expected an indented block after 'if' statement"
        );
        assert_eq!(
            pyright("Unindent amount does not match previous indent").1,
            "unindent does not match any outer indentation level"
        );
        // What Python words otherwise stays ruff's.
        assert_eq!(
            ruff("Expected `)`, found newline").0.as_deref(),
            Some("invalid-syntax")
        );
        assert_eq!(
            bridged(
                Tool::Python,
                Some("reportUnusedVariable"),
                r#"Variable "total" is not accessed"#,
                None
            ),
            (
                Some("F841".into()),
                "Local variable `total` is assigned to but never used".into()
            )
        );
    }

    #[test]
    fn rust_analyzers_unresolved_module_is_rustcs_e0583() {
        assert_eq!(
            bridged(
                Tool::Rustc,
                Some("E0583"),
                "unresolved module, can't find module file: helpers.rs, or helpers/mod.rs",
                None
            ),
            (
                Some("E0583".into()),
                "file not found for module `helpers`".into()
            )
        );
    }

    #[test]
    fn old_go_type_checker_wordings_become_the_compilers() {
        let read = |text: &str| bridged(Tool::Go, Some("UndeclaredName"), text, None);
        assert_eq!(
            read("undeclared name: strings"),
            (None, "undefined: strings".into())
        );
        assert_eq!(
            read("Printn not declared by package fmt").1,
            "undefined: fmt.Printn"
        );
        assert_eq!(
            read("cannot initialize 1 variables with 2 values").1,
            "assignment mismatch: 1 variable but 2 values"
        );
        assert_eq!(
            read("cannot assign 1 values to 2 variables").1,
            "assignment mismatch: 2 variables but 1 value"
        );
        assert_eq!(
            read("missing ',' before newline in composite literal").1,
            "syntax error: unexpected newline in composite literal; possibly missing comma or }"
        );
        assert_eq!(
            read("expected '}', found 'EOF'").1,
            "syntax error: unexpected EOF, expecting }"
        );
        // Today's wording passes through, code and all.
        assert_eq!(
            read("declared and not used: x"),
            (
                Some("UndeclaredName".into()),
                "declared and not used: x".into()
            )
        );
    }
}
