use super::*;

const BLOCK: &str = "<<<<<<< SEARCH\n    greet()\n=======\n    greet(\"world\")\n>>>>>>> REPLACE\n";

fn read(text: &str) -> (Reply, HowRead) {
    parse_reply(text).unwrap_or_else(|error| panic!("unreadable ({error}): {text}"))
}

fn one_block() -> Vec<SearchReplace> {
    vec![SearchReplace {
        search: "    greet()\n".into(),
        replace: "    greet(\"world\")\n".into(),
    }]
}

#[test]
fn the_asked_for_format_is_read_strictly() {
    let text = format!(
        "{{\"title\": \"Pass the missing name argument\", \"explanation\": \"greet() takes one \
         argument\", \"confidence\": 0.8, \"deletes\": false}}\n{BLOCK}"
    );
    let (reply, how) = read(&text);
    assert_eq!(how, HowRead::Strict);
    assert_eq!(
        reply.header,
        Header {
            title: "Pass the missing name argument".into(),
            explanation: "greet() takes one argument".into(),
            confidence: 0.8,
            deletes: false,
        }
    );
    assert_eq!(reply.blocks, one_block());
    assert_eq!(reply.rewrite, None);
}

#[test]
fn headers_are_read_by_the_first_way_that_works() {
    let cases: &[(&str, &str, HowRead, &str, f64, bool)] = &[
        // (name, header text, how, title, confidence, deletes)
        (
            "strict, prose first",
            "Here you go:\n{\"title\": \"T\", \"confidence\": 0.9}\n",
            HowRead::Strict,
            "T",
            0.9,
            false,
        ),
        (
            "trailing comma",
            "{\"title\": \"T\", \"deletes\": true,}\n",
            HowRead::Repaired,
            "T",
            0.5,
            true,
        ),
        (
            "single quotes",
            "{'title': 'It\\'s \"fixed\"', 'confidence': '0.7'}\n",
            HowRead::Repaired,
            "It's \"fixed\"",
            0.7,
            false,
        ),
        (
            "unquoted keys",
            "{title: \"T\", confidence: 0.25}\n",
            HowRead::Repaired,
            "T",
            0.25,
            false,
        ),
        (
            "python literals",
            "{\"title\": \"T\", \"deletes\": True, \"explanation\": None}\n",
            HowRead::Repaired,
            "T",
            0.5,
            true,
        ),
        (
            "missing closing brace",
            "{\"title\": \"T\", \"confidence\": 80\n",
            HowRead::Repaired,
            "T",
            0.8,
            false,
        ),
        (
            "missing closing quote",
            "{\"title\": \"T,\n \"confidence\": \"80%\"}\n",
            HowRead::Repaired,
            "T",
            0.8,
            false,
        ),
        (
            "missing comma",
            "{\"title\": \"T\"\n \"deletes\": \"yes\"}\n",
            HowRead::Repaired,
            "T",
            0.5,
            true,
        ),
        (
            "unquoted percent",
            "{title: T, confidence: 65%}\n",
            HowRead::Repaired,
            "T",
            0.65,
            false,
        ),
        (
            "comment",
            "{\"title\": \"T\", // the title\n \"confidence\": 1}\n",
            HowRead::Repaired,
            "T",
            1.0,
            false,
        ),
        (
            "upper-case keys",
            "{\"Title\": \"T\", \"CONFIDENCE\": 0.3}\n",
            HowRead::Strict,
            "T",
            0.3,
            false,
        ),
        (
            "confidence above 100 clamps",
            "{\"title\": \"T\", \"confidence\": 250}\n",
            HowRead::Strict,
            "T",
            1.0,
            false,
        ),
        (
            "negative confidence clamps",
            "{\"title\": \"T\", \"confidence\": -2}\n",
            HowRead::Strict,
            "T",
            0.0,
            false,
        ),
        (
            "nonsense confidence",
            "{\"title\": \"T\", \"confidence\": \"high\"}\n",
            HowRead::Strict,
            "T",
            0.5,
            false,
        ),
        (
            "fenced after braces in prose",
            "I looked at `{x}` and {y}:\n```json\n{\"title\": \"T\", \"confidence\": 0.6}\n```\n",
            HowRead::Fenced,
            "T",
            0.6,
            false,
        ),
        (
            "largest part",
            "Set {a} then {b: [} and {\"title\": \"T\", \"explanation\": \"e {x}\"} ok\n",
            HowRead::LargestPart,
            "T",
            0.5,
            false,
        ),
    ];
    for (name, header, how, title, confidence, deletes) in cases {
        let (reply, read_how) = read(&format!("{header}{BLOCK}"));
        assert_eq!(read_how, *how, "{name}");
        assert_eq!(reply.header.title, *title, "{name}");
        assert!(
            (reply.header.confidence - confidence).abs() < 1e-9,
            "{name}: {}",
            reply.header.confidence
        );
        assert_eq!(reply.header.deletes, *deletes, "{name}");
        assert_eq!(reply.blocks, one_block(), "{name}");
    }
}

