//! Finds the secrets in one line: a keyword prefilter picks the rules worth running, the rules'
//! findings are checked, and overlapping findings are merged into one redaction each.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::bytes::{Regex, RegexBuilder};

use super::kind::Kind;
use super::rules::{all_rules, Candidate, Check, Hit, Rule};

/// One redaction in a line, after merging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Where the evidence for the secret begins; see `Hit::context_start`.
    pub context_start: usize,
}

/// What a line says about private key blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyBlock {
    /// No block is left open at the end of the line.
    Closed,
    /// A `-----BEGIN … PRIVATE KEY-----` without its END: the last span runs to the end of the
    /// line and the block goes on in the next lines.
    Opened,
}

/// Rule sets are bit sets over rule indices.
type RuleSet = u128;

/// The compiled rules and their prefilter. Built once per process.
pub struct Detector {
    rules: Vec<Rule>,
    regexes: Vec<Regex>,
    keywords: AhoCorasick,
    /// For each keyword of `keywords`, the rules it enables.
    keyword_rules: Vec<RuleSet>,
    /// The rules enabled by a long digit run (card numbers).
    digit_rules: RuleSet,
    /// The pattern index of the private key keyword in `keywords`.
    private_key_keyword: usize,
}

const PRIVATE_KEY_KEYWORD: &str = "-----begin";

/// Percent-encoded delimiters that make an encoded credential visible only once decoded: `@`
/// of an address or of URL user info, `://` of a URL, `=` and `"` of a key and value.
const DECODE_KEYWORDS: &[&str] = &["%40", "%3a%2f%2f", "%3d", "%22", "%2540", "%253a", "%253d"];

/// Lines that announce secrets on the lines after them but hold no rule's keyword: a PuTTY
/// key file's `Private-Lines: N`, a Terraform output's `"sensitive": true`, SMTP's prompt for
/// the password, a `cat` of a secret-named file.
const NEXTLINE_KEYWORDS: &[&str] = &[
    "private-lines:",
    "\"sensitive\": true",
    "334 ugfzc3dvcmq6",
    "$ cat ",
    "# cat ",
];

/// How many times a line is percent-decoded at most (`%253D` is `=` encoded twice).
const MAX_DECODE_DEPTH: usize = 2;

