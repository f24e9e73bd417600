//! From LSP to the core: the negotiated position encoding, paths of URIs, and — the bridge —
//! an editor `Diagnostic` of any source as an `Occurrence` the pattern library can match: its
//! wording read as the terminal's (`wording`), its span in the tool's column unit, the source
//! line as context, and the server's own fix as the tool's suggestion (`server_fixes`). Codes
//! pass through otherwise (rust-analyzer forwards rustc's `E0425`); numeric TypeScript codes
//! become `TS2304`, as tsc prints them.

use std::path::PathBuf;

use tower_lsp_server::ls_types::{
    Diagnostic, DiagnosticSeverity, InitializeParams, NumberOrString, PositionEncodingKind, Uri,
};

use super::documents::{offset_of, Document, PositionEncoding};
use super::server_fixes::{line_start, suggestions};
use super::state::SeenDiagnostic;
use super::wording::bridge;
use crate::fix::{line_and_column_of, ColumnUnit};
use crate::occurrence::{Note, NoteKind, Occurrence, Severity, Tool};

/// UTF-8 when the client offers it (the core counts bytes: no conversion), else UTF-32 when
/// offered, else the LSP default UTF-16.
pub fn position_encoding_of(params: &InitializeParams) -> PositionEncoding {
    let offered = params
        .capabilities
        .general
        .as_ref()
        .and_then(|general| general.position_encodings.as_ref());
    match offered {
        Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => PositionEncoding::Utf8,
        Some(kinds) if kinds.contains(&PositionEncodingKind::UTF32) => PositionEncoding::Utf32,
        _ => PositionEncoding::Utf16,
    }
}

/// The file behind a `file:` URI.
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    let is_file = uri.scheme().as_str().eq_ignore_ascii_case("file");
    match is_file {
        true => uri.to_file_path().map(|path| path.into_owned()),
        false => None,
    }
}

/// The tool whose wording a diagnostic's `source` uses.
pub fn tool_of_source(source: Option<&str>) -> Tool {
    let source = source.unwrap_or("").to_ascii_lowercase();
    match source.as_str() {
        "rustc" | "rust-analyzer" | "cargo" | "clippy" => Tool::Rustc,
        "pyright" | "pylance" | "basedpyright" | "python" | "pylsp" | "jedi" | "pyflakes" => {
            Tool::Python
        }
        "ruff" => Tool::Ruff,
        "mypy" => Tool::Mypy,
        "pytest" => Tool::Pytest,
        "node" => Tool::Node,
        "ts" | "typescript" | "tsc" | "tsserver" | "deno-ts" | "vtsls" => Tool::Tsc,
        "eslint" | "eslint_d" => Tool::Eslint,
        "gopls" | "compiler" | "go" | "go vet" | "staticcheck" => Tool::Go,
        "javac" | "jdtls" | "java" => Tool::Javac,
        "gcc" => Tool::Gcc,
        "clang" | "clangd" | "clang-tidy" => Tool::Clang,
        _ => Tool::Generic,
    }
}

/// The tool to assume for a diagnostic whose source says nothing, from the document's language.
pub fn tool_of_language(language_id: &str) -> Tool {
    match language_id {
        "rust" => Tool::Rustc,
        "python" => Tool::Python,
        "typescript" | "typescriptreact" | "javascript" | "javascriptreact" => Tool::Tsc,
        "go" => Tool::Go,
        "java" => Tool::Javac,
        "c" | "cpp" | "objective-c" | "objective-cpp" => Tool::Clang,
        _ => Tool::Generic,
    }
}

/// The tool of a diagnostic: by its source, else by the document's language.
pub fn tool_of(diagnostic: &Diagnostic, language_id: Option<&str>) -> Tool {
    match (tool_of_source(diagnostic.source.as_deref()), language_id) {
        (Tool::Generic, Some(language_id)) => tool_of_language(language_id),
        (tool, _) => tool,
    }
}

pub fn severity_of(severity: Option<DiagnosticSeverity>) -> Severity {
    match severity {
        Some(DiagnosticSeverity::WARNING) => Severity::Warning,
        Some(DiagnosticSeverity::INFORMATION) | Some(DiagnosticSeverity::HINT) => Severity::Note,
        // The protocol leaves a missing severity to the client; most show it as an error.
        _ => Severity::Error,
    }
}

