//! selfheal's own LSP messages, typed in one place. Editors and tests rely on these names and
//! shapes (README.md, "`selfheal lsp` — the language server").
//!
//! Client → server notifications:
//! - `selfheal/didChangeExternalDiagnostics {uri, version?, origin, diagnostics}`: the
//!   diagnostics other servers and linters published for `uri`, a full replacement, in the
//!   negotiated position encoding, selfheal's own excluded. A `version` older than the open
//!   document's is refused (the ranges refer to text that is gone).
//! - `selfheal/didCaptureOutput {origin, cwd, commandLine, exitCode, output, truncated}`: what ran
//!   in the editor's terminal. The server publishes diagnostics (source `selfheal`) for it.
//! - `window/workDoneProgress/cancel {token}`: the standard LSP notification, which the framework
//!   does not route itself; it stops a running `selfheal.runTask`.
//!
//! Client → server requests:
//! - `selfheal/documentText {uri, version?} → {uri, version, text}`: the server's copy of an open
//!   document. For tests and for debugging an editor integration (does the server see what the
//!   editor sees?); a `version` other than the server's is refused with ContentModified.
//! - `selfheal/debugPanic {} → never returns`: panics inside a request handler, to test that a
//!   panic answers that request with an internal error and the server lives on. Active only when
//!   the server was started with `SELFHEAL_LSP_TEST_HOOKS=1`; otherwise it answers
//!   MethodNotFound.
//!
//! Commands (`workspace/executeCommand`) are named in `commands`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::notification::Notification;
use tower_lsp_server::ls_types::request::Request;
use tower_lsp_server::ls_types::{Diagnostic, NumberOrString, Uri};

/// The environment variable that turns on `selfheal/debugPanic`.
pub const TEST_HOOKS_VARIABLE: &str = "SELFHEAL_LSP_TEST_HOOKS";

/// The source of the diagnostics selfheal publishes itself.
pub const DIAGNOSTIC_SOURCE: &str = "selfheal";

/// The code action kind of fix-all-on-save.
pub const FIX_ALL_KIND: &str = "source.fixAll.selfheal";

/// Command names. `RUN_IN_TERMINAL` is implemented by the editor integrations, not the server:
/// a `command` fix is a `Command` that asks the editor to run a shell command in a terminal after
/// the person confirms.
pub mod commands {
    pub const RUN_TASK: &str = "selfheal.runTask";
    pub const PROPOSE_FIX: &str = "selfheal.proposeFix";
    pub const RECORD_OUTCOME: &str = "selfheal.recordOutcome";
    pub const EXPLAIN: &str = "selfheal.explain";
    pub const STATS: &str = "selfheal.stats";
    pub const RUN_IN_TERMINAL: &str = "selfheal.runInTerminal";

    /// The commands the server executes (its `executeCommandProvider`).
    pub const SERVED: &[&str] = &[RUN_TASK, PROPOSE_FIX, RECORD_OUTCOME, EXPLAIN, STATS];
}

pub enum DidChangeExternalDiagnostics {}

