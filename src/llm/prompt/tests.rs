use std::path::Path;

use super::*;

fn numbered(lines: u32) -> String {
    (1..=lines).map(|line| format!("line {line}\n")).collect()
}

#[test]
fn windows_are_clamped_to_the_file() {
    let window = |start_line, end_line| Window {
        start_line,
        end_line,
    };
    let cases = [
        ("empty file", String::new(), 1, window(1, 1)),
        ("empty file, far line", String::new(), 9, window(1, 1)),
        ("small file sent whole", numbered(81), 70, window(30, 81)),
        ("small file, first line", numbered(81), 1, window(1, 41)),
        ("81 lines, middle", numbered(81), 41, window(1, 81)),
        ("middle", numbered(300), 150, window(110, 190)),
        ("near the start", numbered(300), 3, window(1, 43)),
        ("near the end", numbered(300), 299, window(259, 300)),
        ("past the end", numbered(300), 1000, window(260, 300)),
        ("line 0", numbered(300), 0, window(1, 41)),
        ("no final newline", "a\nb".to_string(), 2, window(1, 2)),
    ];
    for (name, text, line, expected) in cases {
        assert_eq!(window_around(&text, line), expected, "{name}");
    }
}

#[test]
fn import_blocks_by_language() {
    let block = |start_line, end_line| {
        Some(Window {
            start_line,
            end_line,
        })
    };
    let cases: &[(&str, &str, Option<Window>)] = &[
        ("python", "#!/usr/bin/env python\n\"\"\"Doc.\n\nMore.\n\"\"\"\nimport os\n# why\nfrom x import (\n    a,\n    b,\n)\n\nimport sys\n\ndef f():\n    pass\n", block(6, 13)),
        ("python", "def f():\n    import os\n", None),
        ("rust", "//! Doc.\n\nuse std::fmt;\nuse crate::{\n    a,\n    b,\n};\n\nmod tests;\n\nfn main() {}\n", block(3, 9)),
        ("rust", "#![allow(dead_code)]\npub use a::b;\npub(crate) use c::d;\n\nstruct S;\n", block(2, 3)),
        ("go", "// Package main.\npackage main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {}\n", block(4, 7)),
        ("go", "package main\n\nimport \"fmt\"\n\nfunc main() {}\n", block(3, 3)),
        ("typescript", "'use strict';\nimport {\n  a,\n  b,\n} from './x';\nimport React from 'react';\nconst fs = require('fs');\n\nexport function f() {}\n", block(2, 7)),
        ("javascript", "import './styles.css';\nlet x = 1;\n", block(1, 1)),
        ("java", "package a.b;\n\nimport java.util.List;\nimport static java.lang.Math.max;\n\npublic class A {}\n", block(3, 4)),
        ("c", "#ifndef A_H\n#define A_H\n/* x */\n#include <stdio.h>\n#include \"a.h\"\n\nint main(void);\n", block(4, 5)),
        ("cpp", "#pragma once\n#include <vector>\n", block(2, 2)),
        ("unknown", "import os\n\nx = 1\n", block(1, 1)),
        ("rust", "fn main() {}\nuse std::fmt;\n", None),
        ("rust", "", None),
    ];
    for (language, text, expected) in cases {
        assert_eq!(
            import_block(text, language),
            *expected,
            "{language}: {text}"
        );
    }
}

