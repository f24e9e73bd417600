//! The capture engine on hostile input: any bytes, huge lines, CRLF, colours, chunking.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use selfheal::capture::{capture_text, Capture, CaptureOptions, MAX_LINE_BYTES};
use selfheal::{Occurrence, Severity};

fn capture_bytes(chunks: &[&[u8]]) -> Vec<Occurrence> {
    let mut capture = Capture::new(CaptureOptions::default());
    let mut out = Vec::new();
    for chunk in chunks {
        capture.feed(chunk, &mut out);
    }
    capture.finish(&mut out);
    out
}

fn summary(occurrences: &[Occurrence]) -> Vec<String> {
    occurrences
        .iter()
        .map(|o| {
            format!(
                "{}:{}:{} {} {}",
                o.file.as_deref().unwrap_or("-"),
                o.line.unwrap_or(0),
                o.column.unwrap_or(0),
                o.severity,
                o.message
            )
        })
        .collect()
}

#[test]
fn crlf_colour_and_progress_bars_are_read_as_a_terminal_shows_them() {
    let text = "Building [=====>    ] 50%\rdocs/a.md:3:1: error: bad heading\r\n\
                \x1b[1m\x1b[31mlib/b.txt\x1b[0m:7: warning: trailing space\r\n";
    assert_eq!(
        summary(&capture_text(text, CaptureOptions::default())),
        vec![
            "docs/a.md:3:1 error bad heading",
            "lib/b.txt:7:0 warning trailing space"
        ]
    );
}

#[test]
fn invalid_utf8_is_read_lossily() {
    let found = capture_bytes(&[b"src/x.txt:1:2: error: bad byte \xff\xfe here\n"]);
    assert_eq!(
        summary(&found),
        vec!["src/x.txt:1:2 error bad byte \u{fffd}\u{fffd} here"]
    );
}

#[test]
fn relative_paths_resolve_against_cwd() {
    let options = CaptureOptions {
        cwd: Some("/work/proj".into()),
    };
    let found = capture_text("./docs/a.md:3:1: error: x\n", options);
    assert_eq!(found[0].file.as_deref(), Some("/work/proj/docs/a.md"));
}

#[test]
fn a_100_mb_line_neither_panics_nor_stalls_and_what_follows_is_found() {
    let chunk = vec![b'a'; 1 << 20];
    let started = Instant::now();
    let mut capture = Capture::new(CaptureOptions::default());
    let mut out = Vec::new();
    capture.feed(b"docs/head.md:1:1: error: before\n", &mut out);
    for _ in 0..100 {
        capture.feed(&chunk, &mut out);
    }
    capture.feed(b"\ndocs/tail.md:2:1: error: after\n", &mut out);
    capture.finish(&mut out);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(
        summary(&out),
        vec![
            "docs/head.md:1:1 error before",
            "docs/tail.md:2:1 error after"
        ]
    );
}

#[test]
fn a_huge_line_that_is_an_error_is_cut_not_lost() {
    let mut line = b"docs/big.md:9:1: error: ".to_vec();
    line.extend(std::iter::repeat_n(b'x', 3 * MAX_LINE_BYTES));
    line.push(b'\n');
    line.extend_from_slice(b"docs/next.md:1:1: error: next\n");
    for chunks in [vec![&line[..]], line.chunks(100_000).collect::<Vec<_>>()] {
        let found = capture_bytes(&chunks);
        assert_eq!(found.len(), 2, "{:?}", summary(&found));
        assert_eq!(found[0].severity, Severity::Error);
        assert!(found[0].message.len() <= MAX_LINE_BYTES);
        assert_eq!(found[1].message, "next");
    }
}

#[test]
fn binary_garbage_is_survived_and_errors_around_it_found() {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let garbage: Vec<u8> = (0..2_000_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let mut input = b"docs/a.md:1:1: error: first\n".to_vec();
    input.extend_from_slice(&garbage);
    input.extend_from_slice(b"\ndocs/b.md:2:1: error: last\n");
    let found = capture_bytes(&[&input]);
    let messages: Vec<_> = found.iter().map(|o| o.message.as_str()).collect();
    assert_eq!(messages.first(), Some(&"first"));
    assert_eq!(messages.last(), Some(&"last"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any bytes, cut anywhere: no panic, and the result does not depend on the cuts.
    #[test]
    fn any_bytes_in_any_chunks(data in proptest::collection::vec(any::<u8>(), 0..4096), cut in 1usize..64) {
        let whole = capture_bytes(&[&data]);
        let pieces: Vec<&[u8]> = data.chunks(cut).collect();
        prop_assert_eq!(summary(&whole), summary(&capture_bytes(&pieces)));
    }

    /// Error-like lines mixed from every format, cut anywhere: no panic, same result.
    #[test]
    fn error_like_text_in_any_chunks(
        lines in proptest::collection::vec(prop_oneof![
            Just("error[E0425]: cannot find value `x` in this scope".to_string()),
            Just(" --> src/main.rs:2:5".to_string()),
            Just("  |".to_string()),
            Just("2 |     x".to_string()),
            Just("  |     ^ not found in this scope".to_string()),
            Just("Traceback (most recent call last):".to_string()),
            Just("  File \"/tmp/a.py\", line 3, in <module>".to_string()),
            Just("NameError: name 'json' is not defined".to_string()),
            Just("main.c:3:5: error: expected ';' before '}' token".to_string()),
            Just("src/a.ts(3,5): error TS2304: Cannot find name 'x'.".to_string()),
            Just("./main.go:5:2: undefined: x".to_string()),
            Just("Main.java:3: error: cannot find symbol".to_string()),
            Just("{\"reason\":\"compiler-message\",\"message\":{".to_string()),
            Just("E       assert 3 == 4".to_string()),
            Just("    at Object.<anonymous> (/tmp/a.js:3:7)".to_string()),
            Just("\x1b[31m".to_string()),
            "[ -~]{0,40}",
        ], 0..40),
        cut in 1usize..97,
    ) {
        let text = lines.join("\n");
        let whole = capture_bytes(&[text.as_bytes()]);
        let pieces: Vec<&[u8]> = text.as_bytes().chunks(cut).collect();
        prop_assert_eq!(summary(&whole), summary(&capture_bytes(&pieces)));
    }
}
