//! The local stand-in LLM provider for tests: runs `tests/support/fake_llm.py` (Anthropic,
//! OpenAI-compatible and Ollama wire formats on loopback) with a script of replies, and reads back
//! every request it received.

use std::path::PathBuf;
use std::process::Child;

use serde_json::Value;

use super::{spawn_python_server, TempDir};

/// The key the stand-in expects from Anthropic and OpenAI clients.
pub const KEY: &str = "sk-test-canary-0123456789abcdef";

pub struct FakeLlm {
    child: Child,
    port: u16,
    directory: TempDir,
}

impl FakeLlm {
    /// Starts a server answering with `steps` (a JSON array) in order; the last repeats.
    pub fn start(steps: Value) -> FakeLlm {
        let directory = TempDir::new("fake-llm");
        let script = directory.path().join("script.json");
        std::fs::write(&script, steps.to_string()).unwrap();
        let port_file = directory.path().join("port");
        let log = directory.path().join("log.jsonl");
        let (child, port) = spawn_python_server(
            "fake_llm.py",
            &[
                "--script".as_ref(),
                script.as_os_str(),
                "--log".as_ref(),
                log.as_os_str(),
                "--key".as_ref(),
                KEY.as_ref(),
            ],
            &port_file,
        );
        FakeLlm {
            child,
            port,
            directory,
        }
    }

    pub fn key(&self) -> &'static str {
        KEY
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `http://127.0.0.1:PORT`: the base URL of Anthropic and Ollama (OpenAI's adds `/v1`).
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Replaces the script: the server reads it again and starts at its first step.
    pub fn switch(&self, steps: Value) {
        let script = self.directory.path().join("script.json");
        let temporary = self.directory.path().join("script.json.new");
        std::fs::write(&temporary, steps.to_string()).unwrap();
        std::fs::rename(temporary, script).unwrap();
    }

    /// The script file the server re-reads when it changes (for a test in another process, such
    /// as an editor's, to change the replies: write a new file, then rename it over this one).
    pub fn script_file(&self) -> PathBuf {
        self.directory.path().join("script.json")
    }

    /// The file the server logs every request to, one JSON line each.
    pub fn log_file(&self) -> PathBuf {
        self.directory.path().join("log.jsonl")
    }

    /// Every request received so far: `{path, headers, body}`.
    pub fn requests(&self) -> Vec<Value> {
        std::fs::read_to_string(self.directory.path().join("log.jsonl"))
            .unwrap_or_default()
            .lines()
            .filter_map(|line| serde_json::from_str(line).ok())
            .collect()
    }
}

impl Drop for FakeLlm {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