#[test]
fn exclusions() {
    let patterns = vec![
        "config/secret/*".to_string(),
        "**/fixtures/**/*.sql".to_string(),
        "private?.txt".to_string(),
        "vendor/".to_string(),
    ];
    let cases = [
        (".env", true),
        ("app/.env", true),
        (".env.production", true),
        (".env.local", true),
        (".env.example", false),
        ("app/.env.sample", false),
        (".env.template", false),
        ("environment.py", false),
        ("certs/server.pem", true),
        ("tls.key", true),
        ("keys/store.p12", true),
        ("a.pfx", true),
        ("release.keystore", true),
        ("app.jks", true),
        ("id_rsa", true),
        ("id_rsa.pub", true),
        ("id_ed25519", true),
        ("id_ecdsa_sk", true),
        (".npmrc", true),
        (".pypirc", true),
        (".netrc", true),
        (".git-credentials", true),
        ("credentials", true),
        ("credentials.json", true),
        ("secrets.yaml", true),
        ("secrets_test.py", false),
        ("/home/u/.ssh/config", true),
        ("/home/u/.aws/config", true),
        ("/home/u/.gnupg/gpg.conf", true),
        ("src/ssh/config.rs", false),
        ("src/keyboard.rs", false),
        ("src/main.rs", false),
        ("/home/u/app/config/secret/x.toml", true),
        ("config/secret/x.toml", true),
        ("config/secret/deep/x.toml", false),
        ("config/x.toml", false),
        ("db/fixtures/a/b/seed.sql", true),
        ("db/fixtures/seed.sql", true),
        ("db/seed.sql", false),
        ("private1.txt", true),
        ("docs/private12.txt", false),
        ("vendor/lib/a.go", true),
        ("C:\\work\\app\\.env", true),
    ];
    for (path, excluded) in cases {
        assert_eq!(is_excluded(Path::new(path), &patterns), excluded, "{path}");
    }
    assert!(!is_excluded(Path::new("config/secret/x.toml"), &[]));
    assert!(!is_excluded(Path::new(""), &patterns));
}

const GITHUB: &str = "ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5";
const AWS_ID: &str = "AKIAZ7QWERTY2UIOPA4S";
const AWS_SECRET: &str = "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";
const DB_PASSWORD: &str = "Tr0ub4dor3xQ9z";
const KEY_BODY: &str = "MIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM2Uq7F5Fv0B8m4n2k9wQx7pLr0s9T";

fn secrets_text() -> String {
    format!(
        "token {GITHUB} aws_access_key_id={AWS_ID} aws_secret_access_key={AWS_SECRET} \
         postgres://app:{DB_PASSWORD}@db.internal.corp:5432/app"
    )
}

fn key_block() -> String {
    format!(
        "-----BEGIN RSA PRIVATE KEY-----\n{KEY_BODY}\n{KEY_BODY}\n-----END RSA PRIVATE KEY-----\n"
    )
}

fn assert_no_canary(request: &ChatRequest) {
    let mut all = request.system.clone();
    for message in &request.messages {
        all.push_str(&message.content);
    }
    for canary in [GITHUB, AWS_ID, AWS_SECRET, DB_PASSWORD, KEY_BODY] {
        assert!(!all.contains(canary), "{canary} leaked:\n{all}");
    }
    assert!(all.contains("<redacted:"), "{all}");
}

#[test]
fn nothing_secret_leaves_in_a_request() {
    let secrets = secrets_text();
    let mut text = format!("import os\n{}", key_block());
    text.push_str(&format!(
        "GITHUB_TOKEN = \"{GITHUB}\"\nAWS = \"{AWS_ID}\"\n"
    ));
    text.push_str(&format!("aws_secret_access_key = \"{AWS_SECRET}\"\n"));
    text.push_str(&format!(
        "DB = \"postgres://app:{DB_PASSWORD}@db.internal.corp/app\"\n"
    ));
    for line in 0..60 {
        text.push_str(&format!("x{line} = {line}\n"));
    }
    text.push_str(&format!("print(x)  # {secrets}\n"));
    let errors = vec![ErrorText {
        message: format!("NameError: x {secrets}\n{}", key_block()),
        code: Some(format!("E1 {secrets}")),
        file: Some(format!("src/{GITHUB}/app.py")),
        line: Some(70),
        column: Some(1),
    }];
    let tried = vec![TriedFix {
        title: format!("Set {secrets}"),
        why_failed: format!("still failing: {secrets}"),
    }];
    let similar = vec![PastFix {
        message: format!("NameError {secrets}"),
        diff: format!(
            "--- a\n+++ b\n@@ -1 +1 @@\n-x = 1\n+x = \"{GITHUB}\"\n+{}",
            key_block()
        ),
    }];
    let file = format!("src/{GITHUB}/app.py");
    let tool = format!("python {GITHUB}");
    let language = format!("python {AWS_ID}");
    for whole_window in [false, true] {
        let input = ProposalInput {
            tool: &tool,
            language: &language,
            errors: &errors,
            file: &file,
            text: &text,
            line: 70,
            tried: &tried,
            similar: &similar,
            whole_window,
        };
        let window = window_around(&text, 70);
        assert!(window.start_line > 1, "the import block is shown apart");
        assert_no_canary(&build_request(&input, &window));
        let all = Window {
            start_line: 1,
            end_line: 200,
        };
        assert_no_canary(&build_request(&input, &all));
    }
    let mismatch = crate::llm::edits::Mismatch::NotFound {
        block: 1,
        closest: Some((3, vec![format!("x = \"{GITHUB}\"")])),
    };
    let message = follow_up(&mismatch);
    assert!(!message.contains(GITHUB), "{message}");
}

