//! A fault-injecting proxy in front of the real PostgREST (`tests/support/fault_proxy.py`):
//! forwards every request as it came, or — when a fault is armed — closes the connection,
//! answers slowly, answers 5xx or 429 with `Retry-After`, or forwards and then drops the answer.
//! Every request is logged, so a test can read what left the machine.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::TempDir;

pub struct FaultProxy {
    child: Child,
    port: u16,
    directory: TempDir,
}

impl FaultProxy {
    /// A proxy to `upstream` (`http://127.0.0.1:PORT`), passing everything through.
    pub fn start(upstream: &str) -> FaultProxy {
        let directory = TempDir::new("fault-proxy");
        let faults = directory.path().join("faults.json");
        std::fs::write(&faults, r#"{"mode": "pass"}"#).unwrap();
        let port_file = directory.path().join("port");
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/support/fault_proxy.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg("--upstream")
            .arg(upstream)
            .arg("--faults")
            .arg(&faults)
            .arg("--log")
            .arg(directory.path().join("log.jsonl"))
            .arg("--port-file")
            .arg(&port_file)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .expect("python3 runs the fault proxy");
        let started = Instant::now();
        let port = loop {
            if let Some(port) = std::fs::read_to_string(&port_file)
                .ok()
                .and_then(|text| text.trim().parse().ok())
            {
                break port;
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("the fault proxy exited: {status}");
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the fault proxy did not start"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        FaultProxy {
            child,
            port,
            directory,
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Arms a fault (see `fault_proxy.py`): `{"mode": "down"}`, `{"mode": "status", "status":
    /// 503}`, `{"mode": "pass"}` …
    pub fn set(&self, fault: Value) {
        let file = self.directory.path().join("faults.json");
        let temporary = self.directory.path().join("faults.json.new");
        std::fs::write(&temporary, fault.to_string()).unwrap();
        std::fs::rename(temporary, file).unwrap();
    }

    /// Every request so far: `{method, path, headers, body, fault}`.
    pub fn requests(&self) -> Vec<Value> {
        std::fs::read_to_string(self.directory.path().join("log.jsonl"))
            .unwrap_or_default()
            .lines()
            .filter_map(|line| serde_json::from_str(line).ok())
            .collect()
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
