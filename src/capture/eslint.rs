//! Parses ESLint's reports: the default `stylish` format (a file's absolute path on a line of its
//! own, then one indented `line:col  severity  message  rule-id` row per problem) and the `unix`
//! format (`/abs/a.js:3:7: message [Error/rule-id]`, which the generic fallback would also take,
//! so it is claimed here first). The `✖ N problems` and `potentially fixable` lines are summaries.

use std::sync::LazyLock;

use regex::Regex;

use super::{Feed, Parser};
use crate::occurrence::{Occurrence, Severity, Tool};

/// Stylish prints each file's absolute path alone on a line. Only script-like extensions, so that
/// a list of other paths (a build's file list, `git status`) is not taken for a report.
const STYLISH_FILE_TRIGGER: &str = r"^(?:/|[A-Za-z]:\\)[^\n]*\.(?:[cm]?[jt]sx?|vue|svelte)$";
/// `file:line:col: message [Error/rule]` or `[Warning]` without a rule.
const UNIX_TRIGGER: &str = r"^[^\s:][^\n]*?:\d+:\d+: [^\n]* \[(?:Error|Warning)(?:/[^\]\n]+)?\]$";

static STYLISH_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:/|[A-Za-z]:\\).*\.(?:[cm]?[jt]sx?|vue|svelte)$").expect("valid regex")
});

static STYLISH_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^ {2,8}(?P<line>\d+):(?P<column>\d+) +(?P<severity>error|warning)  +(?P<rest>\S.*)$",
    )
    .expect("valid regex")
});

static UNIX_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<file>[^\s:].*?):(?P<line>\d+):(?P<column>\d+): (?P<message>.*) \[(?P<severity>Error|Warning)(?:/(?P<rule>[^\]]+))?\]$",
    )
    .expect("valid regex")
});

/// What a rule id looks like: `no-undef`, `react/jsx-key`, `@typescript-eslint/no-unused-vars`.
static RULE_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^@?[\w-]+(?:/[\w.-]+)*$").expect("valid regex"));

/// The stylish file whose rows are being read.
struct StylishFile {
    file: String,
    rows: usize,
}

#[derive(Default)]
pub struct EslintParser {
    stylish: Option<StylishFile>,
}

impl Parser for EslintParser {
    fn triggers(&self) -> &'static [&'static str] {
        &[STYLISH_FILE_TRIGGER, UNIX_TRIGGER]
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        let Some(stylish) = &mut self.stylish else {
            return self.start(line, out);
        };
        if let Some(occurrence) = stylish_row(&stylish.file, line) {
            stylish.rows += 1;
            out.push(occurrence);
            return Feed::Consumed;
        }
        let had_rows = stylish.rows > 0;
        self.stylish = None;
        match had_rows && line.trim().is_empty() {
            // The blank line that closes a file's table.
            true => Feed::Done,
            false => Feed::Rejected,
        }
    }

    fn finish(&mut self, _out: &mut Vec<Occurrence>) {
        // Rows are pushed as they are read; nothing waits.
        self.stylish = None;
    }
}

impl EslintParser {
    fn start(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        if let Some(occurrence) = unix_line(line) {
            out.push(occurrence);
            return Feed::Done;
        }
        match STYLISH_FILE.is_match(line) {
            true => {
                self.stylish = Some(StylishFile {
                    file: line.to_string(),
                    rows: 0,
                });
                Feed::Consumed
            }
            false => Feed::Rejected,
        }
    }
}

/// One row of a stylish table: `  3:7  error  'x' is assigned a value but never used  no-unused-vars`.
/// The columns are padded with spaces; the rule id is the last one and may be absent (parsing
/// errors), so it is taken only when two or more spaces set off a word shaped like a rule id.
fn stylish_row(file: &str, line: &str) -> Option<Occurrence> {
    let captures = STYLISH_ROW.captures(line)?;
    let rest = captures["rest"].trim_end();
    let (message, rule) = match rest.rfind("  ") {
        Some(gap) if RULE_ID.is_match(rest[gap..].trim_start()) => {
            (rest[..gap].trim_end(), Some(rest[gap..].trim_start()))
        }
        _ => (rest, None),
    };
    let severity = match &captures["severity"] {
        "warning" => Severity::Warning,
        _ => Severity::Error,
    };
    let mut occurrence = Occurrence::new(Tool::Eslint, severity, message);
    occurrence.file = Some(file.to_string());
    occurrence.line = positive(&captures["line"]);
    occurrence.column = positive(&captures["column"]);
    occurrence.code = rule.map(str::to_string);
    Some(occurrence)
}