impl Detector {
    /// The shared detector.
    pub fn get() -> &'static Detector {
        static DETECTOR: OnceLock<Detector> = OnceLock::new();
        DETECTOR.get_or_init(Detector::build)
    }

    fn build() -> Detector {
        let rules = all_rules();
        assert!(rules.len() <= 128, "rule sets are 128-bit");
        let regexes = rules
            .iter()
            .map(|rule| {
                RegexBuilder::new(rule.pattern)
                    .unicode(false)
                    .build()
                    .unwrap_or_else(|error| panic!("rule {} does not compile: {error}", rule.id))
            })
            .collect();
        let mut keywords: Vec<&'static str> = Vec::new();
        let mut keyword_rules: Vec<RuleSet> = Vec::new();
        let mut digit_rules: RuleSet = 0;
        for (index, rule) in rules.iter().enumerate() {
            if rule.keywords.is_empty() {
                digit_rules |= 1 << index;
            }
            for keyword in rule.keywords {
                match keywords.iter().position(|known| known == keyword) {
                    Some(position) => keyword_rules[position] |= 1 << index,
                    None => {
                        keywords.push(keyword);
                        keyword_rules.push(1 << index);
                    }
                }
            }
        }
        let private_key_keyword = keywords.len();
        keywords.push(PRIVATE_KEY_KEYWORD);
        keyword_rules.push(0);
        // Percent-encoded delimiters enable no rule on the raw line, only its decoded reading;
        // a line that announces a value on the next one (`nextline`) needs only to be seen.
        for keyword in DECODE_KEYWORDS.iter().chain(NEXTLINE_KEYWORDS) {
            keywords.push(keyword);
            keyword_rules.push(0);
        }
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&keywords)
            .expect("keywords build an automaton");
        Detector {
            rules,
            regexes,
            keywords: automaton,
            keyword_rules,
            digit_rules,
            private_key_keyword,
        }
    }

    /// The ids of all rules, for reports.
    pub fn rule_ids(&self) -> Vec<&'static str> {
        self.rules.iter().map(|rule| rule.id).collect()
    }

    /// The start of the first line in `buffer` (complete lines) that may hold a secret: one
    /// with a keyword, or with a digit run long enough for a card number. Everything before it
    /// can be copied as it is. This is the fast path over ordinary output: one automaton pass
    /// and one word-at-a-time digit scan over the whole buffer, instead of work per line.
    pub fn next_candidate_line(&self, buffer: &[u8]) -> Option<usize> {
        let keyword = self.keywords.find(buffer).map(|found| found.start());
        let digit_limit = keyword.unwrap_or(buffer.len());
        let mut search = 0;
        let mut digits = None;
        while let Some(offset) = find_four_digits(&buffer[search..digit_limit]) {
            let at = search + offset;
            let start = line_start(buffer, at);
            let end =
                memchr::memchr(b'\n', &buffer[at..]).map_or(buffer.len(), |offset| at + offset);
            if has_long_digit_run(&buffer[start..end]) {
                digits = Some(start);
                break;
            }
            search = (end + 1).min(digit_limit);
            if search >= digit_limit {
                break;
            }
        }
        match (digits, keyword) {
            (Some(start), _) => Some(start),
            (None, Some(at)) => Some(line_start(buffer, at)),
            (None, None) => None,
        }
    }

    /// Finds the secrets in `line` (no line terminator needed; a `\r` is fine) and appends the
    /// merged, sorted spans to `spans`. Returns whether a private key block is left open.
    ///
    /// A line with percent-encoded bytes is also read decoded (`password%3Dhunter2`,
    /// `https%3A%2F%2Fu%3Apw%40host`, `4111%201111…`), and what is found there is mapped back
    /// onto the encoded bytes.
    pub fn scan(&self, line: &[u8], hits: &mut Vec<Hit>, spans: &mut Vec<Span>) -> KeyBlock {
        hits.clear();
        let (block, worth_decoding) = self.scan_hits(line, hits);
        if worth_decoding {
            self.scan_decoded(line, hits, 1);
        }
        if !hits.is_empty() {
            add_repeats(line, hits);
        }
        merge(hits, spans);
        block
    }

    /// Appends the unmerged hits of `line`. Also says whether the line is worth reading
    /// decoded: it has a keyword (encoded or not) and a percent-encoded byte.
    fn scan_hits(&self, line: &[u8], hits: &mut Vec<Hit>) -> (KeyBlock, bool) {
        let mut enabled: RuleSet = 0;
        let mut private_key = false;
        // Most lines have no keyword: one non-overlapping search says so; only lines with one
        // pay for the walk that collects them all.
        let any_keyword = self.keywords.find(line).is_some();
        let found_keywords = match any_keyword {
            true => Some(self.keywords.find_overlapping_iter(line)),
            false => None,
        };
        for found in found_keywords.into_iter().flatten() {
            let pattern = found.pattern().as_usize();
            match pattern == self.private_key_keyword {
                true => private_key = true,
                false => enabled |= self.keyword_rules[pattern],
            }
        }
        let digits = has_long_digit_run(line);
        if digits {
            enabled |= self.digit_rules;
        }
        // A card whose separators were encoded twice (`4111%25201111…`) is a digit run only
        // once decoded.
        let worth_decoding =
            (any_keyword || digits || digit_count(line) >= 13) && has_percent_escape(line);
        if enabled == 0 && !private_key {
            return (KeyBlock::Closed, worth_decoding);
        }
        let mut block = KeyBlock::Closed;
        if private_key {
            block = find_private_keys(line, hits);
        }
        while enabled != 0 {
            let index = enabled.trailing_zeros() as usize;
            enabled &= enabled - 1;
            self.run_rule(index, line, hits);
        }
        (block, worth_decoding)
    }

    /// Scans the percent-decoded reading of `line` and adds its hits, mapped back onto `line`.
    fn scan_decoded(&self, line: &[u8], hits: &mut Vec<Hit>, depth: usize) {
        let Some((decoded, origin)) = percent_decode(line) else {
            return;
        };
        let mut decoded_hits = Vec::new();
        let (_, worth_decoding) = self.scan_hits(&decoded, &mut decoded_hits);
        let at = |index: usize| origin.get(index).copied().unwrap_or(line.len());
        for hit in decoded_hits {
            hits.push(Hit {
                secret: at(hit.secret.start)..at(hit.secret.end),
                kind: hit.kind,
                context_start: at(hit.context_start),
            });
        }
        if worth_decoding && depth < MAX_DECODE_DEPTH {
            // Decoded again, the offsets of the twice-decoded reading are mapped through the
            // once-decoded one.
            let mut inner = Vec::new();
            self.scan_decoded(&decoded, &mut inner, depth + 1);
            for hit in inner {
                hits.push(Hit {
                    secret: at(hit.secret.start)..at(hit.secret.end),
                    kind: hit.kind,
                    context_start: at(hit.context_start),
                });
            }
        }
    }

    fn run_rule(&self, index: usize, line: &[u8], hits: &mut Vec<Hit>) {
        let rule = &self.rules[index];
        if let Some(required) = rule.requires {
            if memchr::memmem::find(line, required).is_none() {
                return;
            }
        }
        let regex = &self.regexes[index];
        let mut position = 0;
        while position <= line.len() {
            // Most runs find nothing: a plain search says so without allocating the capture
            // slots that `captures_at` needs.
            if regex.find_at(line, position).is_none() {
                break;
            }
            let Some(captures) = regex.captures_at(line, position) else {
                break;
            };
            let whole = captures
                .get(0)
                .map_or(position..position, |found| found.range());
            let candidate = Candidate {
                line,
                captures: &captures,
                kind: rule.kind,
            };
            // A rejected candidate resumes after the regex match only: the value a key=value
            // rule declined may itself hold another key. An accepted one resumes right after
            // its secret: the delimiter a rule matched after it may begin the next one
            // (`4111…1111,4012…1881`).
            let mut next = whole.end;
            let mut accepted_end = None;
            let first_new = hits.len();
            match rule.check {
                Check::One(check) => hits.extend(check(&candidate)),
                Check::Many(check) => check(&candidate, hits),
            }
            let mut index = first_new;
            while index < hits.len() {
                let secret = &hits[index].secret;
                match secret.start < secret.end && secret.end <= line.len() {
                    true => {
                        accepted_end = accepted_end.max(Some(secret.end));
                        index += 1;
                    }
                    false => {
                        hits.swap_remove(index);
                    }
                }
            }
            if let Some(end) = accepted_end {
                next = end;
            }
            position = match next > whole.start {
                true => next,
                false => whole.start + 1,
            };
        }
    }
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Whether the line holds a `%XX` escape.
fn has_percent_escape(line: &[u8]) -> bool {
    memchr::memchr_iter(b'%', line).any(|at| {
        line.get(at + 1).copied().and_then(hex_value).is_some()
            && line.get(at + 2).copied().and_then(hex_value).is_some()
    })
}

