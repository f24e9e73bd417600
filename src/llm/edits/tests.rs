use super::*;
use crate::llm::reply::Header;

const TOKEN: &str = "ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5";

fn reply(deletes: bool, blocks: &[(&str, &str)]) -> Reply {
    Reply {
        header: Header {
            title: "T".into(),
            explanation: String::new(),
            confidence: 0.5,
            deletes,
        },
        blocks: blocks
            .iter()
            .map(|(search, replace)| SearchReplace {
                search: search.to_string(),
                replace: replace.to_string(),
            })
            .collect(),
        rewrite: None,
    }
}

fn rewrite(deletes: bool, text: &str) -> Reply {
    Reply {
        rewrite: Some(text.to_string()),
        ..reply(deletes, &[])
    }
}

fn all(text: &str) -> Window {
    Window {
        start_line: 1,
        end_line: text.lines().count().max(1) as u32,
    }
}

fn apply(text: &str, edits: &[TextEdit]) -> String {
    let mut out = text.to_string();
    for edit in edits.iter().rev() {
        assert_eq!(&text[edit.start..edit.end], edit.expected);
        out.replace_range(edit.start..edit.end, &edit.replacement);
    }
    out
}

fn applied(text: &str, window: Window, reply: &Reply) -> String {
    let edits = plan_edits(text, &window, reply).unwrap_or_else(|error| panic!("{error}"));
    for pair in edits.windows(2) {
        assert!(pair[0].end <= pair[1].start, "in order, not overlapping");
    }
    apply(text, &edits)
}

/// (name, document, blocks, document after).
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static str,
);

#[test]
fn blocks_apply_where_they_match() {
    let cases: &[Case] = &[
        (
            "exact",
            "def f():\n    greet()\n    return 1\n",
            &[("    greet()\n", "    greet(\"world\")\n")],
            "def f():\n    greet(\"world\")\n    return 1\n",
        ),
        (
            "two blocks, given out of order",
            "a = 1\nb = 2\nc = 3\nd = 4\n",
            &[("d = 4\n", "d = 40\n"), ("a = 1\n", "a = 10\n")],
            "a = 10\nb = 2\nc = 3\nd = 40\n",
        ),
        (
            "crlf file keeps crlf",
            "fn main() {\r\n    let x = 1;\r\n    run(x);\r\n}\r\n",
            &[(
                "    let x = 1;\n    run(x);\n",
                "    let x = 2;\n    log(x);\n    run(x);\n",
            )],
            "fn main() {\r\n    let x = 2;\r\n    log(x);\r\n    run(x);\r\n}\r\n",
        ),
        (
            "last line without newline",
            "a\nb",
            &[("b\n", "c\n")],
            "a\nc",
        ),
        (
            "insertion after the last line without newline",
            "a\nb",
            &[("b\n", "b\nc\n")],
            "a\nb\nc",
        ),
        (
            "insertion before the first line",
            "b\nc\n",
            &[("b\n", "a\nb\n")],
            "a\nb\nc\n",
        ),
        (
            "tolerant: inner spaces and trailing space",
            "if  x ==  1: \n    go()\n",
            &[("if x == 1:\n    go()\n", "if x == 1:\n    stop()\n")],
            "if  x ==  1: \n    stop()\n",
        ),
        (
            "tolerant: re-indented deeper",
            "class A:\n    def f(self):\n        return 1\n",
            &[(
                "def f(self):\n    return 1\n",
                "def f(self):\n    x = 1\n    return x\n",
            )],
            "class A:\n    def f(self):\n        x = 1\n        return x\n",
        ),
        (
            "tolerant: spaces in SEARCH, tabs in the file",
            "func f() {\n\tif ok {\n\t\treturn\n\t}\n}\n",
            &[(
                "    if ok {\n        return\n    }\n",
                "    if ok {\n        log()\n        return\n    }\n",
            )],
            "func f() {\n\tif ok {\n\t\tlog()\n\t\treturn\n\t}\n}\n",
        ),
        (
            "unicode",
            "name = \"Grüße\"\nprint(\"日本語\", name)\n",
            &[("print(\"日本語\", name)\n", "print(\"日本語 🌍\", name)\n")],
            "name = \"Grüße\"\nprint(\"日本語 🌍\", name)\n",
        ),
        (
            "a no-op block next to a real one",
            "a\nb\n",
            &[("a\n", "a\n"), ("b\n", "B\n")],
            "a\nB\n",
        ),
    ];
    for (name, text, blocks, expected) in cases {
        let got = applied(text, all(text), &reply(false, blocks));
        assert_eq!(&got, expected, "{name}");
    }
}

#[test]
fn edits_are_minimal_and_exact() {
    let text = "one\ntwo\nthree\nfour\n";
    let edits = plan_edits(
        text,
        &all(text),
        &reply(false, &[("two\nthree\nfour\n", "two\n3\nfour\n")]),
    )
    .unwrap();
    assert_eq!(
        edits,
        vec![TextEdit {
            start: 8,
            end: 14,
            expected: "three\n".into(),
            replacement: "3\n".into()
        }]
    );
    let text = "é\nß = 1\n";
    let edits = plan_edits(text, &all(text), &reply(false, &[("ß = 1\n", "ß = 2\n")])).unwrap();
    assert!(text.is_char_boundary(edits[0].start) && text.is_char_boundary(edits[0].end));
    assert_eq!(edits[0].expected, "ß = 1\n");
}

