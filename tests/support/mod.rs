//! A small JSON-RPC client for the language server tests: spawns the real `selfheal lsp` with
//! `SELFHEAL_HOME` in a temporary directory, writes `Content-Length` framed messages to its stdin
//! and reads its responses and notifications (with timeouts) from its stdout. Requests the server
//! sends the client (`window/workDoneProgress/create`, …) are answered `null` at once (an
//! applyEdit: taken) and kept for the test to look at.

#![allow(dead_code)]

pub mod fake_llm;
pub mod fault_proxy;
pub mod team_server;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How long a test waits for any one answer before it fails.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// A temporary directory removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let path = std::env::temp_dir().join(format!(
            "selfheal-{label}-{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&path).expect("create a temporary directory");
        // Canonical, so that paths the server derives from URIs compare equal.
        TempDir(path.canonicalize().expect("canonical temporary directory"))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Starts one of the Python stand-ins in `tests/support/` (`script`, with `arguments`) and waits
/// for the port it writes to `port_file` once it listens; a stand-in that exits first fails.
pub fn spawn_python_server(
    script: &str,
    arguments: &[&std::ffi::OsStr],
    port_file: &Path,
) -> (Child, u16) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/support")
        .join(script);
    let mut child = Command::new("python3")
        .arg(path)
        .args(arguments)
        .arg("--port-file")
        .arg(port_file)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .unwrap_or_else(|error| panic!("python3 runs {script}: {error}"));
    let started = Instant::now();
    loop {
        if let Some(port) = std::fs::read_to_string(port_file)
            .ok()
            .and_then(|text| text.trim().parse().ok())
        {
            return (child, port);
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("{script} exited: {status}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{script} did not start"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The environment variables that configure an LLM provider.
pub const LLM_VARIABLES: &[&str] = &[
    "ANTHROPIC_API_KEY",
    "OPENAI_API_KEY",
    "OLLAMA_HOST",
    "SELFHEAL_LLM_PROVIDER",
    "SELFHEAL_LLM_BASE_URL",
    "SELFHEAL_LLM_MODEL",
    "SELFHEAL_LLM_TIMEOUT",
    "SELFHEAL_LLM_DAILY_BUDGET",
    // A team store: the tests configure their own.
    "SUPABASE_URL",
    "SUPABASE_KEY",
    "SELFHEAL_PROJECT",
    "SELFHEAL_TEAM_TOKEN",
    "SELFHEAL_SUPABASE_JWT",
    "SELFHEAL_SUPABASE_REST_URL",
];

/// One running server and the client side of its stdio.
pub struct LspClient {
    child: Child,
    stdin: Arc<Mutex<ChildStdin>>,
    incoming: Receiver<Value>,
    /// Notifications and server requests read but not yet asked for.
    backlog: Vec<Value>,
    next_id: i64,
    pub home: TempDir,
}

impl LspClient {
    /// Starts `selfheal lsp` with an empty `SELFHEAL_HOME` and the test hooks on.
    pub fn spawn() -> LspClient {
        LspClient::spawn_in(TempDir::new("lsp-home"))
    }

    /// Starts `selfheal lsp` with `home` as `SELFHEAL_HOME` (patterns and database in it). Its
    /// log (stderr, inherited) shows warnings; `SELFHEAL_TEST_LOG=selfheal=debug` shows more.
    pub fn spawn_in(home: TempDir) -> LspClient {
        LspClient::spawn_with(home, &[])
    }

    /// `spawn_in` with more environment variables. LLM provider settings of the environment
    /// the tests run in are never passed on: a test configures its provider here.
    pub fn spawn_with(home: TempDir, environment: &[(&str, &str)]) -> LspClient {
        let mut command = Command::new(env!("CARGO_BIN_EXE_selfheal"));
        for variable in LLM_VARIABLES {
            command.env_remove(variable);
        }
        command.envs(environment.iter().copied());
        let mut child = command
            .arg("lsp")
            .env("SELFHEAL_HOME", home.path())
            .env("SELFHEAL_LSP_TEST_HOOKS", "1")
            .env(
                "SELFHEAL_LOG",
                std::env::var("SELFHEAL_TEST_LOG").unwrap_or_else(|_| "warn".into()),
            )
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn selfheal lsp");
        let stdin = Arc::new(Mutex::new(child.stdin.take().expect("piped stdin")));
        let stdout = child.stdout.take().expect("piped stdout");
        let (sender, incoming) = mpsc::channel();
        let answer = Arc::clone(&stdin);
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                // A request from the server: answer it so the server can go on. An edit is
                // taken (the test then sends the didChange an editor would).
                if let Some(method) = message.get("method").and_then(Value::as_str) {
                    if let Some(id) = message.get("id") {
                        let result = match method {
                            "workspace/applyEdit" => json!({"applied": true}),
                            _ => Value::Null,
                        };
                        let reply = json!({"jsonrpc": "2.0", "id": id, "result": result});
                        let mut stdin = answer.lock().unwrap_or_else(|p| p.into_inner());
                        let _ = write_message(&mut *stdin, &reply.to_string());
                    }
                }
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        LspClient {
            child,
            stdin,
            incoming,
            backlog: Vec::new(),
            next_id: 1,
            home,
        }
    }

    /// `initialize` + `initialized` with these client capabilities and options; the result.
    pub fn initialize(&mut self, capabilities: Value, options: Value) -> Value {
        let root = self.home.path().display().to_string();
        let result = self
            .request(
                "initialize",
                json!({
                    "processId": null,
                    "rootUri": null,
                    "workspaceFolders": [{"uri": file_uri(Path::new(&root)), "name": "home"}],
                    "capabilities": capabilities,
                    "initializationOptions": options,
                }),
            )
            .expect("initialize succeeds");
        self.notify("initialized", json!({}));
        result
    }

    /// The usual client: UTF-16, versioned document changes, progress.
    pub fn initialize_default(&mut self) -> Value {
        self.initialize(default_capabilities(), json!({}))
    }

    /// Sends a request and waits for its answer: `Ok(result)` or `Err(error)`.
    pub fn request(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        let id = self.send_request(method, params);
        self.response(id)
    }

    /// Sends a request without waiting; returns its id.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    /// Waits for the answer to request `id`.
    pub fn response(&mut self, id: i64) -> Result<Value, Value> {
        let message = self.wait_for(&format!("response to {id}"), TIMEOUT, |message| {
            message.get("id") == Some(&json!(id)) && message.get("method").is_none()
        });
        match message.get("error") {
            Some(error) => Err(error.clone()),
            None => Ok(message.get("result").cloned().unwrap_or(Value::Null)),
        }
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    pub fn send(&mut self, message: &Value) {
        self.send_raw(&message.to_string());
    }

    /// Writes one framed message with exactly this body (which need not be valid JSON).
    pub fn send_raw(&mut self, body: &str) {
        let mut stdin = self.stdin.lock().unwrap_or_else(|p| p.into_inner());
        write_message(&mut *stdin, body).expect("write to the server");
    }

    /// Writes raw bytes, no framing added.
    pub fn send_raw_bytes(&mut self, bytes: &[u8]) {
        let mut stdin = self.stdin.lock().unwrap_or_else(|p| p.into_inner());
        stdin
            .write_all(bytes)
            .and_then(|()| stdin.flush())
            .expect("write to the server");
    }

    /// Waits for a notification (or server request) with `method` that `accept` likes.
    pub fn notification(&mut self, method: &str, accept: impl Fn(&Value) -> bool) -> Value {
        self.notification_within(method, TIMEOUT, accept)
            .unwrap_or_else(|| panic!("no {method} notification within {TIMEOUT:?}"))
    }

    pub fn notification_within(
        &mut self,
        method: &str,
        timeout: Duration,
        accept: impl Fn(&Value) -> bool,
    ) -> Option<Value> {
        self.try_wait_for(timeout, |message| {
            message.get("method") == Some(&json!(method))
                && accept(message.get("params").unwrap_or(&Value::Null))
        })
        .map(|message| message.get("params").cloned().unwrap_or(Value::Null))
    }

    /// Every notification with `method` received so far (read up to now), in order.
    pub fn drain_notifications(&mut self, method: &str) -> Vec<Value> {
        while let Ok(message) = self.incoming.try_recv() {
            self.backlog.push(message);
        }
        let (taken, kept): (Vec<Value>, Vec<Value>) = std::mem::take(&mut self.backlog)
            .into_iter()
            .partition(|message| message.get("method") == Some(&json!(method)));
        self.backlog = kept;
        taken
            .into_iter()
            .map(|message| message.get("params").cloned().unwrap_or(Value::Null))
            .collect()
    }

    /// Waits for any message `accept` likes (a response to a malformed message has no method
    /// and perhaps a null id).
    pub fn message(&mut self, what: &str, accept: impl Fn(&Value) -> bool) -> Value {
        self.wait_for(what, TIMEOUT, accept)
    }

    fn wait_for(
        &mut self,
        what: &str,
        timeout: Duration,
        accept: impl Fn(&Value) -> bool,
    ) -> Value {
        self.try_wait_for(timeout, accept)
            .unwrap_or_else(|| panic!("no {what} within {timeout:?}"))
    }

    fn try_wait_for(
        &mut self,
        timeout: Duration,
        accept: impl Fn(&Value) -> bool,
    ) -> Option<Value> {
        if let Some(index) = self.backlog.iter().position(&accept) {
            return Some(self.backlog.remove(index));
        }
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(message) if accept(&message) => return Some(message),
                Ok(message) => self.backlog.push(message),
                Err(RecvTimeoutError::Timeout) => return None,
                Err(RecvTimeoutError::Disconnected) => {
                    panic!(
                        "the server closed its stdout (exited: {:?})",
                        self.child.try_wait()
                    )
                }
            }
        }
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether the server process is still running.
    pub fn is_alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// `textDocument/didOpen`.
    pub fn open(&mut self, uri: &str, language: &str, version: i32, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}}),
        );
    }

    /// The server's copy of a document (`selfheal/documentText`).
    pub fn document_text(&mut self, uri: &str) -> String {
        let result = self
            .request("selfheal/documentText", json!({"uri": uri}))
            .expect("documentText");
        result["text"].as_str().unwrap_or_default().to_string()
    }

    /// `shutdown` + `exit`; waits for the process to end, which must be with exit code 0.
    pub fn shutdown(mut self) {
        let _ = self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let code = self.exit_code();
        assert_eq!(code, Some(0), "exit after shutdown ends with 0");
    }

    /// `exit` without `shutdown`; the process's exit code.
    pub fn exit_without_shutdown(mut self) -> Option<i32> {
        self.notify("exit", Value::Null);
        self.exit_code()
    }

    /// Waits up to 5 s for the process to end; its exit code.
    fn exit_code(&mut self) -> Option<i32> {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("wait for the server") {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("the server did not exit after `exit`");
    }
}

