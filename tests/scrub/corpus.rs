//! The scrub corpus: reads `tests/scrub/corpus.txt` and expands its generated secrets.
//!
//! # Format
//!
//! ```text
//! %% a comment line (anywhere)
//! === positive github/curl-header x3
//! $ curl -H "Authorization: token ⟦github-token:ghp_[alnum:36]⟧" https://api.github.com/user
//! curl: (22) The requested URL returned error: 401
//! === negative git/log
//! commit ⟦keep:[hex:40]⟧
//! ```
//!
//! A case starts with `=== positive ID [xN]` or `=== negative ID [xN]`; its text is the lines up to the next
//! header (trailing blank lines dropped, one final newline added). `xN` expands the case N times
//! with different seeds. `⟦KIND:TEMPLATE⟧` is a secret of kind KIND that the scrubber must
//! remove whole; `⟦keep:TEMPLATE⟧` is generated text that must survive. A template is literal
//! text with generators in brackets (`[[` is a literal `[`):
//!
//! - `[CLASS:N]` or `[CLASS:N-M]`: N (to M) random characters of CLASS: `alnum`, `lower`,
//!   `upper`, `digit`, `hex`, `HEX`, `upnum` (A-Z0-9), `b64`, `b64url`, `b32`, `b36` (a-z0-9),
//!   `alpha` (a-zA-Z), `bech32`, `pw`
//!   (password characters without delimiters), `pwurl` (URL-safe password characters).
//! - `[word]`, `[Word]`, `[pwhuman]` (`Summer2024!` style).
//! - `[jwt]`, `[jwt-rs]`, `[jwt-supabase:ROLE]`, `[jwe]`, `[basic]` (base64 of user:password),
//!   `[dockercfg]` (base64 of a Docker auth config).
//! - `[card:BRAND]`, `[card:BRAND:SEP]` or `[card:BRAND:SEP:GROUPS]`: a Luhn-valid number of
//!   BRAND (`visa`, `visa13`, `visa19`, `mastercard`, `mastercard2`, `amex`, `discover`, `jcb`,
//!   `diners`, `unionpay`), grouped by SEP (`space`, `2space`, `tab`, `dash`, `dot`, `plus`,
//!   `pct-space` for `%20`, `pct-dash` for `%2D`) or unbroken; GROUPS (`4-6-6`, `8-8`) overrides
//!   the usual grouping.
//! - `[pem:LABEL]`, `[pem-escaped:LABEL]` (one line, `\n` escapes), `[pem-cut:LABEL:LINES]`
//!   (no END line), `[pem-indent:LABEL:SPACES]`, `[pem-encrypted]` (armor headers), `[pgp]`.
//!
//! Every generator draws from a seeded xorshift, so the corpus is the same on every run.

#![allow(dead_code)]

use std::ops::Range;
use std::path::Path;

/// One expanded case.
#[derive(Debug, Clone)]
pub struct Case {
    /// `ID` or `ID#n` for the n-th expansion.
    pub id: String,
    pub negative: bool,
    pub text: String,
    pub secrets: Vec<Secret>,
}

/// A secret that must disappear, by byte range in `Case::text`.
#[derive(Debug, Clone)]
pub struct Secret {
    pub range: Range<usize>,
    pub kind: String,
    pub text: String,
}

/// A case block as written, before expansion.
#[derive(Debug, Clone)]
pub struct Block {
    pub id: String,
    pub negative: bool,
    pub copies: usize,
    pub body: String,
}

pub fn corpus_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scrub/corpus.txt")
}

/// The case blocks of the corpus file.
pub fn blocks() -> Vec<Block> {
    let source =
        std::fs::read_to_string(corpus_path()).expect("tests/scrub/corpus.txt is readable");
    parse_blocks(&source)
}

pub fn parse_blocks(source: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for line in source.lines() {
        if line.starts_with("%%") {
            continue;
        }
        // Only `=== positive`/`=== negative` start a case; other `===` lines are text.
        let header = line
            .strip_prefix("=== ")
            .filter(|header| header.starts_with("positive ") || header.starts_with("negative "));
        match header {
            Some(header) => {
                let mut words = header.split_whitespace();
                let negative = words.next() == Some("negative");
                let id = words
                    .next()
                    .unwrap_or_else(|| panic!("case without id: {line}"));
                let copies = match words.next() {
                    Some(count) => count
                        .strip_prefix('x')
                        .and_then(|count| count.parse().ok())
                        .unwrap_or_else(|| panic!("bad copy count in {line}")),
                    None => 1,
                };
                blocks.push(Block {
                    id: id.to_string(),
                    negative,
                    copies,
                    body: String::new(),
                });
            }
            None => match blocks.last_mut() {
                Some(block) => {
                    block.body.push_str(line);
                    block.body.push('\n');
                }
                None => assert!(line.trim().is_empty(), "text before the first case: {line}"),
            },
        }
    }
    for block in &mut blocks {
        let trimmed = block.body.trim_end().to_string();
        block.body = trimmed + "\n";
    }
    blocks
}