/// The line with each `%XX` escape decoded, and for each decoded byte (plus one past the end)
/// the offset in `line` where it starts. `None` when there is nothing to decode.
fn percent_decode(line: &[u8]) -> Option<(Vec<u8>, Vec<usize>)> {
    let mut decoded = Vec::with_capacity(line.len());
    let mut origin = Vec::with_capacity(line.len() + 1);
    let mut index = 0;
    let mut changed = false;
    while index < line.len() {
        let escape = match line[index] {
            b'%' => line
                .get(index + 1)
                .copied()
                .and_then(hex_value)
                .zip(line.get(index + 2).copied().and_then(hex_value)),
            _ => None,
        };
        origin.push(index);
        match escape {
            Some((high, low)) => {
                decoded.push(high << 4 | low);
                index += 3;
                changed = true;
            }
            None => {
                decoded.push(line[index]);
                index += 1;
            }
        }
    }
    origin.push(line.len());
    changed.then_some((decoded, origin))
}

fn line_start(buffer: &[u8], at: usize) -> usize {
    memchr::memrchr(b'\n', &buffer[..at]).map_or(0, |newline| newline + 1)
}

/// Marks the ASCII digits of eight bytes: the high bit of each digit byte is set.
fn digit_bits(word: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let shifted = word ^ 0x3030_3030_3030_3030;
    // A byte is not a digit when its low seven bits are >= 10 or its high bit is set; the sum
    // cannot carry into the next byte.
    let not_digit = ((shifted & LOW7) + 0x7676_7676_7676_7676) | shifted;
    !not_digit & HIGH
}

