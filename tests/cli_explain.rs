//! `selfheal explain` as a person uses it: with a code, a pattern id `run` printed, a bare
//! message `run` recognised, or nothing it knows — and never a raw template.

use std::process::{Command, Output};

fn explain(query: &str) -> Output {
    let home = std::env::temp_dir().join(format!("selfheal-explain-{}", std::process::id()));
    Command::new(env!("CARGO_BIN_EXE_selfheal"))
        .args(["explain", query])
        .env("SELFHEAL_HOME", &home)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_code_explains_the_general_pattern_first_without_raw_templates_and_lists_the_rest() {
    let output = explain("E0425");
    assert!(output.status.success());
    let text = stdout(&output);
    let first = text.lines().next().unwrap_or_default();
    assert_eq!(first, "# `<name>` is not defined in this scope", "{text}");
    assert!(!text.contains("{name}"), "a raw template: {text}");
    // Three in full, the rest by id and title.
    assert_eq!(text.matches("\n# ").count() + 1, 3, "{text}");
    assert!(text.contains("Also possible ("), "{text}");
    assert!(
        text.contains("- `rust.similar-name`: `<name>` is not defined — probably a typo"),
        "{text}"
    );
}

#[test]
fn the_pattern_id_run_prints_is_explained() {
    let output = explain("rust.similar-name");
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.starts_with("# `<name>` is not defined — probably a typo"),
        "{text}"
    );
    assert!(text.contains("`rust.similar-name` · rust"), "{text}");
}

#[test]
fn a_bare_message_run_recognised_is_explained_with_its_values() {
    // As clang prints it after `file:line:col: error:` (`selfheal run` recognises that line).
    let output = explain("use of undeclared identifier 'totl'");
    assert!(output.status.success(), "{}", stdout(&output));
    assert!(stdout(&output).starts_with("# `totl` is not declared"));
    let output = explain("cannot find value `totl` in this scope");
    assert!(stdout(&output).starts_with("# `totl` is not defined"));
}

#[test]
fn what_nothing_knows_says_so_with_exit_code_1() {
    let output = explain("the flux capacitor is out of plutonium");
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("knows no pattern"));
    assert!(!stdout(&output).contains("selfheal propose"));
}