/// All expanded cases.
pub fn cases() -> Vec<Case> {
    expand_all(&blocks())
}

/// The held-out corpus (`tests/scrub/heldout.txt`): written by someone who never saw the rules,
/// same format. No rule is tuned while looking at it.
pub fn heldout_cases() -> Vec<Case> {
    cases_of("tests/scrub/heldout.txt")
}

/// The second development corpus (`tests/scrub/dev2.txt`): written blind to the rules like the
/// held-out one, measured once before any rule was looked at against it, then tuned on.
pub fn dev2_cases() -> Vec<Case> {
    cases_of("tests/scrub/dev2.txt")
}

/// The third development corpus (`tests/scrub/dev3.txt`): written blind like the second,
/// weighted to the leak classes issue 10 names, measured once before any rule was looked at.
pub fn dev3_cases() -> Vec<Case> {
    cases_of("tests/scrub/dev3.txt")
}

/// The fourth development corpus (`tests/scrub/dev4.txt`): written blind like the others, for
/// breadth (as many tools, vendors and formats as its writer could think of).
pub fn dev4_cases() -> Vec<Case> {
    cases_of("tests/scrub/dev4.txt")
}

fn cases_of(file: &str) -> Vec<Case> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    expand_all(&parse_blocks(&source))
}

fn expand_all(blocks: &[Block]) -> Vec<Case> {
    let mut cases = Vec::new();
    for (block_index, block) in blocks.iter().enumerate() {
        for copy in 0..block.copies {
            let seed = (block_index as u64 + 1) * 1_000_003 + copy as u64 * 7919;
            let id = match block.copies {
                1 => block.id.clone(),
                _ => format!("{}#{}", block.id, copy + 1),
            };
            cases.push(expand(block, id, seed));
        }
    }
    cases
}

const OPEN: char = '⟦';
const CLOSE: char = '⟧';

pub fn expand(block: &Block, id: String, seed: u64) -> Case {
    let mut rng = Rng::new(seed);
    let mut text = String::new();
    let mut secrets = Vec::new();
    let mut rest = block.body.as_str();
    while let Some(open) = rest.find(OPEN) {
        text.push_str(&rest[..open]);
        let after = &rest[open + OPEN.len_utf8()..];
        let close = after
            .find(CLOSE)
            .unwrap_or_else(|| panic!("{id}: unclosed ⟦ marker"));
        let marker = &after[..close];
        let (kind, template) = marker
            .split_once(':')
            .unwrap_or_else(|| panic!("{id}: marker without kind: {marker}"));
        let generated = generate(template, &mut rng, &id);
        let start = text.len();
        text.push_str(&generated);
        if kind != "keep" {
            secrets.push(Secret {
                range: start..text.len(),
                kind: kind.to_string(),
                text: generated,
            });
        }
        rest = &after[close + CLOSE.len_utf8()..];
    }
    text.push_str(rest);
    assert!(
        !block.negative || secrets.is_empty(),
        "{id}: a negative case has a secret marker"
    );
    assert!(
        block.negative || !secrets.is_empty(),
        "{id}: a positive case has no secret marker"
    );
    Case {
        id,
        negative: block.negative,
        text,
        secrets,
    }
}

/// xorshift64*: tiny, seeded, deterministic.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        for _ in 0..4 {
            rng.next_u64();
        }
        rng
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, bound: usize) -> usize {
        (self.next_u64() % bound as u64) as usize
    }

    pub fn pick<'items, T>(&mut self, items: &'items [T]) -> &'items T {
        &items[self.below(items.len())]
    }

    pub fn string(&mut self, alphabet: &[u8], length: usize) -> String {
        (0..length)
            .map(|_| char::from(*self.pick(alphabet)))
            .collect()
    }
}

