//! From the core to LSP: occurrences as diagnostics, fix plans as code actions with workspace
//! edits, and the negotiated encoding as a capability.

use std::collections::HashMap;
use std::path::Path;

use ropey::Rope;
use serde_json::json;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, Command, Diagnostic, DiagnosticSeverity, DocumentChanges, Hover,
    HoverContents, MarkupContent, MarkupKind, NumberOrString, OneOf,
    OptionalVersionedTextDocumentIdentifier, Position, PositionEncodingKind, Range,
    TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

use super::documents::{range_of, PositionEncoding};
use super::lsp_ext::{commands, FixActionData, PublishedDiagnosticData, DIAGNOSTIC_SOURCE};
use super::workspace_files::WorkspaceFiles;
use crate::fix::{byte_offset_of, sha256_hex, ColumnUnit, FilePatch, FixAction};
use crate::occurrence::{Occurrence, Severity};

pub fn position_encoding_kind(encoding: PositionEncoding) -> PositionEncodingKind {
    match encoding {
        PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
        PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
        PositionEncoding::Utf32 => PositionEncodingKind::UTF32,
    }
}

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Note => DiagnosticSeverity::INFORMATION,
    }
}

/// The `file:` URI of a path (relative paths are resolved against the current directory).
pub fn uri_of_path(path: &Path) -> Option<Uri> {
    Uri::from_file_path(path)
}

/// A file's text in both forms the conversions need.
pub struct FileText<'a> {
    pub text: &'a str,
    pub rope: &'a Rope,
}

/// An occurrence selfheal recognised in captured output, as a diagnostic on its file. With the
/// file's text the tool's line and column (in the tool's own unit) become an exact range; without
/// it, the numbers are passed on as they are.
pub fn diagnostic_of_occurrence(
    occurrence: &Occurrence,
    file: Option<FileText<'_>>,
    encoding: PositionEncoding,
    data: &PublishedDiagnosticData,
) -> Diagnostic {
    let range = match file {
        Some(file) => range_in_text(occurrence, &file, encoding),
        None => None,
    }
    .unwrap_or_else(|| range_as_printed(occurrence));
    Diagnostic {
        range,
        severity: Some(severity(occurrence.severity)),
        code: occurrence.code.clone().map(NumberOrString::String),
        source: Some(DIAGNOSTIC_SOURCE.to_string()),
        message: occurrence.message.clone(),
        data: serde_json::to_value(data).ok(),
        ..Diagnostic::default()
    }
}

fn range_as_printed(occurrence: &Occurrence) -> Range {
    let line = occurrence.line.unwrap_or(1).saturating_sub(1);
    let column = occurrence.column.unwrap_or(1).saturating_sub(1);
    let end_line = occurrence
        .end_line
        .map_or(line, |end| end.saturating_sub(1));
    let end_column = occurrence
        .end_column
        .map_or(column, |end| end.saturating_sub(1));
    Range::new(
        Position::new(line, column),
        Position::new(end_line, end_column),
    )
}

/// The range of an occurrence in its file: the tool's range; a column alone covers the word
/// there; a line alone covers the line's text.
fn range_in_text(
    occurrence: &Occurrence,
    file: &FileText<'_>,
    encoding: PositionEncoding,
) -> Option<Range> {
    let unit = ColumnUnit::of(occurrence.tool);
    let line = occurrence.line?;
    let line_start = byte_offset_of(file.text, line, 1, unit)?;
    let line_end = byte_offset_of(file.text, line, u32::MAX, unit)?;
    let (start, end) = match occurrence.column {
        Some(column) => {
            let start = byte_offset_of(file.text, line, column, unit)?;
            let end = match (occurrence.end_line, occurrence.end_column) {
                (Some(end_line), Some(end_column)) => {
                    byte_offset_of(file.text, end_line, end_column, unit)
                }
                _ => None,
            }
            .filter(|end| *end > start)
            .unwrap_or_else(|| word_end(file.text, start, line_end));
            (start, end)
        }
        None => {
            let content = &file.text[line_start..line_end];
            let indentation = content.len() - content.trim_start().len();
            (line_start + indentation, line_end)
        }
    };
    Some(range_of(file.rope, start, end, encoding))
}

