//! Fingerprints and shapes: what must meet and what must not.

use proptest::prelude::*;
use selfheal::fingerprint::{fingerprint, fingerprint_of, normalize_message, shape, shape_message};
use selfheal::{Language, Occurrence, Severity, Tool};

fn occurrence(tool: Tool, code: Option<&str>, file: &str, line: u32, message: &str) -> Occurrence {
    let mut occurrence = Occurrence::new(tool, Severity::Error, message);
    occurrence.code = code.map(str::to_string);
    occurrence.file = Some(file.to_string());
    occurrence.line = Some(line);
    occurrence.column = Some(5);
    occurrence
}

#[test]
fn normalisation_table() {
    let cases = [
        (
            "No such file or directory: '/tmp/tmp.Xy12ab/config.json'",
            "No such file or directory: '<path>'",
        ),
        (
            "expected 2 arguments, found 3",
            "expected <n> arguments, found <n>",
        ),
        (
            "segfault at 0x7ffd5e8a1b20 in thread 140234",
            "segfault at <hex> in thread <n>",
        ),
        (
            "object 3f786850e387550fdab836ed7e6dc881de23001b not found",
            "object <hex> not found",
        ),
        (
            "request 123e4567-e89b-12d3-a456-426614174000 failed at 2026-11-22T13:24:54Z",
            "request <uuid> failed at <ts>",
        ),
        (
            "cannot find type `HashMap` in this scope",
            "cannot find type `HashMap` in this scope",
        ),
        (
            "mismatched types: expected `u32`, found `i64`",
            "mismatched types: expected `u32`, found `i64`",
        ),
        (
            "  index out of range [5]   with length 3 ",
            "index out of range [<n>] with length <n>",
        ),
        (
            r"C:\Users\dev\proj\src\main.rs could not be read",
            "<path> could not be read",
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(normalize_message(input), expected, "normalising {input:?}");
    }
}

#[test]
fn shape_table() {
    let cases = [
        (
            "cannot find type `HashMap` in this scope",
            "cannot find type `<id>` in this scope",
        ),
        ("name 'json' is not defined", "name '<id>' is not defined"),
        ("Cannot find name \"foo\".", "Cannot find name \"<id>\"."),
        (
            "‘printf’ undeclared (first use in this function)",
            "‘<id>’ undeclared (first use in this function)",
        ),
        ("undefined: fooBar", "undefined: <id>"),
        ("declared and not used: x", "declared and not used: <id>"),
    ];
    for (input, expected) in cases {
        assert_eq!(shape_message(input), expected, "shaping {input:?}");
    }
}

#[test]
fn same_error_in_two_files_lines_and_temp_dirs_is_one_fingerprint() {
    let a = occurrence(
        Tool::Python,
        Some("FileNotFoundError"),
        "/tmp/tmp.a1/app.py",
        3,
        "[Errno 2] No such file or directory: '/tmp/tmp.a1b2c3/settings.json'",
    );
    let b = occurrence(
        Tool::Python,
        Some("FileNotFoundError"),
        "/home/u/other/main.py",
        120,
        "[Errno 2] No such file or directory: '/tmp/pytest-of-u/pytest-7/settings.json'",
    );
    assert_eq!(fingerprint(&a), fingerprint(&b));
    assert_eq!(shape(&a), shape(&b));
}

#[test]
fn different_identifiers_are_two_fingerprints_of_one_shape() {
    let hash_map = occurrence(
        Tool::Rustc,
        Some("E0412"),
        "src/a.rs",
        1,
        "cannot find type `HashMap` in this scope",
    );
    let btree_map = occurrence(
        Tool::Rustc,
        Some("E0412"),
        "src/a.rs",
        1,
        "cannot find type `BTreeMap` in this scope",
    );
    assert_ne!(fingerprint(&hash_map), fingerprint(&btree_map));
    assert_eq!(shape(&hash_map), shape(&btree_map));
}

#[test]
fn different_errors_are_different_shapes() {
    let messages = [
        (
            Tool::Rustc,
            Some("E0425"),
            "cannot find value `x` in this scope",
        ),
        (
            Tool::Rustc,
            Some("E0412"),
            "cannot find type `x` in this scope",
        ),
        (Tool::Rustc, Some("E0308"), "mismatched types"),
        (Tool::Python, Some("NameError"), "name 'x' is not defined"),
        (Tool::Tsc, Some("TS2304"), "Cannot find name 'x'."),
        (
            Tool::Gcc,
            None,
            "'x' undeclared (first use in this function)",
        ),
        (Tool::Go, None, "undefined: x"),
    ];
    let mut shapes = std::collections::HashSet::new();
    for (tool, code, message) in messages {
        assert!(
            shapes.insert(shape(&occurrence(tool, code, "f", 1, message))),
            "{message}"
        );
    }
}

#[test]
fn tools_of_one_language_share_fingerprints_and_languages_do_not() {
    let from_python = occurrence(
        Tool::Python,
        Some("NameError"),
        "a.py",
        1,
        "name 'json' is not defined",
    );
    let from_pytest = occurrence(
        Tool::Pytest,
        Some("NameError"),
        "test_a.py",
        9,
        "name 'json' is not defined",
    );
    assert_eq!(fingerprint(&from_python), fingerprint(&from_pytest));
    assert_ne!(
        fingerprint_of(Language::C, None, "expected ';'"),
        fingerprint_of(Language::JavaScript, None, "expected ';'")
    );
}

#[test]
fn ids_are_sha256_hex() {
    let id = fingerprint(&occurrence(Tool::Go, None, "main.go", 1, "undefined: x")).0;
    assert_eq!(id.len(), 64);
    assert!(id
        .bytes()
        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
}

proptest! {
    #[test]
    fn normalisation_is_idempotent(message in "\\PC{0,80}") {
        let once = normalize_message(&message);
        prop_assert_eq!(normalize_message(&once), once.clone());
        let shaped = shape_message(&message);
        prop_assert_eq!(shape_message(&shaped), shaped);
    }

    #[test]
    fn normalisation_is_idempotent_on_error_like_text(
        words in proptest::collection::vec(
            prop_oneof![
                Just("error".to_string()), Just("`HashMap`".to_string()), Just("'x'".to_string()),
                Just("/tmp/a/b.rs".to_string()), Just("0x1f".to_string()), Just("42".to_string()),
                Just("3f786850e387".to_string()), Just("2026-01-02".to_string()), Just("::".to_string()),
                "[a-z0-9_./:'`\"-]{1,12}",
            ],
            0..12,
        )
    ) {
        let message = words.join(" ");
        let once = normalize_message(&message);
        prop_assert_eq!(normalize_message(&once), once.clone());
        let shaped = shape_message(&message);
        prop_assert_eq!(shape_message(&shaped), shaped);
    }
}

#[test]
fn ids_at_once_equal_the_ids_one_by_one() {
    for (tool, code, message) in [
        (
            Tool::Rustc,
            Some("E0412"),
            "cannot find type `HashMap` in this scope",
        ),
        (
            Tool::Python,
            Some("FileNotFoundError"),
            "No such file: '/tmp/a1b2c3d/x.json' at 0x7ffd",
        ),
        (Tool::Go, None, "undefined: fooBar"),
    ] {
        let o = occurrence(tool, code, "f", 1, message);
        assert_eq!(selfheal::fingerprint::ids(&o), (fingerprint(&o), shape(&o)));
    }
}