/// Where four consecutive ASCII digits start, which every card number has. Reads overlapping eight-byte windows five bytes apart,
/// so that every run of four lies inside one of them.
fn find_four_digits(bytes: &[u8]) -> Option<usize> {
    let mut index = 0;
    while index + 8 <= bytes.len() {
        let mut window = [0u8; 8];
        window.copy_from_slice(&bytes[index..index + 8]);
        let marks = digit_bits(u64::from_le_bytes(window));
        let runs = marks & (marks >> 8) & (marks >> 16) & (marks >> 24);
        if runs != 0 {
            // The lowest marked byte starts the first run of four.
            return Some(index + (runs.trailing_zeros() / 8) as usize);
        }
        index += 5;
    }
    let mut run = 0;
    for (offset, byte) in bytes[index.min(bytes.len())..].iter().enumerate() {
        match byte.is_ascii_digit() {
            true => {
                run += 1;
                if run == 4 {
                    return Some(index + offset + 1 - run);
                }
            }
            false => run = 0,
        }
    }
    None
}

fn digit_count(line: &[u8]) -> usize {
    line.iter().filter(|byte| byte.is_ascii_digit()).count()
}

/// A run of at least 13 digits, allowing one separator between digits (one or two spaces, a
/// tab, dash, dot, plus, or `%20`/`%2B`/`%2D`): the only ways a card number is written, and
/// rare in logs otherwise.
fn has_long_digit_run(line: &[u8]) -> bool {
    // A count the compiler vectorises rules out almost every line before the byte walk.
    let total_digits = line.iter().filter(|byte| byte.is_ascii_digit()).count();
    if total_digits < 13 {
        return false;
    }
    let mut digits = 0u32;
    let mut previous_digit = false;
    let mut index = 0;
    while index < line.len() {
        match line[index] {
            b'0'..=b'9' => {
                digits += 1;
                if digits >= 13 {
                    return true;
                }
                previous_digit = true;
            }
            b' ' if previous_digit && line.get(index + 1) == Some(&b' ') => {
                previous_digit = false;
                index += 1;
            }
            b' ' | b'\t' | b'-' | b'.' | b'+' if previous_digit => previous_digit = false,
            b'%' if previous_digit
                && line.get(index + 1) == Some(&b'2')
                && matches!(line.get(index + 2), Some(b'0' | b'B' | b'b' | b'D' | b'd')) =>
            {
                previous_digit = false;
                index += 2;
            }
            // Encoded twice: `%2520`.
            b'%' if previous_digit
                && line.get(index + 1..index + 4) == Some(b"252")
                && matches!(line.get(index + 4), Some(b'0' | b'B' | b'b' | b'D' | b'd')) =>
            {
                previous_digit = false;
                index += 4;
            }
            _ => {
                digits = 0;
                previous_digit = false;
            }
        }
        index += 1;
    }
    false
}

const BEGIN: &[u8] = b"-----BEGIN ";
const END: &[u8] = b"-----END ";
const DASHES: &[u8] = b"-----";

/// If a private key armor marker (`BEGIN`/`END` + a label with `PRIVATE KEY`) starts at
/// `start`, the end of the marker's closing dashes.
fn private_key_marker_end(line: &[u8], start: usize, opener: &[u8]) -> Option<usize> {
    let label_start = start + opener.len();
    let rest = line.get(label_start..)?;
    let window = &rest[..rest.len().min(64)];
    let label_length = memchr::memmem::find(window, DASHES)?;
    let label = &window[..label_length];
    match memchr::memmem::find(label, b"PRIVATE KEY").is_some() {
        true => Some(label_start + label_length + DASHES.len()),
        false => None,
    }
}

/// Where an END marker of a private key block closes, searching from `from`.
pub fn find_private_key_end(line: &[u8], from: usize) -> Option<usize> {
    let mut search = from;
    while let Some(offset) = memchr::memmem::find(line.get(search..)?, END) {
        let start = search + offset;
        if let Some(end) = private_key_marker_end(line, start, END) {
            return Some(end);
        }
        search = start + 1;
    }
    None
}

