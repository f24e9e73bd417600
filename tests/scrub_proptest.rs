//! Property tests of the scrubber on arbitrary input: it never panics, a canary secret embedded
//! anywhere never survives, chunking never changes the output, and text without any keyword
//! comes out unchanged.

use proptest::prelude::*;
use selfheal::scrub::{find_secrets, scrub_bytes, Scrubber};

fn scrub_in_chunks(input: &[u8], chunk: usize) -> Vec<u8> {
    let mut scrubber = Scrubber::new();
    let mut out = Vec::new();
    for piece in input.chunks(chunk.max(1)) {
        scrubber.feed(piece, &mut out);
    }
    scrubber.finish(&mut out);
    out
}

/// Canaries in the shapes the scrubber promises to catch, each between delimiters.
const CANARIES: &[&str] = &[
    "ghp_C4n4ryT0k3nC4n4ryT0k3nC4n4ryT0k3n123",
    "AKIAC4N4RYC4N4RY0001",
    "xoxb-111111111111-2222222222222-C4n4ryC4n4ryC4n4ryC4n4ry",
    "sk-ant-api03-C4n4ryC4n4ryC4n4ryC4n4ryC4n4ryC4n4ryC4n4ry",
    "glpat-C4n4ryC4n4ryC4n4ry01",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.C4n4ryC4n4ryC4n4ryC4n4ry",
];

/// Text made of characters that can start no keyword: lower-case letters that begin no keyword,
/// digits in runs too short for a card, and punctuation without `@`, `:`, `/`, `-`, `=`.
fn keyword_free_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            "[fhjlmnqvwz]{1,8}",
            // Digit pieces end in a letter, so that adjacent pieces never join into a run
            // long enough for a card number.
            "[0-9]{1,6}[fhjlmnqvwz]",
            Just(" ".to_string()),
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just("\t".to_string()),
            "[.,;()\\[\\]{}<>!?*+|~^]{1,3}",
            Just("ü€日本".to_string()),
        ],
        0..200,
    )
    .prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic_and_chunking_is_invisible(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        chunk in 1usize..64,
    ) {
        let whole = scrub_bytes(&bytes).into_owned();
        prop_assert_eq!(scrub_in_chunks(&bytes, chunk), whole);
    }

    #[test]
    fn arbitrary_strings_never_panic(text in "\\PC{0,400}", chunk in 1usize..32) {
        let whole = scrub_bytes(text.as_bytes()).into_owned();
        prop_assert_eq!(scrub_in_chunks(text.as_bytes(), chunk), whole);
        // Findings are sorted, disjoint, and inside the text.
        let findings = find_secrets(text.as_bytes());
        let mut end = 0;
        for finding in &findings {
            prop_assert!(finding.range.start >= end);
            prop_assert!(finding.range.start < finding.range.end);
            prop_assert!(finding.range.end <= text.len());
            end = finding.range.end;
        }
    }

    #[test]
    fn an_embedded_canary_never_survives(
        before in proptest::collection::vec(any::<u8>(), 0..300),
        after in proptest::collection::vec(any::<u8>(), 0..300),
        canary in proptest::sample::select(CANARIES),
        left in proptest::sample::select(&[" ", "\n", "\"", "'", "=", "(", "\t", "[", "\r\n"][..]),
        right in proptest::sample::select(&[" ", "\n", "\"", "'", ")", ",", ".", ";", "\r\n"][..]),
        chunk in 1usize..50,
    ) {
        let mut input = before.clone();
        input.extend_from_slice(left.as_bytes());
        input.extend_from_slice(canary.as_bytes());
        input.extend_from_slice(right.as_bytes());
        input.extend_from_slice(&after);
        let out = scrub_in_chunks(&input, chunk);
        let leaked = out
            .windows(canary.len())
            .any(|window| window == canary.as_bytes());
        prop_assert!(!leaked, "canary {} survived", canary);
    }

    #[test]
    fn text_without_keywords_is_unchanged(text in keyword_free_text(), chunk in 1usize..40) {
        prop_assert_eq!(scrub_in_chunks(text.as_bytes(), chunk), text.as_bytes());
        prop_assert!(find_secrets(text.as_bytes()).is_empty());
    }
}
