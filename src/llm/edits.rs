//! A reply's SEARCH/REPLACE blocks (or window rewrite) as ordinary text edits on the current
//! document: each SEARCH must match exactly once (exactly, then whitespace-tolerantly, still
//! exactly once) inside the window around the error (or the file's import block); an empty
//! REPLACE only when the model said it deletes. The model saw the window scrubbed:
//! `<redacted:KIND>` markers in a SEARCH stand for the secret in the file, and a REPLACE may only
//! carry a marker its SEARCH had (the secret is put back); a marker is never written into code.
//!
//! INTERFACE (kept by the implementation): `plan_edits`, `Mismatch`.

mod matching;
mod mismatch;
pub(crate) mod scrubbed;
#[cfg(test)]
mod tests;

use std::ops::Range;

use matching::{find, reindent, Found};
use scrubbed::{marker_pattern, Scrubbed, Unscrubber};

use super::prompt::{import_block, Window};
use super::reply::{Reply, SearchReplace};
use crate::fix::{common_ends, TextEdit};

pub use mismatch::Mismatch;

/// The edits `reply` makes to `text` (the document as it is now, unscrubbed), in order of
/// position, non-overlapping, each with the exact bytes it replaces.
pub fn plan_edits(text: &str, window: &Window, reply: &Reply) -> Result<Vec<TextEdit>, Mismatch> {
    let doc = Scrubbed::new(text);
    let mut regions = vec![*window];
    regions.extend(import_block(text, "unknown"));
    let deletes = reply.header.deletes;
    let mut planned: Vec<(Range<usize>, usize, Option<TextEdit>)> =
        match (&reply.blocks[..], &reply.rewrite) {
            ([], None) => return Err(Mismatch::NoEdits),
            ([], Some(rewrite)) => vec![(0..0, 0, plan_rewrite(&doc, window, rewrite, deletes)?)],
            (blocks, _) => {
                let mut planned = Vec::new();
                for (index, block) in blocks.iter().enumerate() {
                    let (lines, edit) = plan_block(&doc, &regions, index + 1, block, deletes)?;
                    planned.push((lines, index + 1, edit));
                }
                planned
            }
        };
    planned.sort_by_key(|(lines, block, _)| (lines.start, lines.end, *block));
    for pair in planned.windows(2) {
        if pair[1].0.start < pair[0].0.end {
            let (first, second) = (pair[0].1.min(pair[1].1), pair[0].1.max(pair[1].1));
            return Err(Mismatch::Overlapping { first, second });
        }
    }
    let edits: Vec<TextEdit> = planned
        .into_iter()
        .filter_map(|(_, _, edit)| edit)
        .collect();
    match edits.is_empty() {
        true => Err(Mismatch::NoChange),
        false => Ok(edits),
    }
}

