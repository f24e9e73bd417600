//! A fault-injecting proxy in front of the real PostgREST (`tests/support/fault_proxy.py`):
//! forwards every request as it came, or — when a fault is armed — closes the connection,
//! answers slowly, answers 5xx or 429 with `Retry-After`, or forwards and then drops the answer.
//! Every request is logged, so a test can read what left the machine.

use std::process::Child;

use serde_json::Value;

use super::{spawn_python_server, TempDir};

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
        let log = directory.path().join("log.jsonl");
        let (child, port) = spawn_python_server(
            "fault_proxy.py",
            &[
                "--upstream".as_ref(),
                upstream.as_ref(),
                "--faults".as_ref(),
                faults.as_os_str(),
                "--log".as_ref(),
                log.as_os_str(),
            ],
            &port_file,
        );
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