/// Adds a hit for each private key block in the line: `BEGIN` to `END` when both are in it (a
/// key inside a JSON string with `\n` escapes), or `BEGIN` to the end of the line when the block
/// goes on below.
fn find_private_keys(line: &[u8], hits: &mut Vec<Hit>) -> KeyBlock {
    let mut search = 0;
    while let Some(offset) = line
        .get(search..)
        .and_then(|rest| memchr::memmem::find(rest, BEGIN))
    {
        let start = search + offset;
        let Some(marker_end) = private_key_marker_end(line, start, BEGIN) else {
            search = start + 1;
            continue;
        };
        match find_private_key_end(line, marker_end) {
            Some(end) => {
                hits.push(Hit {
                    secret: start..end,
                    kind: Kind::PrivateKey,
                    context_start: start,
                });
                search = end;
            }
            // A key in a string with `\n` escapes that was cut short (`b'-----BEGIN …\nMIIE…'`):
            // it ends at the string's closing quote, and no block goes on below.
            None if line[marker_end..].starts_with(b"\\n")
                && memchr::memchr2(b'"', b'\'', &line[marker_end..]).is_some() =>
            {
                let end = marker_end
                    + memchr::memchr2(b'"', b'\'', &line[marker_end..]).unwrap_or_default();
                hits.push(Hit {
                    secret: start..end,
                    kind: Kind::PrivateKey,
                    context_start: start,
                });
                search = end;
            }
            None if !starts_key_material(&line[marker_end..]) => {
                // A marker mentioned in prose (`are you sure it starts with -----BEGIN PRIVATE
                // KEY-----?`) is no key.
                search = marker_end;
            }
            None => {
                hits.push(Hit {
                    secret: start..line.len(),
                    kind: Kind::PrivateKey,
                    context_start: start,
                });
                return KeyBlock::Opened;
            }
        }
    }
    KeyBlock::Closed
}

/// What may follow a BEGIN marker that really starts a key: nothing (the body is on the next
/// lines), a closing quote or comma, a `\n` escape, or base64 on the same line.
fn starts_key_material(rest: &[u8]) -> bool {
    let rest = super::values::trim_ascii(rest);
    if rest.is_empty() || rest.starts_with(b"\\n") || rest.starts_with(b"\\r") {
        return true;
    }
    if rest
        .iter()
        .all(|&byte| matches!(byte, b'"' | b'\'' | b',' | b'\\' | b')' | b';' | b'+'))
    {
        return true;
    }
    let base64_run = rest
        .iter()
        .take_while(|&&byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'/' | b'='))
        .count();
    base64_run >= 16
}

/// Merges overlapping hits into spans (union of their ranges, labelled with the kind of highest
/// priority) and appends them, sorted, to `spans`.
/// A secret printed twice on a line (`token = 'abc…' | 'abc…'`, `export T=abc…; curl -H "X: abc…"`)
/// is found once, by its context; its other occurrences go too. Only secrets of 8 bytes or
/// more that are not a plain lower-case word: `guest` in `amqp://guest:guest@` is a user name
/// too.
fn add_repeats(line: &[u8], hits: &mut Vec<Hit>) {
    let found = hits.len();
    for index in 0..found {
        let secret = hits[index].secret.clone();
        let bytes = &line[secret.clone()];
        if bytes.len() < 8 || bytes.iter().all(u8::is_ascii_lowercase) {
            continue;
        }
        for at in memchr::memmem::find_iter(line, bytes) {
            if at == secret.start {
                continue;
            }
            hits.push(Hit {
                secret: at..at + bytes.len(),
                kind: hits[index].kind,
                context_start: at,
            });
        }
    }
}

fn merge(hits: &mut [Hit], spans: &mut Vec<Span>) {
    hits.sort_by_key(|hit| (hit.secret.start, std::cmp::Reverse(hit.secret.end)));
    let first_new = spans.len();
    for hit in hits.iter() {
        let has_new = spans.len() > first_new;
        match spans.last_mut() {
            Some(last) if has_new && hit.secret.start < last.end => {
                last.end = last.end.max(hit.secret.end);
                last.context_start = last.context_start.min(hit.context_start);
                if hit.kind.priority() > last.kind.priority() {
                    last.kind = hit.kind;
                }
            }
            _ => spans.push(Span {
                start: hit.secret.start,
                end: hit.secret.end,
                kind: hit.kind,
                context_start: hit.context_start.min(hit.secret.start),
            }),
        }
    }
}