impl Notification for DidChangeExternalDiagnostics {
    type Params = ExternalDiagnosticsParams;
    const METHOD: &'static str = "selfheal/didChangeExternalDiagnostics";
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExternalDiagnosticsParams {
    pub uri: Uri,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
    /// Who forwarded them (`nvim`, `vscode` …); informational.
    #[serde(default)]
    pub origin: String,
    #[serde(default)]
    pub diagnostics: Vec<Diagnostic>,
}

pub enum DidCaptureOutput {}

impl Notification for DidCaptureOutput {
    type Params = CaptureOutputParams;
    const METHOD: &'static str = "selfheal/didCaptureOutput";
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CaptureOutputParams {
    /// `terminal`, `task` or `job`.
    #[serde(default)]
    pub origin: String,
    /// The directory the command ran in: relative paths in its output are resolved against it.
    #[serde(default)]
    pub cwd: Option<String>,
    /// The command as typed; runs of the same command line replace each other's diagnostics.
    pub command_line: String,
    #[serde(default)]
    pub exit_code: Option<i32>,
    /// What the command printed (stdout and stderr as the terminal showed them; ANSI may remain).
    pub output: String,
    /// The editor kept only part of the output.
    #[serde(default)]
    pub truncated: bool,
}

pub enum WorkDoneProgressCancel {}

impl Notification for WorkDoneProgressCancel {
    type Params = WorkDoneProgressCancelParams;
    const METHOD: &'static str = "window/workDoneProgress/cancel";
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkDoneProgressCancelParams {
    pub token: NumberOrString,
}

pub enum DocumentText {}

impl Request for DocumentText {
    type Params = DocumentTextParams;
    type Result = DocumentTextResult;
    const METHOD: &'static str = "selfheal/documentText";
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentTextParams {
    pub uri: Uri,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentTextResult {
    pub uri: Uri,
    pub version: i32,
    pub text: String,
}

pub enum DebugPanic {}

impl Request for DebugPanic {
    type Params = serde_json::Value;
    type Result = serde_json::Value;
    const METHOD: &'static str = "selfheal/debugPanic";
}

/// `selfheal.runTask` argument: a command line, or the name of one of the configured
/// `taskCommands`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunTaskArguments {
    #[serde(default)]
    pub command: Option<String>,
    #[serde(default)]
    pub cwd: Option<String>,
}

/// What `selfheal.runTask` answers once the command has ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunTaskResult {
    pub command_line: String,
    /// `None` when the task was cancelled.
    pub exit_code: Option<i32>,
    pub cancelled: bool,
    /// Errors and warnings recognised in the output.
    pub recognised: usize,
    /// Files that got diagnostics.
    pub files: usize,
}

/// `selfheal.recordOutcome` argument.
///
/// Every quick fix the server offers carries a tracking token. The code action's own `command`
/// is `selfheal.recordOutcome {token, event: "applied"}`, which the editor runs right after it
/// applied the edit: the server then watches the fixed diagnostic (gone by the next diagnostics
/// or build → success; still there → failure; the edit undone → reverted). Editors may also
/// report an outcome themselves: `{token, outcome}`, or `{fixKey, fingerprint, outcome}` for a
/// fix the server did not offer in this session.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordOutcomeArguments {
    #[serde(default)]
    pub token: Option<String>,
    /// `applied`: the edit was applied, start watching.
    #[serde(default)]
    pub event: Option<String>,
    /// `success`, `failure` or `reverted`.
    #[serde(default)]
    pub outcome: Option<String>,
    #[serde(default)]
    pub fix_key: Option<String>,
    #[serde(default)]
    pub fingerprint: Option<String>,
    #[serde(default)]
    pub detail: Option<String>,
}

/// `selfheal.proposeFix` argument: the diagnostic to propose a fix for (as the editor has it),
/// or a range or position whose diagnostic the server holds. `version` is the document's version
/// the editor saw: a newer document refuses the proposal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProposeFixArguments {
    pub uri: Uri,
    #[serde(default)]
    pub version: Option<i32>,
    #[serde(default)]
    pub diagnostic: Option<Diagnostic>,
    #[serde(default)]
    pub range: Option<tower_lsp_server::ls_types::Range>,
    #[serde(default)]
    pub position: Option<tower_lsp_server::ls_types::Position>,
    /// Informational (older editor integrations send the message under the cursor).
    #[serde(default)]
    pub message: Option<String>,
}

/// `selfheal.explain` argument: an error code (`E0425`) or the text of an error.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExplainArguments {
    pub query: String,
}

/// What the code action's `data` holds: enough to find the offer again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FixActionData {
    pub token: String,
    pub fix_key: String,
    pub fingerprint: String,
    pub confidence: f64,
    pub learned: bool,
}

/// What the diagnostics selfheal publishes carry in `data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PublishedDiagnosticData {
    pub fingerprint: String,
    pub tool: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern_id: Option<String>,
    pub command_line: String,
}

/// Client settings, as `initializationOptions` or in `workspace/didChangeConfiguration`
/// (either flat or under a `selfheal` key). See `config.rs` for the meaning and defaults.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingsPayload {
    #[serde(default)]
    pub min_confidence: Option<f64>,
    #[serde(default)]
    pub fix_all_on_save: Option<bool>,
    #[serde(default)]
    pub task_commands: Option<BTreeMap<String, String>>,
    #[serde(default)]
    pub remote: Option<serde_json::Value>,
    #[serde(default)]
    pub llm: Option<serde_json::Value>,
}