/// Where in the document a diagnostic sits, as the core counts: 1-based lines separated by `\n`
/// and 1-based columns in the tool's own unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoreSpan {
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

impl CoreSpan {
    /// The span of bytes `start..end` of `text`, columns counted in `unit`.
    pub fn of_bytes(text: &str, start: usize, end: usize, unit: ColumnUnit) -> CoreSpan {
        let (line, column) = line_and_column_of(text, start, unit);
        let (end_line, end_column) = line_and_column_of(text, end.max(start), unit);
        CoreSpan {
            line,
            column,
            end_line,
            end_column,
        }
    }
}

/// An editor diagnostic as an occurrence of its tool, with the wording bridged and the span (if
/// the document is known) in the tool's column unit. `text` is the document's text when it is
/// open: some wordings are read with the line they point at.
pub fn occurrence_of(
    diagnostic: &Diagnostic,
    file: Option<&str>,
    span: Option<CoreSpan>,
    language_id: Option<&str>,
    text: Option<&str>,
) -> Occurrence {
    let tool = tool_of(diagnostic, language_id);
    let mut lines = diagnostic.message.lines().map(str::trim_end);
    let headline = lines.next().unwrap_or("").trim().to_string();
    let code = match &diagnostic.code {
        Some(NumberOrString::Number(number)) if tool == Tool::Tsc => Some(format!("TS{number}")),
        Some(NumberOrString::Number(number)) => Some(number.to_string()),
        Some(NumberOrString::String(code)) if tool == Tool::Tsc && is_digits(code) => {
            Some(format!("TS{code}"))
        }
        Some(NumberOrString::String(code)) => Some(code.clone()),
        None => None,
    };
    let line = text.and_then(|text| text.split('\n').nth(diagnostic.range.start.line as usize));
    let (code, message) = bridge(tool, code, headline, line.map(|l| l.trim_end_matches('\r')));
    let mut occurrence = Occurrence::new(tool, severity_of(diagnostic.severity), message);
    occurrence.code = code;
    occurrence.file = file.map(str::to_string);
    if let Some(span) = span {
        occurrence.line = Some(span.line);
        occurrence.column = Some(span.column);
        occurrence.end_line = Some(span.end_line);
        occurrence.end_column = Some(span.end_column);
    }
    for line in lines.filter(|line| !line.trim().is_empty()) {
        occurrence.notes.push(note_of(line.trim()));
    }
    for related in diagnostic.related_information.iter().flatten() {
        let mut note = note_of(related.message.trim());
        note.file = path_of(&related.location.uri).map(|p| p.display().to_string());
        note.line = Some(related.location.range.start.line + 1);
        occurrence.notes.push(note);
    }
    occurrence
}

/// The occurrence behind a diagnostic the server sees on `document`: selfheal's own keep the
/// one they were made from; others are translated, their range counted in the tool's unit.
pub fn occurrence_of_seen(
    seen: &SeenDiagnostic,
    document: &Document,
    text: &str,
    encoding: PositionEncoding,
) -> Occurrence {
    if let Some(occurrence) = &seen.occurrence {
        return occurrence.clone();
    }
    let range = seen.diagnostic.range;
    let start = offset_of(&document.text, range.start, encoding);
    let end = offset_of(&document.text, range.end, encoding);
    let tool = tool_of(&seen.diagnostic, Some(&document.language_id));
    let span = CoreSpan::of_bytes(text, start, end, ColumnUnit::of(tool));
    let file = document
        .path
        .as_ref()
        .map(|path| path.display().to_string());
    let mut occurrence = occurrence_of(
        &seen.diagnostic,
        file.as_deref(),
        Some(span),
        Some(&document.language_id),
        Some(text),
    );
    if let Some(file) = file {
        occurrence.suggestions =
            suggestions(&seen.diagnostic, document, text, encoding, tool, &file);
    }
    // The source line, as the terminal shows it under an error (a Python traceback's code line):
    // patterns that look at the code need it, and the document has it.
    if !occurrence
        .notes
        .iter()
        .any(|note| note.kind == NoteKind::Context)
    {
        let line = &text[line_start(text, start)..];
        let line = line.split('\n').next().unwrap_or("").trim();
        if !line.is_empty() {
            occurrence.notes.push(Note::new(NoteKind::Context, line));
        }
    }
    occurrence
}

