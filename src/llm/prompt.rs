//! What is sent: the scrubbed error (every occurrence of its fingerprint, the tool and the
//! language), a window of the code around it plus the file's import block, the candidates
//! already tried and why they failed, and up to 3 similar past fixes. Everything passes
//! `crate::scrub` before it leaves the machine. Files the person excluded are never sent.
//!
//! INTERFACE (kept by the implementation): `ErrorText`, `TriedFix`, `PastFix`, `ProposalInput`,
//! `Window`, `window_around`, `import_block`, `build_request`, `follow_up`, `is_excluded`.

mod exclude;
mod imports;
#[cfg(test)]
mod tests;

use std::fmt::Write;

use super::edits::scrubbed::Scrubbed;
use super::edits::Mismatch;
use super::wire::{ChatMessage, ChatRequest, ChatRole};
use crate::scrub::scrub;

pub use exclude::is_excluded;
pub use imports::import_block;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorText {
    pub message: String,
    pub code: Option<String>,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriedFix {
    pub title: String,
    pub why_failed: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastFix {
    pub message: String,
    /// A unified diff of the fix.
    pub diff: String,
}

/// Everything a prompt is made of, unscrubbed (`build_request` scrubs).
#[derive(Debug, Clone)]
pub struct ProposalInput<'a> {
    pub tool: &'a str,
    pub language: &'a str,
    /// Every occurrence of the error's fingerprint, the one to fix first.
    pub errors: &'a [ErrorText],
    /// The file to fix, as shown to the model (relative to the workspace when possible).
    pub file: &'a str,
    /// The file's whole current text.
    pub text: &'a str,
    /// 1-based line of the error in `file`.
    pub line: u32,
    pub tried: &'a [TriedFix],
    pub similar: &'a [PastFix],
    /// Ask for the whole window rewritten instead of SEARCH/REPLACE blocks.
    pub whole_window: bool,
}

/// Lines `start_line..=end_line` (1-based) of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start_line: u32,
    pub end_line: u32,
}

/// Lines either side of the error that are sent and may be edited.
pub const WINDOW_RADIUS: u32 = 40;

/// The most similar past fixes sent.
pub const MAX_SIMILAR: usize = 3;

/// The lines within `WINDOW_RADIUS` of `line`, clamped to the file (line 1 of an empty file).
pub fn window_around(text: &str, line: u32) -> Window {
    let lines = (text.lines().count() as u32).max(1);
    let line = line.clamp(1, lines);
    Window {
        start_line: line.saturating_sub(WINDOW_RADIUS).max(1),
        end_line: line.saturating_add(WINDOW_RADIUS).min(lines),
    }
}

const SYSTEM_INTRO: &str = "You fix one error reported by a developer tool. You are shown the \
error, a window of the file around it (and the file's import block), and what was already tried. \
Propose the smallest change to the shown code that fixes the error.\n\n\
Reply with exactly this format and nothing else:\n\
1. One line of JSON: {\"title\": \"<what the fix does, imperative, under 70 characters>\", \
\"explanation\": \"<one or two sentences: why>\", \"confidence\": <0 to 1>, \"deletes\": <true|false>}\n";

const SYSTEM_BLOCKS: &str = "2. One or more edit blocks:\n\
<<<<<<< SEARCH\n<lines copied exactly from the shown code>\n=======\n<the lines that replace them>\n\
>>>>>>> REPLACE\n\n\
Example:\n\
{\"title\": \"Pass the missing name argument\", \"explanation\": \"greet() takes one argument\", \
\"confidence\": 0.8, \"deletes\": false}\n\
<<<<<<< SEARCH\n    greet()\n=======\n    greet(\"world\")\n>>>>>>> REPLACE\n\n\
Rules:\n\
- SEARCH copies whole lines exactly from the shown code, indentation included, and must match \
exactly one place: add surrounding lines if a line appears more than once.\n\
- Keep SEARCH short: the lines that change plus a line or two of context.\n\
- Edit only the shown window (or the import block); do not rewrite unrelated code.\n";

const SYSTEM_WHOLE: &str = "2. The whole shown window rewritten, every line of it from its \
first line to its last, with the fix applied, in ONE fenced code block. Nothing after it.\n\n\
Rules:\n\
- Copy every unchanged line exactly, indentation included; change only what the fix needs.\n\
- Do not add line numbers; do not shorten or summarise the code.\n";

const SYSTEM_COMMON: &str = "- \"deletes\": true only when the fix removes code (an empty \
replacement is refused otherwise).\n\
- Secrets in the code are shown as <redacted:KIND> markers. Never invent such a marker; keep the \
ones you copy exactly as they are, on the lines they are on.\n\
- Do not put line numbers in the code; line numbers are given outside it.\n";