/// Whether a line inside an open private key block is more of the key: base64 (possibly inside
/// quotes, a trailing `\n` escape or `,`), an armor header (`Proc-Type:`, `Comment:`) or a
/// blank line before the body starts, or a log line whose last word is a full-width base64 run
/// (a logger prefix in front of each key line). Anything else means the key was cut off.
pub fn is_private_key_body(line: &[u8], body_started: bool) -> bool {
    let mut text = super::values::trim_ascii(line);
    loop {
        let before = text.len();
        text = text
            .strip_prefix(b"\"")
            .or_else(|| text.strip_prefix(b"'"))
            .unwrap_or(text);
        for suffix in [b"\\n".as_slice(), b"\"", b"'", b",", b"+", b"\\r"] {
            text = text.strip_suffix(suffix).unwrap_or(text);
        }
        text = super::values::trim_ascii(text);
        if text.len() == before {
            break;
        }
    }
    if text.is_empty() {
        return !body_started;
    }
    let base64 = |bytes: &[u8]| {
        bytes
            .iter()
            .all(|&byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'/' | b'='))
    };
    if base64(text) {
        return true;
    }
    if !body_started {
        let header_name_length = text
            .iter()
            .take_while(|&&byte| byte.is_ascii_alphanumeric() || byte == b'-')
            .count();
        let header_name = &text[..header_name_length];
        let known = [
            b"Proc-Type".as_slice(),
            b"DEK-Info",
            b"Comment",
            b"Version",
            b"Hash",
            b"Charset",
            b"MessageID",
        ];
        if known.contains(&header_name) && text[header_name_length..].starts_with(b": ") {
            return true;
        }
    }
    let last_word = text
        .rsplit(|byte| byte.is_ascii_whitespace())
        .next()
        .unwrap_or_default();
    last_word.len() >= 40 && base64(last_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(line: &str) -> Vec<(String, Kind)> {
        let mut hits = Vec::new();
        let mut spans = Vec::new();
        Detector::get().scan(line.as_bytes(), &mut hits, &mut spans);
        spans
            .into_iter()
            .map(|span| (line[span.start..span.end].to_string(), span.kind))
            .collect()
    }

    #[test]
    fn a_line_without_keywords_has_no_spans() {
        assert!(spans("error[E0425]: cannot find value `x` in this scope").is_empty());
    }

    #[test]
    fn overlapping_findings_merge_under_the_most_specific_kind() {
        let token = "ghp_0123456789abcdefghijABCDEFGHIJ012345";
        let found = spans(&format!("export GITHUB_TOKEN={token}"));
        assert_eq!(found, vec![(token.to_string(), Kind::GithubToken)]);
    }

    #[test]
    fn private_key_markers() {
        let line =
            "key: \"-----BEGIN RSA PRIVATE KEY-----\\nMIIabc\\n-----END RSA PRIVATE KEY-----\\n\"";
        let found = spans(line);
        assert_eq!(found.len(), 1);
        assert!(found[0].0.starts_with("-----BEGIN RSA"));
        assert!(found[0].0.ends_with("PRIVATE KEY-----"));
        let mut hits = Vec::new();
        let mut spans = Vec::new();
        let block = Detector::get().scan(
            b"-----BEGIN OPENSSH PRIVATE KEY-----",
            &mut hits,
            &mut spans,
        );
        assert_eq!(block, KeyBlock::Opened);
        assert!(!is_private_key_body(
            b"Traceback (most recent call last):",
            true
        ));
        assert!(is_private_key_body(
            b"  \"MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n\" +",
            true
        ));
        assert!(is_private_key_body(b"Proc-Type: 4,ENCRYPTED", false));
    }

    #[test]
    fn four_digit_windows() {
        assert_eq!(digit_bits(u64::from_le_bytes(*b"a1b2/9:0")) >> 56, 0x80);
        assert_eq!(find_four_digits(b"abcdefgh1234"), Some(8));
        assert_eq!(find_four_digits(b"ab123c45 6789"), Some(9));
        assert_eq!(find_four_digits(b"x\n2024"), Some(2));
        assert_eq!(find_four_digits(b"12 34 56 78 90 ab"), None);
        assert_eq!(
            find_four_digits(b"\xff\xd0\xb9\xb9\xb9\xb9\xb9\xb9\xb9"),
            None
        );
        for start in 0..20 {
            let mut text = vec![b'x'; 30];
            text[start..start + 4].copy_from_slice(b"2024");
            assert_eq!(find_four_digits(&text), Some(start));
        }
    }

    #[test]
    fn digit_runs() {
        assert!(has_long_digit_run(b"card 4111 1111 1111 1111"));
        assert!(!has_long_digit_run(b"2024-01-15 12:34:56.789"));
        assert!(has_long_digit_run(b"pan=4111%201111%201111%201111"));
        assert!(has_long_digit_run(b"4111.1111.1111.1111"));
        assert!(!has_long_digit_run(b"4111%3A1111%3A1111%3A1111"));
        assert!(has_long_digit_run(b"4111  1111  1111  1111"));
        assert!(has_long_digit_run(b"4111\t1111\t1111\t1111"));
        assert!(!has_long_digit_run(b"4111   1111   1111   1111"));
    }
}