#[test]
fn misbehaving_blocks_are_still_read() {
    let cases: &[(&str, &str)] = &[
        ("fenced", "{\"title\": \"T\"}\n```python\n<<<<<<< SEARCH\n    greet()\n=======\n    greet(\"world\")\n>>>>>>> REPLACE\n```\n"),
        ("file name line", "{\"title\": \"T\"}\nsrc/app.py\n<<<<<<< SEARCH\n    greet()\n=======\n    greet(\"world\")\n>>>>>>> REPLACE\n"),
        ("short and long markers", "{\"title\": \"T\"}\n<<<<< SEARCH\n    greet()\n=========\n    greet(\"world\")\n>>>>>>>>> REPLACE\n"),
        ("lower case", "{\"title\": \"T\"}\n<<<<<<< search\n    greet()\n=======\n    greet(\"world\")\n>>>>>>> replace\n"),
        ("crlf", "{\"title\": \"T\"}\r\n<<<<<<< SEARCH\r\n    greet()\r\n=======\r\n    greet(\"world\")\r\n>>>>>>> REPLACE\r\n"),
        ("prose around", "Sure!\n{\"title\": \"T\"}\nThe fix:\n<<<<<<< SEARCH\n    greet()\n=======\n    greet(\"world\")\n>>>>>>> REPLACE\nThat should do it.\n"),
        ("missing last marker", "{\"title\": \"T\"}\n<<<<<<< SEARCH\n    greet()\n=======\n    greet(\"world\")\n"),
        ("missing last marker, fenced", "{\"title\": \"T\"}\n```\n<<<<<<< SEARCH\n    greet()\n=======\n    greet(\"world\")\n```"),
    ];
    for (name, text) in cases {
        let (reply, how) = read(text);
        assert_eq!(how, HowRead::Strict, "{name}");
        assert_eq!(reply.header.title, "T", "{name}");
        assert_eq!(reply.blocks, one_block(), "{name}");
    }
}

#[test]
fn bodies_are_kept_exactly_and_blocks_in_order() {
    let text = "{\"title\": \"T\"}\n<<<<<<< SEARCH\n\tif x:\n  \n\t\treturn  1 \n=======\n=======\n>>>>>>> REPLACE\n<<<<<<< SEARCH\nb\n=======\n\n>>>>>>> REPLACE\n";
    let (reply, _) = read(text);
    assert_eq!(
        reply.blocks,
        vec![
            SearchReplace {
                search: "\tif x:\n  \n\t\treturn  1 \n".into(),
                replace: "=======\n".into()
            },
            SearchReplace {
                search: "b\n".into(),
                replace: "\n".into()
            },
        ]
    );
}

#[test]
fn a_forgotten_replace_marker_before_the_next_block_closes_the_block() {
    let text = "{\"title\": \"T\"}\n<<<<<<< SEARCH\na\n=======\nb\n<<<<<<< SEARCH\nc\n=======\nd\n>>>>>>> REPLACE\n";
    let (reply, _) = read(text);
    assert_eq!(reply.blocks.len(), 2);
    assert_eq!(reply.blocks[0].replace, "b\n");
    assert_eq!(reply.blocks[1].search, "c\n");
}

#[test]
fn an_empty_search_is_kept_for_the_edits_to_refuse() {
    let (reply, _) =
        read("{\"title\": \"T\"}\n<<<<<<< SEARCH\n=======\nimport os\n>>>>>>> REPLACE\n");
    assert_eq!(reply.blocks[0].search, "");
}