impl Drop for LspClient {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn default_capabilities() -> Value {
    json!({
        "general": {"positionEncodings": ["utf-16"]},
        "window": {"workDoneProgress": true},
        "workspace": {"workspaceEdit": {"documentChanges": true}, "applyEdit": true},
        "textDocument": {"codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix", "source.fixAll"]}}}},
    })
}

/// The `file:` URI of an absolute path (the test paths need no escaping).
pub fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn write_message(stdin: &mut impl Write, body: &str) -> std::io::Result<()> {
    write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len())?;
    stdin.flush()
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 {
            return None;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some(value) = header.strip_prefix("Content-Length:") {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0u8; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

/// Position encodings, as the client counts characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

/// The byte offset of an LSP position in `text`.
pub fn offset_of(text: &str, line: u64, character: u64, encoding: Encoding) -> usize {
    let mut offset = 0;
    for _ in 0..line {
        match text[offset..].find('\n') {
            Some(newline) => offset += newline + 1,
            None => return text.len(),
        }
    }
    let line_end = text[offset..]
        .find('\n')
        .map_or(text.len(), |newline| offset + newline);
    let mut counted = 0u64;
    for (index, character_here) in text[offset..line_end].char_indices() {
        if counted >= character {
            return offset + index;
        }
        counted += match encoding {
            Encoding::Utf8 => character_here.len_utf8() as u64,
            Encoding::Utf16 => character_here.len_utf16() as u64,
        };
    }
    line_end
}

/// The LSP position of byte `offset` of `text`.
pub fn position_of(text: &str, offset: usize, encoding: Encoding) -> Value {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let character: usize = before[line_start..]
        .chars()
        .map(|c| match encoding {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        })
        .sum();
    json!({"line": line, "character": character})
}

/// Applies LSP `TextEdit`s (all against the same original text) to `text`.
pub fn apply_text_edits(text: &str, edits: &[Value], encoding: Encoding) -> String {
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|edit| {
            let at = |point: &Value| {
                offset_of(
                    text,
                    point["line"].as_u64().unwrap_or(0),
                    point["character"].as_u64().unwrap_or(0),
                    encoding,
                )
            };
            (
                at(&edit["range"]["start"]),
                at(&edit["range"]["end"]),
                edit["newText"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    spans.sort_by_key(|(start, end, _)| (*start, *end));
    let mut result = String::new();
    let mut position = 0;
    for (start, end, replacement) in spans {
        result.push_str(&text[position..start]);
        result.push_str(&replacement);
        position = end;
    }
    result.push_str(&text[position..]);
    result
}

/// The quick fixes of a codeAction response whose title contains `needle`.
pub fn actions_titled<'a>(response: &'a Value, needle: &str) -> Vec<&'a Value> {
    response
        .as_array()
        .into_iter()
        .flatten()
        .filter(|action| {
            action["title"]
                .as_str()
                .is_some_and(|title| title.contains(needle))
        })
        .collect()
}
