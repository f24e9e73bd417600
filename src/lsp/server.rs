//! The `LanguageServer` implementation: capabilities and the session in `initialize`, and one
//! line per message handing over to `handlers/`. Every body runs under `guard` (a panic answers
//! one request with an error and the server lives on).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde_json::Value;
use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::{
    CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProviderCapability,
    CodeActionResponse, DidChangeConfigurationParams, DidChangeTextDocumentParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams,
    ExecuteCommandOptions, ExecuteCommandParams, Hover, HoverParams, HoverProviderCapability,
    InitializeParams, InitializeResult, InitializedParams, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    WorkDoneProgressOptions,
};
use tower_lsp_server::{Client, LanguageServer};

use super::from_proto::{path_of, position_encoding_of};
use super::guard;
use super::handlers;
use super::lsp_ext::{
    commands, CaptureOutputParams, DocumentTextParams, DocumentTextResult,
    ExternalDiagnosticsParams, WorkDoneProgressCancelParams, FIX_ALL_KIND, TEST_HOOKS_VARIABLE,
};
use super::state::{lock, ServerState, Session};
use super::to_proto::position_encoding_kind;

pub struct SelfhealServer {
    client: Client,
    state: Arc<ServerState>,
    /// Set by `shutdown`; the process's exit code says whether `exit` came after it (0) or
    /// without it (1), as the LSP specification asks.
    shutdown_requested: Arc<AtomicBool>,
}

impl SelfhealServer {
    pub fn new(
        client: Client,
        state: Arc<ServerState>,
        shutdown_requested: Arc<AtomicBool>,
    ) -> Self {
        SelfhealServer {
            client,
            state,
            shutdown_requested,
        }
    }

    pub async fn did_change_external_diagnostics(&self, params: ExternalDiagnosticsParams) {
        guard::notification("selfheal/didChangeExternalDiagnostics", async {
            handlers::external_diagnostics::did_change_external_diagnostics(
                &self.state,
                &self.client,
                params,
            )
        })
        .await
    }

    pub async fn did_capture_output(&self, params: CaptureOutputParams) {
        guard::notification("selfheal/didCaptureOutput", async {
            handlers::capture_output::did_capture_output(&self.state, &self.client, params)
        })
        .await
    }

    pub async fn work_done_progress_cancel(&self, params: WorkDoneProgressCancelParams) {
        guard::notification("window/workDoneProgress/cancel", async {
            super::tasks::cancel(&self.state, &params.token)
        })
        .await
    }

    pub async fn document_text(
        &self,
        params: DocumentTextParams,
    ) -> jsonrpc::Result<DocumentTextResult> {
        guard::request("selfheal/documentText", async {
            let documents = lock(&self.state.documents);
            let document = documents
                .get(&params.uri)
                .ok_or_else(|| handlers::document_not_open(&params.uri))?;
            match params.version {
                Some(version) if version != document.version => Err(jsonrpc::Error {
                    code: jsonrpc::ErrorCode::ContentModified,
                    message: format!(
                        "version {version} of {} is stale: the server has version {}",
                        params.uri.as_str(),
                        document.version
                    )
                    .into(),
                    data: None,
                }),
                _ => Ok(DocumentTextResult {
                    uri: params.uri.clone(),
                    version: document.version,
                    text: document.text.to_string(),
                }),
            }
        })
        .await
    }

    pub async fn debug_panic(&self, _params: Value) -> jsonrpc::Result<Value> {
        guard::request("selfheal/debugPanic", async {
            match std::env::var(TEST_HOOKS_VARIABLE).as_deref() {
                Ok("1") => panic!("selfheal/debugPanic was asked to panic"),
                _ => Err(jsonrpc::Error::method_not_found()),
            }
        })
        .await
    }
}

