//! The document as the model saw it: scrubbed (each secret a `<redacted:KIND>` marker), cut into
//! lines, with the way back from every scrubbed position to the original bytes and line numbers.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::llm::prompt::Window;
use crate::scrub::find_secrets;

/// One line of the scrubbed text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    /// Byte offsets in the scrubbed text: start, end of content, end with the line ending.
    pub start: usize,
    pub content_end: usize,
    pub end: usize,
    /// The original 1-based lines its start and its end are on (they differ when a redacted
    /// private key block spanned lines).
    pub first: u32,
    pub last: u32,
}

/// A text scrubbed, with the way back to the original.
pub(crate) struct Scrubbed<'a> {
    pub original: &'a str,
    pub text: String,
    pub lines: Vec<Line>,
    /// (scrubbed range of the marker, original range of the secret).
    redactions: Vec<(Range<usize>, Range<usize>)>,
}

/// Anything that reads like a redaction marker (real ones, and ones the file itself contains).
pub(crate) fn marker_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| Regex::new(r"<redacted:[a-z0-9-]+>").expect("a valid regex"))
}

impl<'a> Scrubbed<'a> {
    pub fn new(original: &'a str) -> Scrubbed<'a> {
        let mut text = String::with_capacity(original.len());
        let mut redactions = Vec::new();
        let mut position = 0;
        for finding in find_secrets(original.as_bytes()) {
            text.push_str(&original[position..finding.range.start]);
            let start = text.len();
            text.push_str(&format!("<redacted:{}>", finding.kind.name()));
            redactions.push((start..text.len(), finding.range.clone()));
            position = finding.range.end;
        }
        text.push_str(&original[position..]);
        let mut scrubbed = Scrubbed {
            original,
            text,
            lines: Vec::new(),
            redactions,
        };
        scrubbed.lines = scrubbed.cut_lines();
        scrubbed
    }

    fn cut_lines(&self) -> Vec<Line> {
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(self.original.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        let line_of = |offset: usize| line_starts.partition_point(|start| *start <= offset) as u32;
        let mut lines = Vec::new();
        let mut start = 0;
        for raw in self.text.split_inclusive('\n') {
            let content = raw.trim_end_matches('\n').trim_end_matches('\r');
            let content_end = start + content.len();
            lines.push(Line {
                start,
                content_end,
                end: start + raw.len(),
                first: line_of(self.to_original(start)),
                last: line_of(self.to_original(content_end)),
            });
            start += raw.len();
        }
        lines
    }

    /// The original offset of scrubbed offset `position` (not inside a marker).
    pub fn to_original(&self, position: usize) -> usize {
        let mut shift = 0isize;
        for (scrubbed, original) in &self.redactions {
            if scrubbed.start >= position {
                break;
            }
            shift += original.len() as isize - scrubbed.len() as isize;
        }
        (position as isize + shift) as usize
    }

    pub fn content(&self, index: usize) -> &str {
        let line = self.lines[index];
        &self.text[line.start..line.content_end]
    }

    /// The original text of scrubbed line `index`, without its line ending.
    pub fn original_content(&self, index: usize) -> &'a str {
        let line = self.lines[index];
        &self.original[self.to_original(line.start)..self.to_original(line.content_end)]
    }

    /// The indices of the scrubbed lines that start inside `window`.
    pub fn lines_in(&self, window: &Window) -> Range<usize> {
        let start = self
            .lines
            .partition_point(|line| line.first < window.start_line);
        let end = self
            .lines
            .partition_point(|line| line.first <= window.end_line);
        start..end.max(start)
    }

    /// The marker-like strings in scrubbed lines `lines`, in order, each with the original bytes
    /// it stands for (itself when the file contains it literally).
    pub fn markers(&self, lines: Range<usize>) -> Vec<(&str, &'a str)> {
        if lines.is_empty() {
            return Vec::new();
        }
        let range = self.lines[lines.start].start..self.lines[lines.end - 1].end;
        marker_pattern()
            .find_iter(&self.text[range.clone()])
            .map(|found| {
                let at = range.start + found.start();
                let original = match self
                    .redactions
                    .iter()
                    .find(|(scrubbed, _)| scrubbed.start == at)
                {
                    Some((_, original)) => &self.original[original.clone()],
                    None => {
                        &self.original[self.to_original(at)..self.to_original(at) + found.len()]
                    }
                };
                (found.as_str(), original)
            })
            .collect()
    }
}

/// Puts secrets back for markers, in order of appearance: the k-th time a marker appears is
/// the k-th secret of that marker in the pool (the last one when it appears more often).
pub(crate) struct Unscrubber<'s, 'a> {
    pool: Vec<(&'s str, &'a str)>,
    seen: HashMap<String, usize>,
}

impl<'s, 'a> Unscrubber<'s, 'a> {
    pub fn new(pool: Vec<(&'s str, &'a str)>) -> Unscrubber<'s, 'a> {
        Unscrubber {
            pool,
            seen: HashMap::new(),
        }
    }

    /// Counts the markers of `line` as used without writing it.
    pub fn skip(&mut self, line: &str) {
        for found in marker_pattern().find_iter(line) {
            *self.seen.entry(found.as_str().to_string()).or_default() += 1;
        }
    }

    /// `line` with its markers made the secrets they stand for; `Err(marker)` for a marker the
    /// pool does not have.
    pub fn line(&mut self, line: &str) -> Result<String, String> {
        let mut out = String::with_capacity(line.len());
        let mut position = 0;
        for found in marker_pattern().find_iter(line) {
            let marker = found.as_str();
            let candidates: Vec<&str> = self
                .pool
                .iter()
                .filter(|(pooled, _)| *pooled == marker)
                .map(|(_, original)| *original)
                .collect();
            let seen = self.seen.entry(marker.to_string()).or_default();
            let original = candidates
                .get(*seen)
                .or(candidates.last())
                .ok_or_else(|| marker.to_string())?;
            *seen += 1;
            out.push_str(&line[position..found.start()]);
            out.push_str(original);
            position = found.end();
        }
        out.push_str(&line[position..]);
        Ok(out)
    }
}