fn lines_of(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// The scrubbed lines block `number` matched and its edit (`None` when it changes nothing).
fn plan_block(
    doc: &Scrubbed<'_>,
    regions: &[Window],
    number: usize,
    block: &SearchReplace,
    deletes: bool,
) -> Result<(Range<usize>, Option<TextEdit>), Mismatch> {
    if block.search.trim().is_empty() {
        return Err(Mismatch::EmptySearch { block: number });
    }
    if block.replace.trim().is_empty() && !deletes {
        return Err(Mismatch::DeletesWithoutSaying {
            block: Some(number),
        });
    }
    let search = lines_of(&block.search);
    let replace = lines_of(&block.replace);
    let doc_lines: Vec<&str> = (0..doc.lines.len())
        .map(|index| doc.content(index))
        .collect();
    let (at, tolerant) = match find(&doc_lines, &search) {
        Found::Once { at, tolerant } => (at, tolerant),
        Found::Many(starts) => {
            return Err(Mismatch::Ambiguous {
                block: number,
                lines: starts.iter().map(|at| doc.lines[*at].first).collect(),
            })
        }
        Found::Nowhere => return Err(mismatch::not_found(doc, regions[0], number, &search)),
    };
    let matched = at..at + search.len();
    let (first, last) = (
        doc.lines[matched.start].first,
        doc.lines[matched.end - 1].last,
    );
    if !regions
        .iter()
        .any(|region| region.start_line <= first && last <= region.end_line)
    {
        return Err(Mismatch::OutsideWindow {
            block: number,
            lines: (first, last),
            window: regions[0],
        });
    }
    if let Some(marker) = marker_pattern()
        .find_iter(&block.replace)
        .find(|marker| !block.search.contains(marker.as_str()))
    {
        return Err(Mismatch::WouldWriteRedaction {
            block: Some(number),
            marker: marker.as_str().to_string(),
        });
    }
    let (prefix, suffix) = common_ends(&search, &replace);
    let mut middle: Vec<String> = replace[prefix..replace.len() - suffix]
        .iter()
        .map(|line| line.to_string())
        .collect();
    if tolerant {
        if let Some(first_line) = search.iter().position(|line| !line.trim().is_empty()) {
            middle = reindent(search[first_line], doc_lines[at + first_line], &middle);
        }
    }
    let mut unscrubber = Unscrubber::new(doc.markers(matched.clone()));
    replace[..prefix]
        .iter()
        .for_each(|line| unscrubber.skip(line));
    let middle = middle
        .iter()
        .map(|line| unscrubber.line(line))
        .collect::<Result<Vec<String>, String>>()
        .map_err(|marker| Mismatch::WouldWriteRedaction {
            block: Some(number),
            marker,
        })?;
    let edit = edit_of(doc, matched.start + prefix..matched.end - suffix, middle);
    Ok((matched, edit))
}

/// The edit replacing scrubbed lines `lines` with `new_lines` (original text, no endings),
/// widened by one unchanged line when it would be a bare insertion; `None` when nothing changes.
fn edit_of(
    doc: &Scrubbed<'_>,
    lines: Range<usize>,
    mut new_lines: Vec<String>,
) -> Option<TextEdit> {
    let mut lines = lines;
    if lines.is_empty() {
        if lines.start > 0 {
            lines.start -= 1;
            new_lines.insert(0, doc.original_content(lines.start).to_string());
        } else if lines.end < doc.lines.len() {
            new_lines.push(doc.original_content(lines.end).to_string());
            lines.end += 1;
        } else {
            // An empty document.
            let replacement: String = new_lines.iter().map(|line| format!("{line}\n")).collect();
            return (!replacement.is_empty()).then(|| TextEdit {
                start: 0,
                end: doc.original.len(),
                expected: doc.original.to_string(),
                replacement,
            });
        }
    }
    let start = doc.to_original(doc.lines[lines.start].start);
    let last = doc.lines[lines.end - 1];
    let end = doc.to_original(last.end);
    let ending = lines
        .clone()
        .map(|index| doc.lines[index])
        .find(|line| line.end > line.content_end)
        .map(|line| &doc.text[line.content_end..line.end])
        .unwrap_or(if doc.original.contains("\r\n") {
            "\r\n"
        } else {
            "\n"
        });
    let mut replacement: String = new_lines
        .iter()
        .map(|line| format!("{line}{ending}"))
        .collect();
    if last.end == last.content_end && !replacement.is_empty() {
        replacement.truncate(replacement.len() - ending.len());
    }
    let expected = &doc.original[start..end];
    (expected != replacement).then(|| TextEdit {
        start,
        end,
        expected: expected.to_string(),
        replacement,
    })
}

/// The window replaced by `rewrite`, minimised to the lines that change.
fn plan_rewrite(
    doc: &Scrubbed<'_>,
    window: &Window,
    rewrite: &str,
    deletes: bool,
) -> Result<Option<TextEdit>, Mismatch> {
    let range = doc.lines_in(window);
    let old: Vec<&str> = range.clone().map(|index| doc.content(index)).collect();
    let new = lines_of(rewrite);
    let dropped = old.len().saturating_sub(new.len());
    if !deletes && (rewrite.trim().is_empty() || dropped * 2 > old.len()) {
        return Err(Mismatch::RewriteTooShort {
            kept: new.len() as u32,
            window_lines: old.len() as u32,
        });
    }
    let (prefix, suffix) = common_ends(&old, &new);
    let middle = new[prefix..new.len() - suffix]
        .iter()
        .map(|line| match marker_pattern().find(line) {
            None => Ok(line.to_string()),
            Some(marker) => old
                .iter()
                .position(|old_line| old_line == line)
                .map(|at| doc.original_content(range.start + at).to_string())
                .ok_or_else(|| Mismatch::WouldWriteRedaction {
                    block: None,
                    marker: marker.as_str().to_string(),
                }),
        })
        .collect::<Result<Vec<String>, Mismatch>>()?;
    Ok(edit_of(
        doc,
        range.start + prefix..range.end - suffix,
        middle,
    ))
}
