//! The SEARCH/REPLACE blocks and the fenced parts of a reply's text (line endings already `\n`).

use super::SearchReplace;

/// The blocks found and where the first one starts (a byte offset), or why they cannot be used.
pub(super) struct Blocks {
    pub blocks: Vec<SearchReplace>,
    pub first_at: Option<usize>,
}

/// The rest of a marker line after a run of 5–9 `ch` (aider's tolerance), trimmed.
fn after_run(line: &str, ch: char) -> Option<&str> {
    let trimmed = line.trim();
    let run = trimmed.chars().take_while(|c| *c == ch).count();
    (5..=9).contains(&run).then(|| trimmed[run..].trim())
}

fn is_head(line: &str) -> bool {
    after_run(line, '<').is_some_and(|rest| {
        let rest = rest.trim_end_matches('>').trim();
        rest.is_empty() || rest.eq_ignore_ascii_case("search")
    })
}

fn is_divider(line: &str) -> bool {
    after_run(line, '=').is_some_and(str::is_empty)
}

fn is_updated(line: &str) -> bool {
    after_run(line, '>').is_some_and(|rest| rest.is_empty() || rest.eq_ignore_ascii_case("replace"))
}

/// A fence line: ``` or ~~~ (three or more), and its info string.
fn fence_opener(line: &str) -> Option<(char, usize, &str)> {
    let trimmed = line.trim_start();
    let ch = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let run = trimmed.chars().take_while(|c| *c == ch).count();
    (run >= 3).then(|| (ch, run, trimmed[run..].trim()))
}

fn is_fence_closer(line: &str, ch: char, run: usize) -> bool {
    fence_opener(line).is_some_and(|(c, r, info)| c == ch && r >= run && info.is_empty())
}

fn body(lines: &[&str]) -> String {
    lines.iter().map(|line| format!("{line}\n")).collect()
}

enum State<'a> {
    Outside,
    Search(Vec<&'a str>),
    Replace(Vec<&'a str>, Vec<&'a str>),
}

/// Reads the blocks of `text`. A reply that ends inside a SEARCH part is cut off; one that ends
/// inside the last REPLACE part without its `>>>>>>> REPLACE` is accepted only when it ends
/// cleanly (a closing fence, or a complete last line).
pub(super) fn scan(text: &str) -> Result<Blocks, String> {
    let mut blocks = Vec::new();
    let mut first_at = None;
    let mut state = State::Outside;
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches('\n');
        let at = offset;
        offset += raw.len();
        state = match state {
            State::Outside if is_head(line) => {
                first_at.get_or_insert(at);
                State::Search(Vec::new())
            }
            State::Outside => State::Outside,
            State::Search(search) if is_divider(line) => State::Replace(search, Vec::new()),
            State::Search(mut search) => {
                search.push(line);
                State::Search(search)
            }
            State::Replace(search, replace) if is_updated(line) => {
                blocks.push(SearchReplace {
                    search: body(&search),
                    replace: body(&replace),
                });
                State::Outside
            }
            State::Replace(search, replace) if is_head(line) => {
                // The model forgot `>>>>>>> REPLACE` before its next block.
                blocks.push(SearchReplace {
                    search: body(&search),
                    replace: body(without_closing_fence(&replace)),
                });
                State::Search(Vec::new())
            }
            State::Replace(search, mut replace) => {
                replace.push(line);
                State::Replace(search, replace)
            }
        };
    }
    match state {
        State::Outside => {}
        State::Search(_) => {
            return Err(format!(
                "the reply ends inside the SEARCH part of block {} (no =======): it was cut off",
                blocks.len() + 1
            ))
        }
        State::Replace(search, replace) => {
            let kept = without_closing_fence(&replace);
            if kept.len() == replace.len() && !text.ends_with('\n') {
                return Err(format!(
                    "the reply ends inside the REPLACE part of block {} (no >>>>>>> REPLACE): \
                     it was cut off",
                    blocks.len() + 1
                ));
            }
            blocks.push(SearchReplace {
                search: body(&search),
                replace: body(kept),
            });
        }
    }
    Ok(Blocks { blocks, first_at })
}

/// `lines` without a closing fence as their last non-blank line (and what follows it).
fn without_closing_fence<'a, 'b>(lines: &'b [&'a str]) -> &'b [&'a str] {
    match lines.iter().rposition(|line| !line.trim().is_empty()) {
        Some(last)
            if is_fence_closer(lines[last], '`', 3) || is_fence_closer(lines[last], '~', 3) =>
        {
            &lines[..last]
        }
        _ => lines,
    }
}

/// A fenced part of the text.
pub(super) struct Fence<'a> {
    pub info: &'a str,
    /// Between the fence lines, each line ending in `\n`.
    pub content: &'a str,
    /// Byte offset of the opening line.
    pub start: usize,
    pub closed: bool,
}

/// The fenced parts of `text`, in order.
pub(super) fn fences(text: &str) -> Vec<Fence<'_>> {
    let mut found = Vec::new();
    let mut open: Option<(char, usize, &str, usize, usize)> = None;
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches('\n');
        let at = offset;
        offset += raw.len();
        match open {
            Some((ch, run, info, start, content_start)) if is_fence_closer(line, ch, run) => {
                found.push(Fence {
                    info,
                    content: &text[content_start..at],
                    start,
                    closed: true,
                });
                open = None;
            }
            Some(_) => {}
            None => {
                if let Some((ch, run, info)) = fence_opener(line) {
                    open = Some((ch, run, info, at, offset));
                }
            }
        }
    }
    if let Some((_, _, info, start, content_start)) = open {
        found.push(Fence {
            info,
            content: &text[content_start.min(text.len())..],
            start,
            closed: false,
        });
    }
    found
}