#[test]
fn deletions_need_the_header_to_say_so() {
    let text = "import os\nimport sys\nprint(1)\n";
    let block = [("import sys\n", "")];
    assert_eq!(
        plan_edits(text, &all(text), &reply(false, &block)),
        Err(Mismatch::DeletesWithoutSaying { block: Some(1) })
    );
    assert_eq!(
        plan_edits(text, &all(text), &reply(false, &[("import sys\n", "  \n")])),
        Err(Mismatch::DeletesWithoutSaying { block: Some(1) })
    );
    assert_eq!(
        applied(text, all(text), &reply(true, &block)),
        "import os\nprint(1)\n"
    );
    let last = "a\nb";
    assert_eq!(
        applied(last, all(last), &reply(true, &[("b\n", "")])),
        "a\n"
    );
}

#[test]
fn searches_that_do_not_fit_are_explained() {
    let text = "x = 1\ny = 2\nx = 1\nz = 3\nw = 4\n";
    let window = Window {
        start_line: 1,
        end_line: 4,
    };
    let error = plan_edits(
        text,
        &window,
        &reply(false, &[("z = 3\n", "z = 4\n"), ("x = 1\n", "x = 2\n")]),
    )
    .unwrap_err();
    assert_eq!(
        error,
        Mismatch::Ambiguous {
            block: 2,
            lines: vec![1, 3]
        }
    );
    assert!(
        error
            .explain()
            .contains("SEARCH block 2 matches 2 places (lines 1, 3)"),
        "{}",
        error.explain()
    );

    let error = plan_edits(text, &window, &reply(false, &[("w = 4\n", "w = 5\n")])).unwrap_err();
    assert_eq!(
        error,
        Mismatch::OutsideWindow {
            block: 1,
            lines: (5, 5),
            window
        }
    );
    assert!(error.to_string().contains("outside"));

    let error = plan_edits(
        text,
        &window,
        &reply(false, &[("y = 22\nx = 1\n", "y = 3\n")]),
    )
    .unwrap_err();
    match &error {
        Mismatch::NotFound {
            block: 1,
            closest: Some((2, lines)),
        } => {
            assert_eq!(lines, &vec!["y = 2".to_string(), "x = 1".to_string()])
        }
        other => panic!("{other:?}"),
    }
    assert!(error.explain().contains("lines 2–3"), "{}", error.explain());

    let error = plan_edits(text, &window, &reply(false, &[("  \n", "q = 1\n")])).unwrap_err();
    assert_eq!(error, Mismatch::EmptySearch { block: 1 });
    assert_eq!(
        plan_edits(text, &window, &reply(false, &[])),
        Err(Mismatch::NoEdits)
    );
    assert_eq!(
        plan_edits(text, &window, &reply(false, &[("y = 2\n", "y = 2\n")])),
        Err(Mismatch::NoChange)
    );
    let error = plan_edits(
        text,
        &window,
        &reply(
            false,
            &[("x = 1\ny = 2\n", "X\n"), ("y = 2\nx = 1\n", "Y\n")],
        ),
    )
    .unwrap_err();
    assert_eq!(
        error,
        Mismatch::Overlapping {
            first: 1,
            second: 2
        }
    );
}

#[test]
fn tolerant_matches_must_be_unique_too() {
    let text = "  a  b\nc\n\ta b\n";
    let error = plan_edits(text, &all(text), &reply(false, &[("a b \n", "x\n")])).unwrap_err();
    assert_eq!(
        error,
        Mismatch::Ambiguous {
            block: 1,
            lines: vec![1, 3]
        }
    );
}

#[test]
fn secrets_are_matched_as_markers_and_put_back() {
    let text = format!("let a = 1;\nlet token = \"{TOKEN}\";\nlet b = 2;\n");
    let search = "let token = \"<redacted:github-token>\";\nlet b = 2;\n";
    let got = applied(
        &text,
        all(&text),
        &reply(
            false,
            &[(
                search,
                "let token = \"<redacted:github-token>\";\nlet b = 3;\n",
            )],
        ),
    );
    assert_eq!(
        got,
        format!("let a = 1;\nlet token = \"{TOKEN}\";\nlet b = 3;\n")
    );

    let got = applied(
        &text,
        all(&text),
        &reply(
            false,
            &[(
                search,
                "let auth = format!(\"token {}\", \"<redacted:github-token>\");\nlet b = 2;\n",
            )],
        ),
    );
    assert_eq!(
        got,
        format!("let a = 1;\nlet auth = format!(\"token {{}}\", \"{TOKEN}\");\nlet b = 2;\n")
    );
    assert!(!got.contains("<redacted"));

    let error = plan_edits(
        &text,
        &all(&text),
        &reply(
            false,
            &[("let a = 1;\n", "let a = \"<redacted:github-token>\";\n")],
        ),
    )
    .unwrap_err();
    assert_eq!(
        error,
        Mismatch::WouldWriteRedaction {
            block: Some(1),
            marker: "<redacted:github-token>".into()
        }
    );
    assert!(!error.explain().contains(TOKEN));

    // The real secret in a SEARCH (the model never saw it) does not match.
    let leaked = format!("let token = \"{TOKEN}\";\n");
    let error = plan_edits(&text, &all(&text), &reply(false, &[(&leaked, "x\n")])).unwrap_err();
    assert!(matches!(error, Mismatch::NotFound { .. }));
    assert!(!error.explain().contains(TOKEN), "{}", error.explain());
}

