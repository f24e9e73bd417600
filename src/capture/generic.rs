//! The fallback for any tool that prints `path:line[:col]: message` — make, linters, custom
//! scripts. Runs after every specific parser has declined the line.

use std::sync::LazyLock;

use regex::Regex;

use super::{Feed, Parser};
use crate::occurrence::{Occurrence, Severity, Tool};

/// A file name with an extension, so that `12:30:45: started` is not taken for a location.
const TRIGGER: &str = r"^\s*(?:[A-Za-z]:)?[^\s:]*[\w-]\.[A-Za-z][\w]*:\d+(?::\d+)?:\s*\S";

static LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?P<file>(?:[A-Za-z]:)?[^\s:]*[\w-]\.[A-Za-z]\w*):(?P<line>\d+)(?::(?P<column>\d+))?:\s*(?:(?P<severity>fatal error|error|warning|note|info)\s*:\s*)?(?P<message>\S.*?)\s*$",
    )
    .expect("valid regex")
});

#[derive(Default)]
pub struct GenericParser;

impl Parser for GenericParser {
    fn triggers(&self) -> &'static [&'static str] {
        &[TRIGGER]
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        let Some(captures) = LINE.captures(line) else {
            return Feed::Rejected;
        };
        let message = &captures["message"];
        let severity = match captures.name("severity").map(|m| m.as_str()) {
            Some("warning") => Severity::Warning,
            Some("note" | "info") => Severity::Note,
            Some(_) => Severity::Error,
            None if message.to_ascii_lowercase().starts_with("warning") => Severity::Warning,
            None => Severity::Error,
        };
        let mut occurrence = Occurrence::new(Tool::Generic, severity, message);
        occurrence.file = Some(captures["file"].to_string());
        occurrence.line = captures["line"].parse().ok();
        occurrence.column = captures
            .name("column")
            .and_then(|m| m.as_str().parse().ok());
        out.push(occurrence);
        Feed::Done
    }

    fn finish(&mut self, _out: &mut Vec<Occurrence>) {}
}