/// A part of another diagnostic, published on its own: rust-analyzer publishes each `help:` and
/// `note:` of a rustc error as a hint whose related information points back at the "original
/// diagnostic". It says nothing by itself (`expected due to this`), and read as an error of its
/// own its words could be mistaken for another error's (`expected `i32`, found integer` is not
/// a syntax error): it is explained as part of its original.
pub fn is_part_of_another(diagnostic: &Diagnostic) -> bool {
    diagnostic.severity == Some(DiagnosticSeverity::HINT)
        && diagnostic
            .related_information
            .iter()
            .flatten()
            .any(|related| related.message == "original diagnostic")
}

/// One line of a multi-line message or of related information: `help: …` is help, the rest
/// notes, with the prefix gone as the capture parsers leave it.
fn note_of(text: &str) -> Note {
    let (kind, message) = match text.split_once(": ") {
        Some(("help", rest)) => (NoteKind::Help, rest),
        Some(("note", rest)) => (NoteKind::Note, rest),
        _ => (NoteKind::Note, text),
    };
    Note::new(kind, message)
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::{Position, Range};

    fn diagnostic(source: &str, code: Option<NumberOrString>, message: &str) -> Diagnostic {
        Diagnostic {
            range: Range::new(Position::new(0, 0), Position::new(0, 1)),
            source: Some(source.to_string()),
            code,
            message: message.to_string(),
            ..Diagnostic::default()
        }
    }

    #[test]
    fn pyright_wording_becomes_the_python_wording() {
        let occurrence = occurrence_of(
            &diagnostic(
                "Pyright",
                Some(NumberOrString::String("reportUndefinedVariable".into())),
                "\"json\" is not defined",
            ),
            Some("/p/main.py"),
            None,
            None,
            None,
        );
        assert_eq!(occurrence.tool, Tool::Python);
        assert_eq!(occurrence.code.as_deref(), Some("NameError"));
        assert_eq!(occurrence.message, "name 'json' is not defined");
    }

    #[test]
    fn codes_pass_through_and_tsc_numbers_gain_their_prefix() {
        let rust = occurrence_of(
            &diagnostic(
                "rustc",
                Some(NumberOrString::String("E0425".into())),
                "cannot find value `x` in this scope\nhelp: consider importing this",
            ),
            None,
            None,
            None,
            None,
        );
        assert_eq!(rust.code.as_deref(), Some("E0425"));
        assert_eq!(rust.message, "cannot find value `x` in this scope");
        assert_eq!(rust.notes[0].kind, NoteKind::Help);
        let ts = occurrence_of(
            &diagnostic(
                "ts",
                Some(NumberOrString::Number(2304)),
                "Cannot find name 'x'.",
            ),
            None,
            None,
            Some("typescript"),
            None,
        );
        assert_eq!(ts.code.as_deref(), Some("TS2304"));
        assert_eq!(tool_of_source(Some("someLinter")), Tool::Generic);
    }

    #[test]
    fn rust_analyzers_child_hints_are_parts_of_their_original() {
        let mut child = diagnostic("rustc", None, "expected `i32`, found integer");
        child.severity = Some(DiagnosticSeverity::HINT);
        child.related_information = Some(vec![
            tower_lsp_server::ls_types::DiagnosticRelatedInformation {
                location: tower_lsp_server::ls_types::Location::new(
                    "file:///p/src/main.rs".parse().unwrap(),
                    Range::new(Position::new(3, 1), Position::new(3, 4)),
                ),
                message: "original diagnostic".to_string(),
            },
        ]);
        assert!(is_part_of_another(&child));
        child.severity = Some(DiagnosticSeverity::ERROR);
        assert!(!is_part_of_another(&child));
    }

    #[test]
    fn columns_count_in_the_tool_unit() {
        let text = "a😀b\n\tx";
        let b = "a😀".len();
        assert_eq!(line_and_column_of(text, b, ColumnUnit::Chars), (1, 3));
        assert_eq!(line_and_column_of(text, b, ColumnUnit::Utf16), (1, 4));
        assert_eq!(line_and_column_of(text, b, ColumnUnit::Bytes), (1, 6));
        assert_eq!(
            line_and_column_of(text, text.len() - 1, ColumnUnit::Display),
            (2, 9)
        );
    }
}