impl LanguageServer for SelfhealServer {
    async fn initialize(&self, params: InitializeParams) -> jsonrpc::Result<InitializeResult> {
        guard::request("initialize", async {
            let encoding = position_encoding_of(&params);
            #[allow(deprecated)]
            let root = params
                .workspace_folders
                .as_ref()
                .and_then(|folders| folders.first())
                .map(|folder| &folder.uri)
                .or(params.root_uri.as_ref())
                .and_then(path_of);
            let capabilities = &params.capabilities;
            *lock(&self.state.session) = Session {
                encoding,
                root,
                work_done_progress: capabilities
                    .window
                    .as_ref()
                    .and_then(|window| window.work_done_progress)
                    .unwrap_or(false),
                document_changes: capabilities
                    .workspace
                    .as_ref()
                    .and_then(|workspace| workspace.workspace_edit.as_ref())
                    .and_then(|edit| edit.document_changes)
                    .unwrap_or(false),
            };
            if let Some(options) = &params.initialization_options {
                lock(&self.state.config).update_from(options);
            }
            self.state.set_serving(true);
            Ok(InitializeResult {
                capabilities: capabilities_for(encoding),
                server_info: Some(ServerInfo {
                    name: "selfheal".to_string(),
                    version: Some(env!("CARGO_PKG_VERSION").to_string()),
                }),
                ..InitializeResult::default()
            })
        })
        .await
    }

    async fn initialized(&self, _: InitializedParams) {
        tracing::info!("selfheal language server ready");
        self.state.index_workspace();
    }

    async fn shutdown(&self) -> jsonrpc::Result<()> {
        self.shutdown_requested.store(true, Ordering::SeqCst);
        self.state.set_serving(false);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        guard::notification("textDocument/didOpen", async {
            handlers::text_sync::did_open(&self.state, params)
        })
        .await
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        guard::notification("textDocument/didChange", async {
            handlers::text_sync::did_change(&self.state, &self.client, params)
        })
        .await
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        guard::notification("textDocument/didSave", async {
            handlers::external_diagnostics::did_save(&self.state, &self.client, params)
        })
        .await
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        guard::notification("textDocument/didClose", async {
            handlers::text_sync::did_close(&self.state, params)
        })
        .await
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        guard::notification("workspace/didChangeConfiguration", async {
            lock(&self.state.config).update_from(&params.settings)
        })
        .await
    }

    async fn code_action(
        &self,
        params: CodeActionParams,
    ) -> jsonrpc::Result<Option<CodeActionResponse>> {
        guard::request(
            "textDocument/codeAction",
            handlers::code_action::code_action(&self.state, params),
        )
        .await
    }

    async fn hover(&self, params: HoverParams) -> jsonrpc::Result<Option<Hover>> {
        guard::request(
            "textDocument/hover",
            handlers::hover::hover_request(&self.state, params),
        )
        .await
    }

    async fn execute_command(
        &self,
        params: ExecuteCommandParams,
    ) -> jsonrpc::Result<Option<Value>> {
        guard::request("workspace/executeCommand", async {
            match params.command.as_str() {
                super::lsp_ext::commands::RUN_TASK => {
                    handlers::run_task::execute_command(&self.state, &self.client, params).await
                }
                super::lsp_ext::commands::PROPOSE_FIX => {
                    let argument = params.arguments.into_iter().next();
                    handlers::propose_fix::propose_fix(&self.state, &self.client, argument)
                        .await
                        .map(Some)
                }
                _ => handlers::commands::execute_command(&self.state, &self.client, params).await,
            }
        })
        .await
    }
}

fn capabilities_for(encoding: super::documents::PositionEncoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(position_encoding_kind(encoding)),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                // A save is when the learner compares a document with its last saved state.
                save: Some(true.into()),
                ..TextDocumentSyncOptions::default()
            },
        )),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::from(FIX_ALL_KIND),
            ]),
            work_done_progress_options: WorkDoneProgressOptions::default(),
            resolve_provider: Some(false),
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: commands::SERVED.iter().map(|c| c.to_string()).collect(),
            work_done_progress_options: WorkDoneProgressOptions {
                work_done_progress: Some(true),
            },
        }),
        ..ServerCapabilities::default()
    }
}
