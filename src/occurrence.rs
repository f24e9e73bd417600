//! The domain types every part shares: one recognised error (`Occurrence`), the tool that printed
//! it, its severity, the notes attached to it and the fixes the tool itself suggested.

use serde::{Deserialize, Serialize};

/// One error, warning or note recognised in a tool's output.
///
/// Lines and columns are 1-based, as the tools print them; `end_column` is exclusive (one past the
/// last character), like rustc's `column_end` and LSP ranges. A field the tool did not print is
/// `None`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occurrence {
    pub tool: Tool,
    pub severity: Severity,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub end_line: Option<u32>,
    pub end_column: Option<u32>,
    /// The tool's own code for the error: `E0425`, `TS2304`, `no-unused-vars`, `name-defined`,
    /// `NameError`, `-Wunused-variable` …
    pub code: Option<String>,
    /// The headline message, one line, without the file/line prefix.
    pub message: String,
    /// Notes, help and context lines the tool attached to this error, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// Fixes the tool itself proposed (rustc suggestions, clang/gcc fix-it hints, "did you mean").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<Suggestion>,
    /// The source line as the tool showed it without its indentation, and the columns it marked
    /// there (Python's `~~~^^^` under a traceback's line): a column only once the file's own
    /// line is read and found to be that text (`Occurrence::with_marked_columns`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marked: Option<Marked>,
}

/// Columns a tool marked under the source line it showed without its indentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marked {
    /// The line as shown, indentation stripped.
    pub source: String,
    /// 1-based character columns of `source`, end exclusive.
    pub start: u32,
    pub end: u32,
}

impl Occurrence {
    /// An occurrence with only the essentials set; parsers fill in the rest.
    pub fn new(tool: Tool, severity: Severity, message: impl Into<String>) -> Self {
        Occurrence {
            tool,
            severity,
            file: None,
            line: None,
            column: None,
            end_line: None,
            end_column: None,
            code: None,
            message: message.into(),
            notes: Vec::new(),
            suggestions: Vec::new(),
            marked: None,
        }
    }

    /// This occurrence with the columns it marked (`marked`) placed in `line_text`, the file's
    /// line it names: when it has no column yet and that line, indentation stripped, is the
    /// text the tool showed. A column off by the line's indentation would misplace an edit, so
    /// nothing is guessed when the file's line differs.
    pub fn with_marked_columns(&self, line_text: Option<&str>) -> Option<Occurrence> {
        let marked = self.marked.as_ref()?;
        let line_text = line_text?.trim_end_matches(['\r', '\n']);
        if self.column.is_some() || line_text.trim() != marked.source.trim() {
            return None;
        }
        let indent = line_text.chars().take_while(|c| c.is_whitespace()).count() as u32;
        let mut placed = self.clone();
        placed.column = Some(indent + marked.start);
        placed.end_line = self.line;
        placed.end_column = Some(indent + marked.end);
        Some(placed)
    }
}

/// The program whose output an occurrence came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tool {
    Rustc,
    Gcc,
    Clang,
    Python,
    Pytest,
    Mypy,
    Ruff,
    Tsc,
    Eslint,
    Node,
    Go,
    Javac,
    Generic,
}

impl Tool {
    pub fn as_str(self) -> &'static str {
        match self {
            Tool::Rustc => "rustc",
            Tool::Gcc => "gcc",
            Tool::Clang => "clang",
            Tool::Python => "python",
            Tool::Pytest => "pytest",
            Tool::Mypy => "mypy",
            Tool::Ruff => "ruff",
            Tool::Tsc => "tsc",
            Tool::Eslint => "eslint",
            Tool::Node => "node",
            Tool::Go => "go",
            Tool::Javac => "javac",
            Tool::Generic => "generic",
        }
    }

    /// The language family: tools of one family share fingerprints, so the same message from a
    /// compiler and from a linter or language server of that language is the same error.
    pub fn language(self) -> Language {
        match self {
            Tool::Rustc => Language::Rust,
            Tool::Gcc | Tool::Clang => Language::C,
            Tool::Python | Tool::Pytest | Tool::Mypy | Tool::Ruff => Language::Python,
            Tool::Tsc | Tool::Eslint | Tool::Node => Language::JavaScript,
            Tool::Go => Language::Go,
            Tool::Javac => Language::Java,
            Tool::Generic => Language::Unknown,
        }
    }
}

impl std::fmt::Display for Tool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Language families, for fingerprints and (later) for where imports go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Rust,
    C,
    Python,
    JavaScript,
    Go,
    Java,
    Unknown,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Language::Rust => "rust",
            Language::C => "c",
            Language::Python => "python",
            Language::JavaScript => "javascript",
            Language::Go => "go",
            Language::Java => "java",
            Language::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A line of context the tool attached to an error: `note: …`, `help: …`, `= help: …`,
/// "In file included from …", a traceback frame, `symbol: variable x` …
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub kind: NoteKind,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
}

impl Note {
    pub fn new(kind: NoteKind, message: impl Into<String>) -> Self {
        Note {
            kind,
            message: message.into(),
            file: None,
            line: None,
            column: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteKind {
    Note,
    Help,
    /// Where the error came from: an include chain, a traceback frame, a stack frame.
    Context,
}

impl NoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NoteKind::Note => "note",
            NoteKind::Help => "help",
            NoteKind::Context => "context",
        }
    }
}

/// A replacement the tool itself proposed. The range is 1-based, end exclusive; an insertion has
/// start == end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub message: String,
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub replacement: String,
    pub applicability: Applicability,
}

/// How sure the tool is that its suggestion is right (rustc's terms; other tools map onto them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    MachineApplicable,
    MaybeIncorrect,
    HasPlaceholders,
    Unspecified,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::MachineApplicable => "machine-applicable",
            Applicability::MaybeIncorrect => "maybe-incorrect",
            Applicability::HasPlaceholders => "has-placeholders",
            Applicability::Unspecified => "unspecified",
        }
    }
}