#[test]
fn cut_off_and_empty_replies_are_unreadable_with_a_reason() {
    let cases: &[(&str, &str)] = &[
        ("", "empty"),
        ("  \n", "empty"),
        ("I cannot help with that.", "neither a JSON header nor SEARCH/REPLACE"),
        ("{\"title\": \"T\", \"confidence\": 0.9}\nI am not sure what to change.", "no edit"),
        ("{\"title\": \"T\"}\n<<<<<<< SEARCH\n    greet()\n", "inside the SEARCH part of block 1"),
        ("{\"title\": \"T\"}\n<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n<<<<<<< SEARCH\n    gre", "inside the SEARCH part of block 2"),
        ("{\"title\": \"T\"}\n<<<<<<< SEARCH\n    greet()\n=======\n    greet(\"wor", "inside the REPLACE part of block 1"),
        ("{\"title\": \"T\"}\n```python\ndef f():\n    return 1\n", "not closed"),
        ("<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n", "neither"),
    ];
    for (text, reason) in cases {
        let error = parse_reply(text).expect_err(text);
        assert!(error.0.contains(reason), "{text:?}: {error}");
    }
}

#[test]
fn blocks_without_a_header_get_a_made_up_one() {
    let (reply, how) = read(BLOCK);
    assert_eq!(how, HowRead::NoHeader);
    assert_eq!(reply.header.title, "Change to `greet(\"world\")`");
    assert_eq!(reply.header.confidence, DEFAULT_CONFIDENCE);
    assert!(!reply.header.deletes);
    let (reply, _) = read("<<<<<<< SEARCH\nunused = 1\n=======\n>>>>>>> REPLACE\n");
    assert_eq!(reply.header.title, "Remove `unused = 1`");
    let (reply, how) = read(&format!("{{\"explanation\": \"why\"}}\n{BLOCK}"));
    assert_eq!(how, HowRead::Strict);
    assert_eq!(reply.header.title, "Change to `greet(\"world\")`");
    assert_eq!(reply.header.explanation, "why");
}

#[test]
fn a_json_object_in_the_code_is_not_taken_for_the_header() {
    let text = "<<<<<<< SEARCH\nconst a = {\"name\": 1};\n=======\nconst a = {\"name\": 2};\n>>>>>>> REPLACE\n";
    let (reply, how) = read(text);
    assert_eq!(how, HowRead::NoHeader);
    assert_eq!(reply.blocks.len(), 1);
}

#[test]
fn a_whole_window_rewrite_is_the_first_code_fence() {
    let text = "{\"title\": \"T\", \"confidence\": \"0.9\"}\n```python\ndef f(name):\n    return {\"a\": name}\n```\nDone.\n";
    let (reply, how) = read(text);
    assert_eq!(how, HowRead::Strict);
    assert!(reply.blocks.is_empty());
    assert_eq!(
        reply.rewrite.as_deref(),
        Some("def f(name):\n    return {\"a\": name}\n")
    );

    let fenced_header = "```json\n{\"title\": \"T\",}\n```\n```rust\nfn f() {}\n```\n";
    let (reply, how) = read(fenced_header);
    assert_eq!(how, HowRead::Repaired);
    assert_eq!(reply.rewrite.as_deref(), Some("fn f() {}\n"));
}

#[test]
fn unicode_survives() {
    let text = "{\"title\": \"Grüße — «fix»\", \"explanation\": \"日本語\"}\n<<<<<<< SEARCH\nprint(\"héllo\")\n=======\nprint(\"héllo 🌍\")\n>>>>>>> REPLACE\n";
    let (reply, _) = read(text);
    assert_eq!(reply.header.title, "Grüße — «fix»");
    assert_eq!(reply.header.explanation, "日本語");
    assert_eq!(reply.blocks[0].replace, "print(\"héllo 🌍\")\n");
    let long = format!(
        "<<<<<<< SEARCH\na\n=======\n{}\n>>>>>>> REPLACE\n",
        "é".repeat(100)
    );
    let (reply, _) = read(&long);
    assert_eq!(
        reply.header.title.chars().count(),
        "Change to ``".chars().count() + 60
    );
}

#[test]
fn repair_closes_what_is_open() {
    assert_eq!(header::repair("{'a': [1, 2,"), "{\"a\": [1, 2]}");
    assert_eq!(header::repair("{\"a\": "), "{\"a\": null}");
    assert_eq!(
        header::repair("{a: {b: 'c'}} trailing"),
        "{\"a\": {\"b\": \"c\"}}"
    );
}