/// The system prompt for the reply format asked.
fn system_prompt(whole_window: bool) -> String {
    let format = if whole_window {
        SYSTEM_WHOLE
    } else {
        SYSTEM_BLOCKS
    };
    format!("{SYSTEM_INTRO}{format}{SYSTEM_COMMON}")
}

/// `content` in a fence longer than any run of backticks in it.
fn fenced(info: &str, content: &str) -> String {
    let longest = content
        .split(|ch| ch != '`')
        .map(str::len)
        .max()
        .unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let body = content.trim_end_matches('\n');
    format!("{fence}{info}\n{body}\n{fence}\n")
}

/// Lines `window` of the scrubbed document, each ending in `\n`.
fn lines_text(doc: &Scrubbed<'_>, window: &Window) -> String {
    doc.lines_in(window)
        .map(|index| format!("{}\n", doc.content(index)))
        .collect()
}

fn error_line(error: &ErrorText) -> String {
    let mut place = error.file.clone().unwrap_or_default();
    for number in [error.line, error.column].into_iter().flatten() {
        let _ = write!(place, ":{number}");
    }
    let code = error
        .code
        .as_deref()
        .map(|code| format!("[{code}] "))
        .unwrap_or_default();
    match place.is_empty() {
        true => format!("{code}{}", error.message.trim_end()),
        false => format!("{place}: {code}{}", error.message.trim_end()),
    }
}

/// The user message, unscrubbed apart from the code (scrubbed as a whole file).
fn user_message(input: &ProposalInput<'_>, window: &Window) -> String {
    let doc = Scrubbed::new(input.text);
    let language = input.language;
    let mut text = format!("Tool: {} (language: {language})\n\n", input.tool);
    text.push_str("Error to fix");
    if input.errors.len() > 1 {
        text.push_str(" (the first; the others are the same error elsewhere)");
    }
    text.push_str(":\n");
    for error in input.errors {
        let _ = writeln!(text, "- {}", error_line(error));
    }
    let _ = writeln!(text, "\nFile: {}", input.file);
    if let Some(block) = import_block(input.text, language) {
        if block.start_line < window.start_line {
            let shown = Window {
                start_line: block.start_line,
                end_line: block.end_line.min(window.start_line - 1),
            };
            let _ = write!(
                text,
                "\nImport block, lines {}–{} of {}:\n{}",
                shown.start_line,
                shown.end_line,
                input.file,
                fenced(language, &lines_text(&doc, &shown))
            );
        }
    }
    let _ = write!(
        text,
        "\nCode, lines {}–{} of {} (the error is on line {}):\n{}",
        window.start_line,
        window.end_line,
        input.file,
        input.line,
        fenced(language, &lines_text(&doc, window))
    );
    if !input.tried.is_empty() {
        text.push_str("\nAlready tried, and it did not fix the error:\n");
        for tried in input.tried {
            let _ = writeln!(text, "- {}: {}", tried.title, tried.why_failed);
        }
    }
    if !input.similar.is_empty() {
        text.push_str("\nSimilar errors fixed before:\n");
        for (number, past) in input.similar.iter().take(MAX_SIMILAR).enumerate() {
            let _ = write!(
                text,
                "{}. {}\n{}",
                number + 1,
                past.message.trim_end(),
                fenced("diff", &past.diff)
            );
        }
    }
    text.push_str(match input.whole_window {
        true => {
            "\nReply with the JSON line, then the whole code above rewritten in one fenced block.\n"
        }
        false => "\nReply with the JSON line, then SEARCH/REPLACE blocks.\n",
    });
    text
}

/// The request: system prompt and one user message, scrubbed.
pub fn build_request(input: &ProposalInput<'_>, window: &Window) -> ChatRequest {
    ChatRequest {
        system: scrub(&system_prompt(input.whole_window)).into_owned(),
        messages: vec![ChatMessage {
            role: ChatRole::User,
            content: scrub(&user_message(input, window)).into_owned(),
        }],
    }
}

/// The message that asks once more, with the mismatch explained.
pub fn follow_up(mismatch: &Mismatch) -> String {
    let text = format!(
        "Your edit could not be applied. {}\n\nReply again in the same format: the JSON line, \
         then SEARCH/REPLACE blocks whose SEARCH copies lines exactly from the code shown (or, \
         if you were asked for it, the whole shown code rewritten in one fenced block).",
        mismatch.explain()
    );
    scrub(&text).into_owned()
}