const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGIT: &[u8] = b"0123456789";
const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX_LOWER: &[u8] = b"0123456789abcdef";
const HEX_UPPER: &[u8] = b"0123456789ABCDEF";
const UPNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const B32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B36: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
const ALPHA: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BECH32: &[u8] = b"QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
/// Password characters that need no quoting in `key=value`: no white space, quotes, `,;&`,
/// brackets, `$` (which would read as a variable) or `@:/` (which end URL user info).
const PASSWORD: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*_+.~-";
const PASSWORD_URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*_.~-";

const WORDS: &[&str] = &[
    "summer", "winter", "falcon", "harbor", "copper", "maple", "rocket", "violet", "tiger",
    "orchid", "canyon", "ember", "glacier", "meadow", "nebula", "pepper", "quartz", "saturn",
    "thunder", "walnut",
];

fn generate(template: &str, rng: &mut Rng, id: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        if rest[open..].starts_with("[[") {
            out.push('[');
            rest = &rest[open + 2..];
            continue;
        }
        let close = rest[open..]
            .find(']')
            .map(|offset| open + offset)
            .unwrap_or_else(|| panic!("{id}: unclosed [ in template {template}"));
        out.push_str(&generator(&rest[open + 1..close], rng, id));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn length(spec: &str, rng: &mut Rng, id: &str) -> usize {
    let parse = |text: &str| -> usize {
        text.parse()
            .unwrap_or_else(|_| panic!("{id}: bad length {spec}"))
    };
    match spec.split_once('-') {
        Some((low, high)) => {
            let (low, high) = (parse(low), parse(high));
            low + rng.below(high - low + 1)
        }
        None => parse(spec),
    }
}

fn generator(spec: &str, rng: &mut Rng, id: &str) -> String {
    let mut parts = spec.split(':');
    let name = parts.next().unwrap_or_default();
    let arguments: Vec<&str> = parts.collect();
    let class = |alphabet: &[u8], rng: &mut Rng| {
        let count = length(arguments.first().copied().unwrap_or("16"), rng, id);
        rng.string(alphabet, count)
    };
    match name {
        "alnum" => class(ALNUM, rng),
        "lower" => class(LOWER, rng),
        "upper" => class(UPPER, rng),
        "digit" => class(DIGIT, rng),
        "hex" => class(HEX_LOWER, rng),
        "HEX" => class(HEX_UPPER, rng),
        "upnum" => class(UPNUM, rng),
        "b64" => class(B64, rng),
        "b64url" => class(B64URL, rng),
        "b32" => class(B32, rng),
        "b36" => class(B36, rng),
        "alpha" => class(ALPHA, rng),
        "bech32" => class(BECH32, rng),
        "pw" => password(PASSWORD, &arguments, rng, id),
        "pwurl" => password(PASSWORD_URL, &arguments, rng, id),
        "word" => rng.pick(WORDS).to_string(),
        "Word" => capitalise(random_word(rng)),
        "pwhuman" => {
            let symbols = ["!", "#", "?", "*", ""];
            format!(
                "{}{}{}",
                capitalise(random_word(rng)),
                1990 + rng.below(40),
                rng.pick(&symbols)
            )
        }
        "jwt" => {
            let claims = default_claims(rng);
            jwt(rng, "HS256", claims, 43)
        }
        "jwt-rs" => {
            let claims = default_claims(rng);
            jwt(rng, "RS256", claims, 342)
        }
        "jwt-supabase" => {
            let role = arguments.first().copied().unwrap_or("anon");
            let reference = rng.string(LOWER, 20);
            let issued = 1_700_000_000 + rng.below(50_000_000);
            let claims = format!(
                r#"{{"iss":"supabase","ref":"{reference}","role":"{role}","iat":{issued},"exp":{}}}"#,
                issued + 315_360_000
            );
            jwt(rng, "HS256", claims, 43)
        }
        "jwe" => {
            let header = base64url(br#"{"alg":"RSA-OAEP","enc":"A256GCM"}"#);
            format!(
                "{header}.{}.{}.{}.{}",
                rng.string(B64URL, 342),
                rng.string(B64URL, 16),
                rng.string(B64URL, 120),
                rng.string(B64URL, 22)
            )
        }
        "basic" => {
            let user = rng.pick(WORDS).to_string();
            let secret = rng.string(PASSWORD, 12);
            base64_standard(format!("{user}:{secret}").as_bytes())
        }
        "dockercfg" => {
            let auth = base64_standard(format!("ci-bot:{}", rng.string(ALNUM, 24)).as_bytes());
            base64_standard(
                format!(r#"{{"auths":{{"registry.corp.io":{{"auth":"{auth}"}}}}}}"#).as_bytes(),
            )
        }
        "card" => card(
            arguments.first().copied().unwrap_or("visa"),
            arguments.get(1).copied(),
            arguments.get(2).copied(),
            rng,
            id,
        ),
        "pem" => pem(arguments.first().copied().unwrap_or("PRIVATE KEY"), rng),
        "pem-escaped" => {
            pem(arguments.first().copied().unwrap_or("PRIVATE KEY"), rng).replace('\n', "\\n")
        }
        "pem-cut" => {
            let label = arguments.first().copied().unwrap_or("PRIVATE KEY");
            let lines = arguments.get(1).map_or(4, |count| length(count, rng, id));
            let magic = key_magic(label);
            let mut text = format!("-----BEGIN {label}-----\n{magic}");
            text.push_str(&rng.string(B64, 64 - magic.len()));
            for _ in 1..lines {
                text.push('\n');
                text.push_str(&rng.string(B64, 64));
            }
            text
        }
        "pem-indent" => {
            let label = arguments.first().copied().unwrap_or("PRIVATE KEY");
            let indent = " ".repeat(arguments.get(1).map_or(4, |count| length(count, rng, id)));
            pem(label, rng).replace('\n', &format!("\n{indent}"))
        }
        "pem-encrypted" => {
            let mut text = String::from(
                "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,",
            );
            text.push_str(&rng.string(HEX_UPPER, 32));
            text.push_str("\n\n");
            let lines = 10 + rng.below(10);
            // Encrypted: the body is ciphertext, without a recognisable start.
            text.push_str(&pem_body(rng, "", 64, lines));
            text.push_str("\n-----END RSA PRIVATE KEY-----");
            text
        }
        "pgp" => {
            let mut text =
                String::from("-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: ci signing key\n\n");
            let lines = 12 + rng.below(10);
            text.push_str(&pem_body(
                rng,
                key_magic("PGP PRIVATE KEY BLOCK"),
                64,
                lines,
            ));
            text.push_str("\n=");
            text.push_str(&rng.string(B64, 4));
            text.push_str("\n-----END PGP PRIVATE KEY BLOCK-----");
            text
        }
        other => panic!("{id}: unknown generator [{other}]"),
    }
}

fn password(alphabet: &[u8], arguments: &[&str], rng: &mut Rng, id: &str) -> String {
    let count = length(arguments.first().copied().unwrap_or("12-20"), rng, id);
    // Start with a letter or digit: a leading `-` or `*` reads as an option or a mask.
    let mut text = rng.string(ALNUM, 1);
    text.push_str(&rng.string(alphabet, count.saturating_sub(1)));
    text
}

fn random_word(rng: &mut Rng) -> &'static str {
    WORDS[rng.below(WORDS.len())]
}

fn capitalise(word: &str) -> String {
    let mut characters = word.chars();
    match characters.next() {
        Some(first) => first.to_uppercase().chain(characters).collect(),
        None => String::new(),
    }
}

fn default_claims(rng: &mut Rng) -> String {
    let subject = rng.string(DIGIT, 10);
    let name = capitalise(random_word(rng));
    let issued = 1_700_000_000 + rng.below(50_000_000);
    format!(
        r#"{{"sub":"{subject}","name":"{name}","iat":{issued},"exp":{}}}"#,
        issued + 3600
    )
}

fn jwt(rng: &mut Rng, algorithm: &str, claims: String, signature_length: usize) -> String {
    let header = base64url(format!(r#"{{"alg":"{algorithm}","typ":"JWT"}}"#).as_bytes());
    let payload = base64url(claims.as_bytes());
    format!(
        "{header}.{payload}.{}",
        rng.string(B64URL, signature_length)
    )
}

fn encode(bytes: &[u8], alphabet: &[u8], pad: bool) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let value = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        let characters = chunk.len() + 1;
        for index in 0..4 {
            match index < characters {
                true => out.push(char::from(
                    alphabet[((value >> (18 - 6 * index)) & 63) as usize],
                )),
                false if pad => out.push('='),
                false => {}
            }
        }
    }
    out
}

pub fn base64url(bytes: &[u8]) -> String {
    encode(bytes, B64URL, false)
}

pub fn base64_standard(bytes: &[u8]) -> String {
    encode(bytes, B64, true)
}

/// The base64 a real key of this label starts with: the DER `SEQUENCE` of PKCS#1, PKCS#8 and
/// SEC1 (`MI…`, `MH…`), the `openssh-key-v1` magic, or a PGP secret key packet. Scanners check it
/// (secretlint does), so random base64 would not be a fair test.
fn key_magic(label: &str) -> &'static str {
    match label {
        "RSA PRIVATE KEY" => "MIIEowIBAAKCAQEA",
        "PRIVATE KEY" => "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
        "EC PRIVATE KEY" => "MHcCAQEEI",
        "ENCRYPTED PRIVATE KEY" => "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI",
        "DSA PRIVATE KEY" => "MIIBuwIBAAKBgQ",
        "OPENSSH PRIVATE KEY" => "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA",
        "PGP PRIVATE KEY BLOCK" => "lQOYBGY",
        _ => "",
    }
}

fn pem_body(rng: &mut Rng, magic: &str, width: usize, lines: usize) -> String {
    let mut text = String::new();
    for line in 0..lines {
        if line > 0 {
            text.push('\n');
        }
        match line {
            0 => {
                text.push_str(magic);
                text.push_str(&rng.string(B64, width.saturating_sub(magic.len())));
            }
            _ => text.push_str(&rng.string(B64, width)),
        }
    }
    let tail = 4 * (1 + rng.below(width / 4 - 1));
    text.push('\n');
    text.push_str(&rng.string(B64, tail - 2));
    text.push_str("==");
    text
}

fn pem(label: &str, rng: &mut Rng) -> String {
    let width = match label {
        "OPENSSH PRIVATE KEY" => 70,
        _ => 64,
    };
    let lines = 4 + rng.below(20);
    format!(
        "-----BEGIN {label}-----\n{}\n-----END {label}-----",
        pem_body(rng, key_magic(label), width, lines)
    )
}

fn card(
    brand: &str,
    separator: Option<&str>,
    grouping: Option<&str>,
    rng: &mut Rng,
    id: &str,
) -> String {
    let (prefixes, length): (&[&str], usize) = match brand {
        "visa" => (&["4"], 16),
        "visa13" => (&["4"], 13),
        "visa19" => (&["4"], 19),
        "mastercard" => (&["51", "52", "53", "54", "55"], 16),
        "mastercard2" => (&["2221", "2500", "2720"], 16),
        "amex" => (&["34", "37"], 15),
        "discover" => (&["6011", "65"], 16),
        "jcb" => (&["3528", "3589"], 16),
        "diners" => (&["36", "38"], 14),
        "unionpay" => (&["62"], 19),
        other => panic!("{id}: unknown card brand {other}"),
    };
    let mut digits: Vec<u8> = rng.pick(prefixes).bytes().map(|byte| byte - b'0').collect();
    while digits.len() < length - 1 {
        digits.push(rng.below(10) as u8);
    }
    // The Luhn check digit.
    let mut sum = 0;
    for (index, &digit) in digits.iter().rev().enumerate() {
        let mut value = u32::from(digit);
        if index % 2 == 0 {
            value *= 2;
            if value > 9 {
                value -= 9;
            }
        }
        sum += value;
    }
    digits.push(((10 - sum % 10) % 10) as u8);
    let text: String = digits
        .iter()
        .map(|digit| char::from(b'0' + digit))
        .collect();
    let separator = match separator {
        None => return text,
        Some("space") => " ",
        Some("2space") => "  ",
        Some("tab") => "\t",
        Some("dash") => "-",
        Some("dot") => ".",
        Some("plus") => "+",
        Some("pct-space") => "%20",
        Some("pct-dash") => "%2D",
        Some(other) => panic!("{id}: unknown card separator {other}"),
    };
    let custom: Vec<usize> = grouping
        .map(|groups| {
            groups
                .split('-')
                .map(|group| {
                    group
                        .parse()
                        .unwrap_or_else(|_| panic!("{id}: bad card grouping {groups}"))
                })
                .collect()
        })
        .unwrap_or_default();
    let groups: &[usize] = match length {
        _ if !custom.is_empty() => &custom,
        15 => &[4, 6, 5],
        14 => &[4, 6, 4],
        _ => &[4, 4, 4, 4, 4],
    };
    let mut out = String::new();
    let mut position = 0;
    for &group in groups {
        if position >= text.len() {
            break;
        }
        if position > 0 {
            out.push_str(separator);
        }
        let end = (position + group).min(text.len());
        out.push_str(&text[position..end]);
        position = end;
    }
    if position < text.len() {
        out.push_str(separator);
        out.push_str(&text[position..]);
    }
    out
}
