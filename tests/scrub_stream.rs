//! The streaming `Scrubber`: the same output however the input is chunked (private key blocks
//! split across chunks included), bytes preserved outside secrets, bounded memory on a huge
//! line, and the `selfheal scrub` command end to end.

#[path = "scrub/corpus.rs"]
mod corpus;

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use selfheal::scrub::{scrub, scrub_bytes, Scrubber, MAX_LINE_BYTES};

fn scrub_in_chunks(input: &[u8], chunk: usize) -> Vec<u8> {
    let mut scrubber = Scrubber::new();
    let mut out = Vec::new();
    for piece in input.chunks(chunk.max(1)) {
        scrubber.feed(piece, &mut out);
    }
    scrubber.finish(&mut out);
    out
}

/// The whole corpus as one stream: positives and negatives, key blocks and all.
fn corpus_stream() -> String {
    corpus::cases()
        .iter()
        .map(|case| case.text.as_str())
        .collect::<Vec<_>>()
        .join("")
}

#[test]
fn chunking_does_not_change_the_output() {
    let input = corpus_stream();
    let whole = scrub(&input).into_owned();
    assert_ne!(whole, input, "the corpus has secrets");
    for chunk in [1, 7, 4096, input.len()] {
        let chunked = scrub_in_chunks(input.as_bytes(), chunk);
        assert!(
            chunked == whole.as_bytes(),
            "chunks of {chunk} bytes give a different output"
        );
    }
}

#[test]
fn private_key_split_across_chunks_is_removed_whole() {
    let key = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIrYSSNQFaA2Hwf1duRSxKtLYX5CB04fSeQ6tF1aY/PuoAoGCCqGSM49\nAwEHoUQDQgAEPR3tU2Fta9ktY+6P9G0cWO+0kETA6SFs38GecTyudlHz6xvCdz8q\nEKTcWGekdmdDPsHloRNtsiCa697B2O9IFA==\n-----END EC PRIVATE KEY-----";
    let input = format!("loading key\r\n{key}\r\nok\n");
    let expected = "loading key\r\n<redacted:private-key>\r\nok\n";
    for chunk in 1..=64 {
        let out = scrub_in_chunks(input.as_bytes(), chunk);
        assert_eq!(String::from_utf8_lossy(&out), expected, "chunk {chunk}");
    }
}

#[test]
fn a_cut_off_key_at_the_end_of_input_keeps_the_last_newline() {
    let input =
        "key:\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n";
    assert_eq!(scrub(input), "key:\n<redacted:private-key>\n");
    let out = scrub_in_chunks(input.as_bytes(), 3);
    assert_eq!(
        String::from_utf8_lossy(&out),
        "key:\n<redacted:private-key>\n"
    );
}

#[test]
fn invalid_utf8_is_preserved_outside_secrets() {
    let input = b"\xff\xfe caf\xc3 password=hunter2 \x80\x81\n";
    let out = scrub_bytes(input);
    assert_eq!(
        out.as_ref(),
        b"\xff\xfe caf\xc3 password=<redacted:password> \x80\x81\n"
    );
    assert_eq!(scrub_in_chunks(input, 2), out.as_ref());
}

#[test]
fn lines_without_secrets_are_copied_exactly() {
    let input = "a\r\n\n\tb \x1b[31mred\x1b[0m\nno newline at end";
    assert_eq!(scrub_in_chunks(input.as_bytes(), 3), input.as_bytes());
}

/// A 100 MB line (one secret near the start, one at the end) streams through with memory
/// bounded by the window size: the scrubber never holds more than `MAX_LINE_BYTES` of it.
#[test]
fn a_huge_line_streams_in_bounded_memory() {
    let mut scrubber = Scrubber::new();
    let filler = "lorem ipsum dolor sit amet 0123456789 ".repeat(1 << 10);
    let token = "ghp_0123456789abcdefghijABCDEFGHIJ012345";
    let mut out = Vec::new();
    let mut written = 0usize;
    let start = format!("token={token} ");
    let mut fed = start.len();
    scrubber.feed(start.as_bytes(), &mut out);
    while fed < 100_000_000 {
        scrubber.feed(filler.as_bytes(), &mut out);
        fed += filler.len();
        // Output arrives as the line goes on: at most a window is held back.
        assert!(
            fed.saturating_sub(written + out.len()) <= MAX_LINE_BYTES + 64,
            "held back {} bytes",
            fed - written - out.len()
        );
        assert!(!String::from_utf8_lossy(&out).contains(token));
        written += out.len();
        out.clear();
    }
    scrubber.feed(format!(" password=hunter2{token}\n").as_bytes(), &mut out);
    scrubber.finish(&mut out);
    let tail = String::from_utf8_lossy(&out);
    assert!(
        !tail.contains(token) && !tail.contains("hunter2"),
        "{tail:.200}"
    );
    assert!(tail.ends_with("password=<redacted:password>\n"));
}

/// A secret cut by a window edge is still redacted whole.
#[test]
fn a_secret_at_a_window_edge_is_redacted_whole() {
    let token = "ghp_0123456789abcdefghijABCDEFGHIJ012345";
    for offset in [16 * 1024 - 3, 16 * 1024 + 20, 4000, 20] {
        let mut line = "x".repeat(MAX_LINE_BYTES - offset);
        line.push(' ');
        line.push_str(token);
        line.push(' ');
        line.push_str(&"y".repeat(MAX_LINE_BYTES));
        line.push('\n');
        for chunk in [1 << 16, 4093] {
            let out = scrub_in_chunks(line.as_bytes(), chunk);
            let text = String::from_utf8_lossy(&out);
            assert!(!text.contains("ghp_"), "offset {offset} chunk {chunk}");
            assert!(text.contains(" <redacted:github-token> "));
            assert_eq!(
                out.len(),
                line.len() - token.len() + "<redacted:github-token>".len()
            );
        }
    }
}

fn selfheal() -> Command {
    Command::new(env!("CARGO_BIN_EXE_selfheal"))
}

#[test]
fn cli_scrubs_stdin_and_files() {
    let input = "login failed: password=hunter2\nall good\n";
    let mut child = selfheal()
        .args(["scrub", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("selfheal runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let output = child.wait_with_output().expect("selfheal ends");
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "login failed: password=<redacted:password>\nall good\n"
    );

    let path = std::env::temp_dir().join(format!("selfheal-scrub-{}.log", std::process::id()));
    std::fs::write(&path, input).expect("temp file");
    let output = selfheal()
        .arg("scrub")
        .arg(&path)
        .output()
        .expect("selfheal runs");
    let _ = std::fs::remove_file(&path);
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("<redacted:password>"));
}

#[test]
fn cli_ends_quietly_on_a_closed_pipe() {
    let mut child = selfheal()
        .arg("scrub")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("selfheal runs");
    let mut stdin = child.stdin.take().expect("stdin");
    // Write from another thread: selfheal blocks on its full stdout until we read.
    let writer = std::thread::spawn(move || {
        let line = "password=hunter2 and some more text to fill the pipe\n".repeat(4096);
        for _ in 0..2000 {
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let status = child.wait().expect("selfheal ends");
    writer.join().expect("writer ends");
    assert_eq!(status.code(), Some(0));
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("stderr readable");
    assert!(stderr.is_empty(), "{stderr}");
}
