//! Why a reply's edits do not fit the document, said for the model (`explain`, sent back once)
//! and for people (`Display`, one line).

use super::matching::closest;
use super::scrubbed::Scrubbed;
use crate::llm::prompt::Window;

/// The most lines of the document shown when a SEARCH was not found.
const CLOSEST_LINES: usize = 8;

/// Why a reply's edits do not fit the document; `explain` is sent back to the model once.
/// Blocks are numbered from 1; `block: None` is the rewritten window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// Neither SEARCH/REPLACE blocks nor a rewritten window.
    NoEdits,
    EmptySearch {
        block: usize,
    },
    /// Found nowhere; the window's lines most like the SEARCH (scrubbed), from line `first`.
    NotFound {
        block: usize,
        closest: Option<(u32, Vec<String>)>,
    },
    /// Found more than once: the first line of each place.
    Ambiguous {
        block: usize,
        lines: Vec<u32>,
    },
    OutsideWindow {
        block: usize,
        lines: (u32, u32),
        window: Window,
    },
    /// The edit would write a `<redacted:…>` marker into the file.
    WouldWriteRedaction {
        block: Option<usize>,
        marker: String,
    },
    /// An empty replacement without `"deletes": true`.
    DeletesWithoutSaying {
        block: Option<usize>,
    },
    Overlapping {
        first: usize,
        second: usize,
    },
    /// Every replacement equals what it replaces.
    NoChange,
    /// The rewritten window has far fewer lines than the window (without `"deletes": true`).
    RewriteTooShort {
        kept: u32,
        window_lines: u32,
    },
}

fn part(block: Option<usize>) -> String {
    match block {
        Some(number) => format!("block {number}"),
        None => "the rewritten code".to_string(),
    }
}

fn line_list(lines: &[u32]) -> String {
    lines
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

impl Mismatch {
    /// What to tell the model when asking again.
    pub fn explain(&self) -> String {
        match self {
            Mismatch::NoEdits => "The reply had no SEARCH/REPLACE block and no rewritten code, so \
                                  there was nothing to apply."
                .to_string(),
            Mismatch::EmptySearch { block } => format!(
                "SEARCH block {block} is empty. A SEARCH must copy the existing lines to change \
                 (to add lines, copy the line next to where they go and repeat it in REPLACE \
                 with the new lines)."
            ),
            Mismatch::NotFound { block, closest } => {
                let mut text = format!(
                    "SEARCH block {block} was not found in the file. SEARCH must copy lines \
                     exactly as they are in the shown code."
                );
                match closest {
                    Some((first, lines)) => {
                        let last = *first as usize + lines.len() - 1;
                        text.push_str(&format!(
                            " The closest lines in the window are lines {first}–{last}:\n```\n{}\n```",
                            lines.join("\n")
                        ));
                    }
                    None => text.push_str(" No line of the window is like it."),
                }
                text
            }
            Mismatch::Ambiguous { block, lines } => format!(
                "SEARCH block {block} matches {} places (lines {}); include more surrounding \
                 lines so it matches exactly one.",
                lines.len(),
                line_list(lines)
            ),
            Mismatch::OutsideWindow {
                block,
                lines: (first, last),
                window,
            } => format!(
                "SEARCH block {block} matches lines {first}–{last}, outside the shown lines \
                 {}–{}; edit only the shown code (or the import block).",
                window.start_line, window.end_line
            ),
            Mismatch::WouldWriteRedaction { block, marker } => format!(
                "The REPLACE of {} contains {marker} where the SEARCH does not: a redacted \
                 secret cannot be written. Keep each <redacted:…> marker only on lines you copy \
                 from the SEARCH, exactly as shown, and never add one.",
                part(*block)
            ),
            Mismatch::DeletesWithoutSaying { block } => format!(
                "The REPLACE of {} is empty, which deletes code, but the header did not say \
                 \"deletes\": true. If removing the code is the fix, say so in the header; \
                 otherwise write the replacement lines.",
                part(*block)
            ),
            Mismatch::Overlapping { first, second } => format!(
                "SEARCH blocks {first} and {second} overlap (they match some of the same lines); \
                 merge them into one block, or make each SEARCH cover different lines."
            ),
            Mismatch::NoChange => "Every REPLACE is the same as its SEARCH, so nothing would \
                                   change. Write the changed lines in REPLACE."
                .to_string(),
            Mismatch::RewriteTooShort { kept, window_lines } => format!(
                "The rewritten code has {kept} lines where the shown code has {window_lines}: \
                 rewrite the whole shown code, every line, changing only what the fix needs \
                 (and say \"deletes\": true if removing code is the fix)."
            ),
        }
    }
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mismatch::NoEdits => write!(formatter, "the reply has no edit"),
            Mismatch::EmptySearch { block } => write!(formatter, "SEARCH block {block} is empty"),
            Mismatch::NotFound { block, .. } => {
                write!(formatter, "SEARCH block {block} is not in the file")
            }
            Mismatch::Ambiguous { block, lines } => write!(
                formatter,
                "SEARCH block {block} matches {} places (lines {})",
                lines.len(),
                line_list(lines)
            ),
            Mismatch::OutsideWindow {
                block,
                lines: (first, last),
                ..
            } => write!(
                formatter,
                "SEARCH block {block} matches lines {first}–{last}, outside the code shown"
            ),
            Mismatch::WouldWriteRedaction { block, marker } => write!(
                formatter,
                "{} would write the redaction marker {marker} into the file",
                part(*block)
            ),
            Mismatch::DeletesWithoutSaying { block } => {
                write!(formatter, "{} deletes code without saying so", part(*block))
            }
            Mismatch::Overlapping { first, second } => {
                write!(formatter, "blocks {first} and {second} overlap")
            }
            Mismatch::NoChange => write!(formatter, "the edit changes nothing"),
            Mismatch::RewriteTooShort { kept, window_lines } => write!(
                formatter,
                "the rewrite keeps {kept} of {window_lines} lines"
            ),
        }
    }
}

/// Block `block`'s SEARCH was found nowhere: with the window's lines most like it.
pub(super) fn not_found(
    doc: &Scrubbed<'_>,
    window: Window,
    block: usize,
    search: &[&str],
) -> Mismatch {
    let range = doc.lines_in(&window);
    let lines: Vec<&str> = range.clone().map(|index| doc.content(index)).collect();
    let closest = closest(&lines, search).map(|at| {
        let shown = lines[at..]
            .iter()
            .take(search.len().clamp(1, CLOSEST_LINES))
            .map(|line| line.to_string())
            .collect();
        (doc.lines[range.start + at].first, shown)
    });
    Mismatch::NotFound { block, closest }
}
