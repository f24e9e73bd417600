//! Reads JSON strings, one per line, from stdin and prints for each the byte ranges the scrubber
//! would redact, as a JSON array of `[start, end]` pairs (for `benches/scrub_external.py`).
use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let line = line.expect("stdin is readable");
        let text: String = serde_json::from_str(&line).expect("each line is a JSON string");
        let ranges: Vec<[usize; 2]> = selfheal::scrub::find_secrets(text.as_bytes())
            .into_iter()
            .map(|finding| [finding.range.start, finding.range.end])
            .collect();
        writeln!(out, "{}", serde_json::to_string(&ranges).unwrap()).unwrap();
    }
}
