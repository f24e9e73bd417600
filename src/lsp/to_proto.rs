//! From the core to LSP: occurrences as diagnostics, fix plans as code actions with workspace
//! edits, and the negotiated encoding as a capability.

use std::collections::HashMap;
use std::path::Path;

use ropey::Rope;
use serde_json::json;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, Command, Diagnostic, DiagnosticRelatedInformation,
    DiagnosticSeverity, DocumentChanges, Hover, HoverContents, Location, MarkupContent, MarkupKind,
    NumberOrString, OneOf, OptionalVersionedTextDocumentIdentifier, Position, PositionEncodingKind,
    Range, TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

use super::documents::{range_of, PositionEncoding};
use super::lsp_ext::{commands, FixActionData, PublishedDiagnosticData, DIAGNOSTIC_SOURCE};
use super::workspace_files::WorkspaceFiles;
use crate::fix::{byte_offset_of, sha256_hex, ColumnUnit, FilePatch, FixAction};
use crate::occurrence::{Applicability, NoteKind, Occurrence, Severity, Suggestion};

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
    uri: &Uri,
    file: Option<FileText<'_>>,
    encoding: PositionEncoding,
    data: &PublishedDiagnosticData,
) -> Diagnostic {
    let range = match &file {
        Some(file) => range_in_text(occurrence, file, encoding),
        None => None,
    }
    .unwrap_or_else(|| range_as_printed(occurrence));
    let related = related_information(occurrence, uri, range, file.as_ref(), encoding);
    Diagnostic {
        range,
        severity: Some(severity(occurrence.severity)),
        code: occurrence.code.clone().map(NumberOrString::String),
        source: Some(DIAGNOSTIC_SOURCE.to_string()),
        message: occurrence.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        data: serde_json::to_value(data).ok(),
        ..Diagnostic::default()
    }
}

/// The notes and the tool's own suggestions as related information, the way rust-analyzer
/// forwards rustc's: a note as `help: …` / `note: …` at its place (else at the error), each
/// suggestion as `message: `replacement`` at the span it replaces, most applicable first. A
/// client that shows them shows the whole error, and the same error forwarded back from an
/// editor is read the same way (`from_proto`).
fn related_information(
    occurrence: &Occurrence,
    uri: &Uri,
    range: Range,
    file: Option<&FileText<'_>>,
    encoding: PositionEncoding,
) -> Vec<DiagnosticRelatedInformation> {
    let here = Location::new(uri.clone(), range);
    let mut related: Vec<DiagnosticRelatedInformation> = occurrence
        .notes
        .iter()
        .filter(|note| note.kind != NoteKind::Context)
        .map(|note| {
            let location = match (&note.file, note.line) {
                (Some(path), Some(line)) => uri_of_path(Path::new(path)).map(|uri| {
                    let position = Position::new(line.saturating_sub(1), 0);
                    Location::new(uri, Range::new(position, position))
                }),
                _ => None,
            };
            DiagnosticRelatedInformation {
                location: location.unwrap_or_else(|| here.clone()),
                message: format!("{}: {}", note.kind.as_str(), note.message),
            }
        })
        .collect();
    let mut suggestions: Vec<&Suggestion> = occurrence.suggestions.iter().collect();
    suggestions.sort_by_key(|suggestion| applicability_rank(suggestion.applicability));
    for suggestion in suggestions {
        if suggestion.applicability == Applicability::HasPlaceholders {
            continue;
        }
        let in_this_file = occurrence.file.as_deref() == Some(suggestion.file.as_str());
        let exact = match (in_this_file, file) {
            (true, Some(file)) => {
                let unit = ColumnUnit::of_suggestion(occurrence.tool, suggestion.applicability);
                let start = byte_offset_of(file.text, suggestion.line, suggestion.column, unit);
                let end =
                    byte_offset_of(file.text, suggestion.end_line, suggestion.end_column, unit);
                match (start, end) {
                    (Some(start), Some(end)) if end >= start => Some(Location::new(
                        uri.clone(),
                        range_of(file.rope, start, end, encoding),
                    )),
                    _ => None,
                }
            }
            _ => None,
        };
        // Only an exact span can be read back as an edit; another file's is left to the tool.
        let Some(location) = exact else { continue };
        related.push(DiagnosticRelatedInformation {
            location,
            message: format!("{}: `{}`", suggestion.message, suggestion.replacement),
        });
    }
    related
}

fn applicability_rank(applicability: Applicability) -> u8 {
    match applicability {
        Applicability::MachineApplicable => 0,
        Applicability::MaybeIncorrect => 1,
        Applicability::Unspecified => 2,
        Applicability::HasPlaceholders => 3,
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

/// "Propose a fix with anthropic (selfheal)" for a diagnostic without a confident fix: listed
/// instantly, it carries only the command; the provider is asked when a person chooses it.
pub fn propose_action(
    provider: crate::llm::ProviderKind,
    diagnostic: &Diagnostic,
    uri: &tower_lsp_server::ls_types::Uri,
    version: i32,
) -> CodeAction {
    let title = format!("Propose a fix with {} (selfheal)", provider.as_str());
    CodeAction {
        title: title.clone(),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic.clone()]),
        command: Some(Command {
            title,
            command: commands::PROPOSE_FIX.to_string(),
            arguments: Some(vec![json!({
                "uri": uri,
                "version": version,
                "diagnostic": diagnostic,
            })]),
        }),
        ..CodeAction::default()
    }
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
