//! "Propose fix" from the command line, end to end: real python3 programs, the real binary, and
//! a local stand-in for each LLM provider that speaks its documented wire format
//! (`tests/support/fake_llm.py`; the hosted services cannot be reached from CI).
//!
//! - `selfheal propose --yes`: the proposal is applied, verified by re-running, and learned; the
//!   same mistake in another project is then healed with no provider configured at all;
//! - what leaves the machine: every request body the provider received, and the learned
//!   pattern, are free of a canary secret planted in the code;
//! - a proposal that does not remove the error is reverted byte for byte;
//! - no provider configured, a rejected key, an unreadable reply: a clear message, nothing
//!   changed.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use support::fake_llm::FakeLlm;
use support::{TempDir, LLM_VARIABLES};

/// A canary secret planted in the code: it must never reach a provider or the learned patterns.
const CANARY: &str = "ghp_Zq9xW2vB7nM4kL1pR8sT3yU6aC5dE0fG2hJ4";

fn broken_program() -> String {
    format!(
        "def greet(name):\n    return \"hello \" + name\n\n\
         # the deploy token (a canary: it must never leave the machine)\n\
         TOKEN = \"{CANARY}\"\n\n\
         print(greet())\n"
    )
}

const FIXING_REPLY: &str =
    "{\"title\": \"Pass a name to greet\", \"explanation\": \"greet() takes \
                            one argument, name\", \"confidence\": 0.7}\n\
                            <<<<<<< SEARCH\nprint(greet())\n=======\nprint(greet(\"world\"))\n\
                            >>>>>>> REPLACE\n";

/// One user's memory and projects.
struct Setup {
    root: TempDir,
}

impl Setup {
    fn new(label: &str) -> Setup {
        Setup {
            root: TempDir::new(label),
        }
    }

    fn home(&self) -> PathBuf {
        self.root.path().join("home")
    }

    fn project(&self, name: &str, file: &str, text: &str) -> PathBuf {
        let dir = self.root.path().join(name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(file), text).unwrap();
        dir
    }