fn unix_line(line: &str) -> Option<Occurrence> {
    let captures = UNIX_LINE.captures(line)?;
    let severity = match &captures["severity"] {
        "Warning" => Severity::Warning,
        _ => Severity::Error,
    };
    let message = without_final_period(captures["message"].trim());
    let mut occurrence = Occurrence::new(Tool::Eslint, severity, message);
    occurrence.file = Some(captures["file"].to_string());
    occurrence.line = positive(&captures["line"]);
    occurrence.column = positive(&captures["column"]);
    occurrence.code = captures.name("rule").map(|m| m.as_str().to_string());
    Some(occurrence)
}

/// Stylish drops a rule message's final period and unix keeps it; dropping it here too gives the
/// same problem the same message (and fingerprint) in both formats — and in the editor, whose
/// ESLint integration keeps it too (`lsp::wording`).
pub(crate) fn without_final_period(message: &str) -> &str {
    match message.strip_suffix('.') {
        Some(stripped) if !stripped.ends_with(' ') && !stripped.is_empty() => stripped,
        _ => message,
    }
}

/// ESLint prints `0:0` for problems that have no position (an ignored file, a config problem).
fn positive(number: &str) -> Option<u32> {
    number.parse().ok().filter(|&n| n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Occurrence> {
        crate::capture::parse_with(EslintParser::default(), text)
    }

    #[test]
    fn stylish_rows_with_and_without_rule_ids() {
        let found = parse(
            "\n/p/app.js\n  1:7   error    'x' is assigned a value but never used  no-unused-vars\n  2:5   warning  Unexpected  spacing  @typescript-eslint/space-infix-ops\n\n/p/broken.ts\n  1:18  error  Parsing error: Unexpected token ;\n\n✖ 3 problems (2 errors, 1 warning)\n",
        );
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].file.as_deref(), Some("/p/app.js"));
        assert_eq!((found[0].line, found[0].column), (Some(1), Some(7)));
        assert_eq!(found[0].message, "'x' is assigned a value but never used");
        assert_eq!(found[0].code.as_deref(), Some("no-unused-vars"));
        assert_eq!(found[1].severity, Severity::Warning);
        assert_eq!(found[1].message, "Unexpected  spacing");
        assert_eq!(
            found[1].code.as_deref(),
            Some("@typescript-eslint/space-infix-ops")
        );
        assert_eq!(found[2].file.as_deref(), Some("/p/broken.ts"));
        assert_eq!(found[2].message, "Parsing error: Unexpected token ;");
        assert_eq!(found[2].code, None);
    }

    #[test]
    fn rows_padded_for_two_digit_line_numbers_are_kept() {
        let text = "/p/a.js\n   1:5   error  'a' is defined but never used  no-unused-vars\n  10:7   warning  Expected '===' and instead saw '=='  eqeqeq\n";
        let found = parse(text);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].line, found[0].column), (Some(1), Some(5)));
        assert_eq!(found[0].code.as_deref(), Some("no-unused-vars"));
        assert_eq!(found[1].line, Some(10));
    }

    #[test]
    fn ignored_file_warning_has_no_position() {
        let found = parse(
            "/p/dist/out.js\n  0:0  warning  File ignored because of a matching ignore pattern\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, None);
        assert_eq!(found[0].code, None);
    }

    #[test]
    fn unix_lines() {
        let found = parse(
            "/p/app.js:3:22: 'u' is not defined. [Error/no-undef]\n/p/b.js:1:18: Parsing error: Unexpected token ; [Error]\nC:\\p\\c.js:2:1: Use const. [Warning/prefer-const]\n\n3 problems",
        );
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].message, "'u' is not defined");
        assert_eq!(found[0].code.as_deref(), Some("no-undef"));
        assert_eq!(found[1].code, None);
        assert_eq!(found[2].file.as_deref(), Some("C:\\p\\c.js"));
        assert_eq!(found[2].severity, Severity::Warning);
    }

    #[test]
    fn a_path_list_is_not_a_report() {
        let mut parser = EslintParser::default();
        let mut out = Vec::new();
        assert_eq!(parser.feed("/p/a.js", &mut out), Feed::Consumed);
        assert_eq!(parser.feed("/p/b.js", &mut out), Feed::Rejected);
        assert_eq!(parser.feed("/p/b.js", &mut out), Feed::Consumed);
        assert_eq!(parser.feed("", &mut out), Feed::Rejected);
        assert_eq!(parser.feed("/p/a.py", &mut out), Feed::Rejected);
        assert_eq!(parser.feed("  1:1  error  x  y", &mut out), Feed::Rejected);
        assert!(out.is_empty());
    }

    #[test]
    fn garbage_does_not_panic() {
        let found =
            parse("/é.js\n  9999999999:1  error  é  é\n  1:1  error    \n:1:1: [Error]\n\u{0}");
        assert!(found.iter().all(|o| o.line.is_none() || o.line == Some(1)));
    }
}