/// The end of the identifier at `start`, or of the one character there.
fn word_end(text: &str, start: usize, line_end: usize) -> usize {
    let rest = &text[start..line_end.max(start)];
    let word: usize = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .map(char::len_utf8)
        .sum();
    match (word, rest.chars().next()) {
        (0, Some(first)) => start + first.len_utf8(),
        _ => start + word,
    }
}

/// The edits of a plan as one workspace edit: a versioned `TextDocumentEdit` per file (the open
/// document's version, `null` for a file the editor does not have open), or plain `changes` for
/// a client without `documentChanges`. `None` when a file changed since the plan was made.
pub fn workspace_edit(
    patches: &[FilePatch],
    files: &WorkspaceFiles,
    encoding: PositionEncoding,
    document_changes: bool,
) -> Option<WorkspaceEdit> {
    let mut document_edits = Vec::new();
    for patch in patches {
        let text = files.text(&patch.path)?;
        if sha256_hex(text.as_bytes()) != patch.original_sha256 {
            return None;
        }
        let open = files.open_file(&patch.path);
        let rope = match open {
            Some(open) => open.text.clone(),
            None => Rope::from_str(&text),
        };
        let (uri, version) = match open {
            Some(open) => (open.uri.clone(), Some(open.version)),
            None => (uri_of_path(&patch.path)?, None),
        };
        let edits: Vec<TextEdit> = patch
            .edits
            .iter()
            .map(|edit| TextEdit {
                range: range_of(&rope, edit.start, edit.end, encoding),
                new_text: edit.replacement.clone(),
            })
            .collect();
        document_edits.push((uri, version, edits));
    }
    Some(match document_changes {
        true => WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(
                document_edits
                    .into_iter()
                    .map(|(uri, version, edits)| TextDocumentEdit {
                        text_document: OptionalVersionedTextDocumentIdentifier { uri, version },
                        edits: edits.into_iter().map(OneOf::Left).collect(),
                    })
                    .collect(),
            )),
            ..WorkspaceEdit::default()
        },
        false => WorkspaceEdit {
            changes: Some(
                document_edits
                    .into_iter()
                    .map(|(uri, _, edits)| (uri, edits))
                    .collect::<HashMap<_, _>>(),
            ),
            ..WorkspaceEdit::default()
        },
    })
}

/// A fix as a quick fix. An edit fix carries the workspace edit and, as its command,
/// `selfheal.recordOutcome {token, event: "applied"}`, which the editor runs after applying the
/// edit so that the server starts watching the error. A command fix asks the editor to run the
/// command in a terminal (`selfheal.runInTerminal [commandLine, {cwd, token}]`, after the person
/// confirms); the editor then sends the same `recordOutcome` with that token, and the next run
/// of the command that showed the error judges it.
pub fn quick_fix(
    title: &str,
    diagnostic: &Diagnostic,
    action: &FixAction,
    edit: Option<WorkspaceEdit>,
    data: &FixActionData,
    is_preferred: bool,
    command_directory: Option<&Path>,
) -> Option<CodeAction> {
    let (edit, command) = match action {
        FixAction::Edit(_) => (
            Some(edit?),
            Command {
                title: "selfheal: watch whether the fix worked".to_string(),
                command: commands::RECORD_OUTCOME.to_string(),
                arguments: Some(vec![json!({"token": data.token, "event": "applied"})]),
            },
        ),
        FixAction::Command(command_line) => (
            None,
            Command {
                title: title.to_string(),
                command: commands::RUN_IN_TERMINAL.to_string(),
                arguments: Some(vec![
                    json!(command_line),
                    json!({
                        "cwd": command_directory.map(|d| d.display().to_string()),
                        "token": data.token,
                    }),
                ]),
            },
        ),
    };
    Some(CodeAction {
        title: title.to_string(),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic.clone()]),
        edit,
        command: Some(command),
        is_preferred: is_preferred.then_some(true),
        data: serde_json::to_value(data).ok(),
        ..CodeAction::default()
    })
}

/// Markdown as a hover over `range`.
pub fn hover(markdown: String, range: Range) -> Hover {
    Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(range),
    }
}