    /// `selfheal ARGS` in `dir`, with the provider `llm` (or none).
    fn selfheal(&self, dir: &Path, arguments: &[&str], llm: Option<&FakeLlm>) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_selfheal"));
        for variable in LLM_VARIABLES {
            command.env_remove(variable);
        }
        if let Some(llm) = llm {
            command
                .env("ANTHROPIC_API_KEY", llm.key())
                .env("SELFHEAL_LLM_BASE_URL", llm.base_url())
                .env("SELFHEAL_LLM_TIMEOUT", "10");
        }
        command
            .args(arguments)
            .current_dir(dir)
            .env("SELFHEAL_HOME", self.home())
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .output()
            .expect("run selfheal")
    }

    fn stats(&self) -> serde_json::Value {
        let output = self.selfheal(self.root.path(), &["stats", "--json"], None);
        serde_json::from_slice(&output.stdout).expect("stats --json")
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_proposal_is_applied_verified_learned_and_the_next_time_needs_no_llm() {
    let setup = Setup::new("propose-learn");
    let llm = FakeLlm::start(serde_json::json!([{"text": FIXING_REPLY}]));
    let project = setup.project("first", "main.py", &broken_program());
    let output = setup.selfheal(
        &project,
        &["propose", "--yes", "--", "python3", "main.py"],
        Some(&llm),
    );
    let log = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{log}");
    assert!(log.contains("asking anthropic"), "{log}");
    assert!(log.contains("Pass a name to greet"), "{log}");
    assert!(log.contains("kept"), "{log}");
    assert!(log.contains("selfheal: learned"), "{log}");
    let fixed = std::fs::read_to_string(project.join("main.py")).unwrap();
    assert!(fixed.contains("print(greet(\"world\"))"), "{fixed}");
    assert!(fixed.contains(CANARY), "the person's code keeps its secret");

    // What reached the provider: the error and the code around it, never the secret.
    let requests = llm.requests();
    assert_eq!(requests.len(), 1);
    let body = requests[0]["body"].to_string();
    assert!(
        body.contains("missing 1 required positional argument"),
        "{body}"
    );
    assert!(body.contains("print(greet())"), "{body}");
    assert!(
        !body.contains(CANARY),
        "the canary reached the provider: {body}"
    );
    assert_eq!(requests[0]["headers"]["x-api-key"], llm.key());
    let learned = std::fs::read_to_string(setup.home().join("patterns/learned.toml")).unwrap();
    assert!(!learned.contains(CANARY), "{learned}");

    let proposals = &setup.stats()["proposals"];
    assert_eq!(proposals["proposals"], 1, "{proposals}");
    assert_eq!(proposals["accepted"], 1, "{proposals}");
    assert_eq!(proposals["verified"], 1, "{proposals}");
    assert_eq!(proposals["learned"], 1, "{proposals}");

    // The same mistake in another project, with no provider and no built-in library: the
    // learned pattern alone heals it.
    drop(llm);
    let other = setup.project(
        "second",
        "other.py",
        "def greet(name):\n    return \"hi \" + name\n\nmessage = greet()\nprint(message)\n",
    );
    let mut command = Command::new(env!("CARGO_BIN_EXE_selfheal"));
    for variable in LLM_VARIABLES {
        command.env_remove(variable);
    }
    let output = command
        .args(["heal", "--yes", "--", "python3", "other.py"])
        .current_dir(&other)
        .env("SELFHEAL_HOME", setup.home())
        .env("SELFHEAL_BUILTIN", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .unwrap();
    let log = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{log}");
    let healed = std::fs::read_to_string(other.join("other.py")).unwrap();
    assert!(healed.contains("greet(\"world\")"), "{log}\n{healed}");
}

#[test]
fn a_proposal_that_does_not_remove_the_error_is_reverted_byte_for_byte() {
    let setup = Setup::new("propose-revert");
    let wrong = "{\"title\": \"Rename greet\", \"explanation\": \"\", \"confidence\": 0.4}\n\
                 <<<<<<< SEARCH\nprint(greet())\n=======\nprint(greet( ))\n>>>>>>> REPLACE\n";
    let llm = FakeLlm::start(serde_json::json!([{"text": wrong}]));
    let program = broken_program().replace('\n', "\r\n");
    let project = setup.project("p", "main.py", &program);
    let output = setup.selfheal(
        &project,
        &["propose", "--yes", "--", "python3", "main.py"],
        Some(&llm),
    );
    let log = stderr(&output);
    assert_ne!(output.status.code(), Some(0), "{log}");
    assert!(log.contains("reverted"), "{log}");
    assert_eq!(
        std::fs::read(project.join("main.py")).unwrap(),
        program.as_bytes(),
        "{log}"
    );
    let proposals = &setup.stats()["proposals"];
    assert_eq!(proposals["accepted"], 1, "{proposals}");
    assert_eq!(proposals["verified"], 0, "{proposals}");
}

#[test]
fn without_a_provider_or_with_a_bad_key_or_reply_nothing_changes_and_the_message_says_why() {
    let setup = Setup::new("propose-fail");
    let project = setup.project("p", "main.py", &broken_program());
    let before = std::fs::read(project.join("main.py")).unwrap();

    let output = setup.selfheal(&project, &["propose", "--", "python3", "main.py"], None);
    let log = stderr(&output);
    assert_ne!(output.status.code(), Some(0));
    assert!(log.contains("not configured"), "{log}");
    assert!(
        log.contains("ANTHROPIC_API_KEY") && log.contains("OLLAMA_HOST"),
        "{log}"
    );

    let llm = FakeLlm::start(serde_json::json!([{"status": 401}]));
    let output = setup.selfheal(
        &project,
        &["propose", "--yes", "--", "python3", "main.py"],
        Some(&llm),
    );
    let log = stderr(&output);
    assert!(
        log.contains("ANTHROPIC_API_KEY"),
        "a rejected key names its variable: {log}"
    );
    assert_eq!(llm.requests().len(), 1, "a 401 is not retried");

    let llm = FakeLlm::start(serde_json::json!([{"text": "I think you should pass a name."}]));
    let output = setup.selfheal(
        &project,
        &["propose", "--yes", "--", "python3", "main.py"],
        Some(&llm),
    );
    let log = stderr(&output);
    assert!(log.contains("could not be read"), "{log}");
    assert_eq!(std::fs::read(project.join("main.py")).unwrap(), before);
    let proposals = &setup.stats()["proposals"];
    assert_eq!(proposals["accepted"], 0, "{proposals}");
    assert_eq!(proposals["unusable"], 1, "{proposals}");
}

/// A reply whose edit does not fit is asked about once more, with the mismatch explained; a
/// second miss gives up cleanly. Truncated replies and unannounced deletions are never applied.
#[test]
fn replies_that_do_not_fit_are_asked_again_once_then_given_up() {
    let setup = Setup::new("propose-refit");
    let program = "def greet(name):\n    return \"hello \" + name\n\n\
                   print(greet())\nprint(greet())\n";
    let twice = "{\"title\": \"Pass a name\", \"explanation\": \"\", \"confidence\": 0.6}\n\
                 <<<<<<< SEARCH\nprint(greet())\n=======\nprint(greet(\"a\"))\n>>>>>>> REPLACE\n";
    let nowhere = "{\"title\": \"Pass a name\", \"explanation\": \"\", \"confidence\": 0.6}\n\
                   <<<<<<< SEARCH\nprint(greeting())\n=======\nprint(greet(\"a\"))\n\
                   >>>>>>> REPLACE\n";
    let fitting = "{\"title\": \"Pass names\", \"explanation\": \"\", \"confidence\": 0.6}\n\
                   <<<<<<< SEARCH\nprint(greet())\nprint(greet())\n=======\n\
                   print(greet(\"a\"))\nprint(greet(\"b\"))\n>>>>>>> REPLACE\n";

    // Matches twice, then fits: applied, after a second request that explained the mismatch.
    let project = setup.project("twice", "main.py", program);
    let llm = FakeLlm::start(serde_json::json!([{"text": twice}, {"text": fitting}]));
    let output = setup.selfheal(
        &project,
        &["propose", "--yes", "--", "python3", "main.py"],
        Some(&llm),
    );
    let log = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{log}");
    let requests = llm.requests();
    assert_eq!(requests.len(), 2, "{log}");
    let follow_up = requests[1]["body"]["messages"].to_string();
    assert!(follow_up.contains("matches 2 places"), "{follow_up}");
    let fixed = std::fs::read_to_string(project.join("main.py")).unwrap();
    assert!(fixed.contains("greet(\"b\")"), "{fixed}");

    // Never fits: given up after the second answer, the file untouched.
    let project = setup.project("nowhere", "main.py", program);
    let llm = FakeLlm::start(serde_json::json!([{"text": nowhere}]));
    let output = setup.selfheal(
        &project,
        &["propose", "--yes", "--", "python3", "main.py"],
        Some(&llm),
    );
    let log = stderr(&output);
    assert!(log.contains("does not fit the file"), "{log}");
    assert!(log.contains("even when asked again"), "{log}");
    assert_eq!(llm.requests().len(), 2);
    assert_eq!(
        std::fs::read_to_string(project.join("main.py")).unwrap(),
        program
    );

    // Cut off at the token limit, and an empty replacement the model did not call a deletion.
    let cut = "{\"title\": \"Pass a name\", \"confidence\": 0.6}\n<<<<<<< SEARCH\nprint(gr";
    let deletion = "{\"title\": \"Drop the call\", \"confidence\": 0.6}\n<<<<<<< SEARCH\n\
                    print(greet())\nprint(greet())\n=======\n>>>>>>> REPLACE\n";
    for (step, says) in [
        (
            serde_json::json!({"text": cut, "stop": "max_tokens"}),
            "cut off",
        ),
        (
            serde_json::json!({"text": deletion}),
            "does not fit the file",
        ),
    ] {
        let project = setup.project("refused", "main.py", program);
        let llm = FakeLlm::start(serde_json::json!([step]));
        let output = setup.selfheal(
            &project,
            &["propose", "--yes", "--", "python3", "main.py"],
            Some(&llm),
        );
        let log = stderr(&output);
        assert!(log.contains(says), "{says}: {log}");
        assert_eq!(
            std::fs::read_to_string(project.join("main.py")).unwrap(),
            program
        );
    }
}