fn input<'a>(
    text: &'a str,
    errors: &'a [ErrorText],
    similar: &'a [PastFix],
    whole_window: bool,
) -> ProposalInput<'a> {
    ProposalInput {
        tool: "pytest",
        language: "python",
        errors,
        file: "src/app.py",
        text,
        line: 60,
        tried: &[],
        similar,
        whole_window,
    }
}

#[test]
fn the_user_message_shows_the_code_verbatim_with_line_numbers_outside() {
    let mut text = String::from("import os\r\nfrom a import (\r\n    b,\r\n)\r\n\r\n");
    for line in 6..=120 {
        text.push_str(&format!(
            "    value_{line} = compute({line})  # ``` fence\r\n"
        ));
    }
    let errors = vec![
        ErrorText {
            message: "NameError: name 'x' is not defined".into(),
            code: Some("F821".into()),
            file: Some("src/app.py".into()),
            line: Some(60),
            column: Some(5),
        },
        ErrorText {
            message: "NameError: name 'x' is not defined".into(),
            file: Some("src/app.py".into()),
            line: Some(90),
            ..Default::default()
        },
    ];
    let similar: Vec<PastFix> = (1..=5)
        .map(|n| PastFix {
            message: format!("past {n}"),
            diff: format!("-a{n}\n+b{n}\n"),
        })
        .collect();
    let window = window_around(&text, 60);
    let request = build_request(&input(&text, &errors, &similar, false), &window);
    assert_eq!(request.messages.len(), 1);
    assert_eq!(request.messages[0].role, ChatRole::User);
    let message = &request.messages[0].content;
    for expected in [
        "Tool: pytest (language: python)",
        "- src/app.py:60:5: [F821] NameError: name 'x' is not defined",
        "- src/app.py:90: NameError",
        "Import block, lines 1–4 of src/app.py:",
        "Code, lines 20–100 of src/app.py (the error is on line 60):",
        "````python\n    value_20 = compute(20)  # ``` fence\n",
        "    value_100 = compute(100)  # ``` fence\n````\n",
        "from a import (\n    b,\n)\n",
        "past 3",
    ] {
        assert!(
            message.contains(expected),
            "missing {expected:?} in:\n{message}"
        );
    }
    assert!(!message.contains('\r'));
    assert!(!message.contains("value_19 "));
    assert!(!message.contains("value_101 "));
    assert!(!message.contains("past 4"), "at most 3 similar fixes");
    assert!(request.system.contains("<<<<<<< SEARCH"));
    assert!(request.system.contains("\"deletes\""));
    assert!(request.system.contains("<redacted:KIND>"));

    let whole = build_request(&input(&text, &errors, &[], true), &window);
    assert!(!whole.system.contains("<<<<<<< SEARCH"));
    assert!(whole.system.contains("ONE fenced code block"));
    assert!(!whole.messages[0].content.contains("Similar errors"));

    let inside = build_request(
        &input(&text, &errors, &[], false),
        &Window {
            start_line: 1,
            end_line: 90,
        },
    );
    assert!(!inside.messages[0].content.contains("Import block"));
}

#[test]
fn the_follow_up_explains_and_reminds() {
    let mismatch = crate::llm::edits::Mismatch::Ambiguous {
        block: 2,
        lines: vec![10, 14, 30],
    };
    let message = follow_up(&mismatch);
    assert!(
        message.contains("SEARCH block 2 matches 3 places (lines 10, 14, 30)"),
        "{message}"
    );
    assert!(message.contains("same format"));
}