#[test]
fn a_rewrite_is_minimised_to_the_changed_lines() {
    let text = "a\nb\nc\nd\ne\n";
    let edits = plan_edits(text, &all(text), &rewrite(false, "a\nb\nC\nd\ne\n")).unwrap();
    assert_eq!(
        edits,
        vec![TextEdit {
            start: 4,
            end: 6,
            expected: "c\n".into(),
            replacement: "C\n".into()
        }]
    );
    let window = Window {
        start_line: 2,
        end_line: 4,
    };
    assert_eq!(
        applied(text, window, &rewrite(false, "b\nc2\nd\n")),
        "a\nb\nc2\nd\ne\n"
    );
    assert_eq!(
        plan_edits(text, &window, &rewrite(false, "b\nc\nd\n")),
        Err(Mismatch::NoChange)
    );
}

#[test]
fn a_short_rewrite_is_refused_unless_it_deletes() {
    let text = "a\nb\nc\nd\ne\n";
    assert_eq!(
        plan_edits(text, &all(text), &rewrite(false, "a\nb\n")),
        Err(Mismatch::RewriteTooShort {
            kept: 2,
            window_lines: 5
        })
    );
    assert_eq!(
        plan_edits(text, &all(text), &rewrite(false, "")),
        Err(Mismatch::RewriteTooShort {
            kept: 0,
            window_lines: 5
        })
    );
    assert_eq!(applied(text, all(text), &rewrite(true, "a\ne\n")), "a\ne\n");
    assert_eq!(
        applied(text, all(text), &rewrite(false, "a\nb\nd\ne\n")),
        "a\nb\nd\ne\n"
    );
}

#[test]
fn a_rewrite_keeps_marker_lines_only_unchanged() {
    let text = format!("a = 1\nkey = \"{TOKEN}\"\nb = 2\n");
    let got = applied(
        &text,
        all(&text),
        &rewrite(false, "a = 10\nkey = \"<redacted:github-token>\"\nb = 20\n"),
    );
    assert_eq!(got, format!("a = 10\nkey = \"{TOKEN}\"\nb = 20\n"));
    let error = plan_edits(
        &text,
        &all(&text),
        &rewrite(false, "a = 1\nkey2 = \"<redacted:github-token>\"\nb = 2\n"),
    )
    .unwrap_err();
    assert_eq!(
        error,
        Mismatch::WouldWriteRedaction {
            block: None,
            marker: "<redacted:github-token>".into()
        }
    );
}

#[test]
fn the_import_block_may_be_edited_outside_the_window() {
    let mut text = String::from("import os\nimport sys\n\n");
    for number in 0..100 {
        text.push_str(&format!("x{number} = {number}\n"));
    }
    let window = Window {
        start_line: 50,
        end_line: 60,
    };
    let got = applied(
        &text,
        window,
        &reply(false, &[("import sys\n", "import sys\nimport re\n")]),
    );
    assert!(got.starts_with("import os\nimport sys\nimport re\n\nx0 = 0\n"));
    let error = plan_edits(&text, &window, &reply(false, &[("x1 = 1\n", "x1 = 2\n")])).unwrap_err();
    assert!(
        matches!(error, Mismatch::OutsideWindow { lines: (5, 5), .. }),
        "{error:?}"
    );
}

#[test]
fn explanations_name_the_block_and_what_to_do() {
    let cases = [
        (Mismatch::NoEdits, "no SEARCH/REPLACE block"),
        (
            Mismatch::DeletesWithoutSaying { block: None },
            "\"deletes\": true",
        ),
        (
            Mismatch::Overlapping {
                first: 1,
                second: 3,
            },
            "blocks 1 and 3 overlap",
        ),
        (
            Mismatch::RewriteTooShort {
                kept: 2,
                window_lines: 40,
            },
            "2 lines where the shown code has 40",
        ),
        (
            Mismatch::NotFound {
                block: 4,
                closest: None,
            },
            "SEARCH block 4 was not found",
        ),
    ];
    for (mismatch, expected) in cases {
        assert!(
            mismatch.explain().contains(expected),
            "{}",
            mismatch.explain()
        );
        assert!(!mismatch.to_string().contains('\n'));
    }
}
