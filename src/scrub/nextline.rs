//! Secrets written on the line after their key: an environment entry of a Kubernetes or ECS
//! manifest (`- name: DB_PASSWORD` then `value: …`, or JSON's `"name": "DB_PASSWORD",` then
//! `"value": "…"`), a YAML block scalar (`password: |` then the indented value), and an XML
//! element whose text sits on a line of its own (`<apiToken>`, the value, `</apiToken>`),
//! CloudFormation's `ParameterKey: DbPassword` then `ParameterValue: …`, the private lines
//! of a PuTTY key file (`Private-Lines: N` then N lines of base64), and the output of a shell
//! command that prints one secret-named field alone (`$ vault kv get -field=password …`,
//! `$ jq -r .refresh_token adc.json`, `$ echo "$CI_REGISTRY_PASSWORD" | rev`, `$ kubectl get
//! secret db -o jsonpath='{.data.password}' | base64 -d`): a one-word line after it.
//!
//! `opener` says what a line announces; `value_in` finds the value in the next line. The
//! streaming scrubber keeps the announcement for one line.

use std::ops::Range;

use super::kind::Kind;
use super::rules::{is_secret_key, judge_value_at};

/// What the next line is expected to hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    /// A `value: …` entry, for the variable named on the line before.
    NameValue(Vec<u8>),
    /// A line indented deeper than the key's, holding the whole value.
    Block { key: Vec<u8>, indent: usize },
    /// A line holding the element's text.
    Element(Vec<u8>),
    /// This many more lines of a PuTTY key's private part.
    KeyLines(usize),
    /// The output of a command that prints the field named here.
    Output(Vec<u8>),
    /// The `"value"` of a Terraform output marked `"sensitive": true`, within this many lines.
    Sensitive(usize),
    /// The first `"host": "token"` entry of a Composer `auth.json` credential section.
    HostEntry,
    /// This many more `(0) 0x…` lines of a private key list (anvil's `Private Keys`).
    KeyList(usize),
}

fn indent_of(line: &[u8]) -> usize {
    line.iter()
        .take_while(|&&byte| byte == b' ' || byte == b'\t')
        .count()
}

fn trimmed_end(line: &[u8]) -> usize {
    line.iter()
        .rposition(|byte| !byte.is_ascii_whitespace())
        .map_or(0, |last| last + 1)
}

fn is_plain_key(key: &[u8]) -> bool {
    !key.is_empty()
        && key
            .iter()
            .all(|&byte| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'-' | b'.'))
}

/// `name:` or `"name":` at the start of `body`: the offset just after the colon.
fn after_field(body: &[u8], field: &[u8]) -> Option<usize> {
    let quoted = body.first() == Some(&b'"');
    let start = usize::from(quoted);
    let name = body.get(start..start + field.len())?;
    if !name.eq_ignore_ascii_case(field) {
        return None;
    }
    let mut position = start + field.len();
    if quoted {
        if body.get(position) != Some(&b'"') {
            return None;
        }
        position += 1;
    }
    match body.get(position) {
        Some(b':') => Some(position + 1),
        _ => None,
    }
}

/// A nested mapping entry or list item (`secretKeyRef:`, `name: x`, `- item`), not a value.
fn is_structure(body: &[u8]) -> bool {
    if body.starts_with(b"- ") || body == b"-" {
        return true;
    }
    body.iter()
        .position(|&byte| byte == b':')
        .is_some_and(|colon| {
            is_plain_key(&body[..colon]) && matches!(body.get(colon + 1), None | Some(b' '))
        })
}

/// What `line` announces for the next line, if anything.
pub fn opener(line: &[u8]) -> Option<Expect> {
    let end = trimmed_end(line);
    let indent = indent_of(line);
    if indent >= end {
        return None;
    }
    let body = &line[indent..end];
    // `<apiToken>` alone on its line.
    if body.len() > 2 && body[0] == b'<' && body[body.len() - 1] == b'>' {
        let name = &body[1..body.len() - 1];
        let local = name.rsplit(|&byte| byte == b':').next().unwrap_or(name);
        return (is_plain_key(local) && is_secret_key(local))
            .then(|| Expect::Element(local.to_vec()));
    }
    // `Private-Lines: 14` in a `.ppk` file.
    if let Some(count) = body.strip_prefix(b"Private-Lines: ") {
        let count = std::str::from_utf8(count).ok()?.parse::<usize>().ok()?;
        return (1..=64).contains(&count).then_some(Expect::KeyLines(count));
    }
    if let Some(field) = printed_field(body) {
        return Some(Expect::Output(field));
    }
    // SMTP's `AUTH LOGIN`: the server's `334 UGFzc3dvcmQ6` is base64 of `Password:`, and
    // the client's next line the password in base64.
    if body == b"334 UGFzc3dvcmQ6" {
        return Some(Expect::Output(b"password".to_vec()));
    }
    // `terraform output -json`: `"sensitive": true,` comes before the output's `"type"` and
    // `"value"`.
    if body.starts_with(b"\"sensitive\": true") {
        return Some(Expect::Sensitive(2));
    }
    // Composer's `auth.json`: `"bearer": {`, `"github-oauth": {` then `"host": "token"`.
    if let Some(section) = body
        .strip_suffix(b": {")
        .and_then(|head| head.strip_prefix(b"\""))
        .and_then(|head| head.strip_suffix(b"\""))
    {
        if matches!(
            section,
            b"bearer" | b"github-oauth" | b"gitlab-oauth" | b"gitlab-token" | b"bitbucket-oauth"
        ) {
            return Some(Expect::HostEntry);
        }
    }
    // Foundry's `anvil` and Hardhat list the accounts' private keys under a heading.
    if body.eq_ignore_ascii_case(b"private keys") {
        return Some(Expect::KeyList(64));
    }
    let body = body.strip_prefix(b"- ").unwrap_or(body);
    // `name: DB_PASSWORD`, `"name": "DB_PASSWORD",`, `ParameterKey: DbPassword`
    if let Some(after) = after_field(body, b"name").or_else(|| after_field(body, b"ParameterKey")) {
        let value = super::values::trim_ascii(&body[after..]);
        let value = value.strip_suffix(b",").unwrap_or(value);
        let value = value
            .strip_prefix(b"\"")
            .and_then(|inner| inner.strip_suffix(b"\""))
            .unwrap_or(value);
        return (is_plain_key(value) && is_secret_key(value))
            .then(|| Expect::NameValue(value.to_vec()));
    }
    // `password: |`, `password: >-`, `password:`
    let colon = body.iter().position(|&byte| byte == b':')?;
    let after = super::values::trim_ascii(&body[colon + 1..]);
    let block = matches!(after, b"" | b"|" | b">" | b"|-" | b">-" | b"|+" | b">+");
    let key = &body[..colon];
    let key = key
        .strip_prefix(b"\"")
        .and_then(|inner| inner.strip_suffix(b"\""))
        .unwrap_or(key);
    if block && is_plain_key(key) && is_secret_key(key) {
        return Some(Expect::Block {
            key: key.to_vec(),
            indent,
        });
    }
    prose_label(body)
}

/// A sentence ending in `:` that announces a secret on the next line, as first-start banners
/// print them: `Password for the elastic user (reset with …):`, `Copy the following
/// enrollment token and paste it into Kibana …:`.
fn prose_label(body: &[u8]) -> Option<Expect> {
    if !body.ends_with(b":") || !body.contains(&b' ') || body.len() > 200 {
        return None;
    }
    let lower = body.to_ascii_lowercase();
    let word = lower
        .split(|byte| !byte.is_ascii_alphabetic())
        .find(|word| matches!(*word, b"password" | b"passphrase" | b"token"))?;
    Some(Expect::Output(word.to_vec()))
}

/// What is still expected after a line that did not hold the value: a Terraform output's
/// `"type"` before its `"value"`, a blank line inside a key list.
pub fn carried(expect: &Expect, line: &[u8]) -> Option<Expect> {
    let body = super::values::trim_ascii(line);
    match expect {
        Expect::Sensitive(lines) if *lines > 1 && body.starts_with(b"\"type\":") => {
            Some(Expect::Sensitive(lines - 1))
        }
        Expect::KeyList(count) if body.is_empty() => Some(Expect::KeyList(*count)),
        _ => None,
    }
}

/// The command after a shell prompt (`$ `, `# `, `% `, `> `, `+ ` of `set -x`, or
/// `alice@host:~/app$ `).
fn command_after_prompt(body: &[u8]) -> Option<&[u8]> {
    let first = *body.first()?;
    if matches!(first, b'$' | b'#' | b'%' | b'>' | b'+') {
        let marks = body.iter().take_while(|&&byte| byte == first).count();
        return body.get(marks..)?.strip_prefix(b" ");
    }
    let prompt_end = memchr::memmem::find(&body[..body.len().min(96)], b"$ ")?;
    let prompt = &body[..prompt_end];
    (prompt.contains(&b'@') && !prompt.iter().any(u8::is_ascii_whitespace))
        .then(|| &body[prompt_end + 2..])
}

fn is_name_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'-')
}

/// The last field of a jq/yq/JSONPath filter in `word` (`.refresh_token`, `'.data.password'`,
/// `jsonpath={.data.password}`, `.items[0].token`).
fn filter_field(word: &[u8]) -> Option<&[u8]> {
    let start = match memchr::memmem::find(word, b"{.") {
        Some(brace) => brace + 1,
        None => word
            .iter()
            .position(|&byte| !matches!(byte, b'\'' | b'"'))?,
    };
    let path = &word[start..];
    if path.first() != Some(&b'.') {
        return None;
    }
    path.split(|&byte| !is_name_byte(byte))
        .rfind(|segment| !segment.is_empty() && !segment.iter().all(u8::is_ascii_digit))
}

/// The secret-named field that the command on this line prints alone, if it is one.
fn printed_field(body: &[u8]) -> Option<Vec<u8>> {
    let command = command_after_prompt(body)?;
    let words: Vec<&[u8]> = command
        .split(|byte| byte.is_ascii_whitespace())
        .filter(|word| !word.is_empty())
        .collect();
    let has = |tool: &[u8]| words.contains(&tool);
    let filters = has(b"jq") || has(b"yq") || memchr::memmem::find(command, b"jsonpath").is_some();
    let echoes = matches!(words.first(), Some(&b"echo") | Some(&b"printf"));
    if let Some(field) = printed_secret(&words) {
        return Some(field.to_vec());
    }
    let mut field: Option<&[u8]> = None;
    for word in &words {
        let name = if let Some(name) = word
            .strip_prefix(b"-field=")
            .or_else(|| word.strip_prefix(b"--field="))
        {
            Some(name)
        } else if echoes && word.contains(&b'$') {
            // `"$CI_REGISTRY_PASSWORD"`, `${DEPLOY_TOKEN}`: the last variable in the word.
            let at = word.iter().rposition(|&byte| byte == b'$')?;
            let rest = &word[at + 1..];
            let rest = rest.strip_prefix(b"{").unwrap_or(rest);
            let length = rest
                .iter()
                .take_while(|&&byte| byte.is_ascii_alphanumeric() || byte == b'_')
                .count();
            Some(&rest[..length])
        } else if filters {
            filter_field(word)
        } else {
            None
        };
        if let Some(name) = name.filter(|name| is_plain_key(name) && is_secret_key(name)) {
            field = Some(name);
        }
    }
    field.map(<[u8]>::to_vec)
}

/// Commands whose whole output is one secret, and the key it would be stored under:
/// `aws ecr get-login-password`, `consul keygen`, `bitcoin-cli dumpprivkey …`, `openssl rand
/// -base64 32`, and `cat` of a file named for a secret (`~/.vault_pass`, `config/master.key`,
/// `/run/secrets/db_password`).
fn printed_secret(words: &[&[u8]]) -> Option<&'static [u8]> {
    let first = *words.first()?;
    let command = match first {
        b"sudo" => &words[1..],
        _ => words,
    };
    if command.len() == 2 && command[0] == b"cat" {
        let name = command[1]
            .rsplit(|&byte| byte == b'/')
            .next()
            .unwrap_or_default();
        let name = name.strip_prefix(b".").unwrap_or(name);
        let normal: Vec<u8> = name
            .iter()
            .map(|&byte| match byte {
                b'.' | b'-' => b'_',
                other => other,
            })
            .collect();
        return (is_plain_key(&normal) && is_secret_key(&normal)).then_some(b"secret");
    }
    let has = |tool: &[u8]| command.contains(&tool);
    if has(b"get-login-password") {
        return Some(b"password");
    }
    if has(b"keygen") && has(b"consul") || has(b"dumpprivkey") {
        return Some(b"secret");
    }
    if has(b"openssl") && has(b"rand") && (has(b"-base64") || has(b"-hex")) {
        return Some(b"secret");
    }
    None
}

/// What is still expected after `expect` was met on a line.
pub fn after_value(expect: &Expect) -> Option<Expect> {
    match expect {
        Expect::KeyLines(count) if *count > 1 => Some(Expect::KeyLines(count - 1)),
        Expect::KeyList(count) if *count > 1 => Some(Expect::KeyList(count - 1)),
        _ => None,
    }
}

/// The value that `expect` announced, if `line` holds it.
pub fn value_in(line: &[u8], expect: &Expect) -> Option<(Range<usize>, Kind)> {
    let end = trimmed_end(line);
    let indent = indent_of(line);
    if indent >= end {
        return None;
    }
    match expect {
        Expect::NameValue(key) => {
            let body = &line[indent..end];
            let dash = usize::from(body.starts_with(b"- ")) * 2;
            let after = after_field(&body[dash..], b"value")
                .or_else(|| after_field(&body[dash..], b"ParameterValue"))?;
            let mut start = indent + dash + after;
            while matches!(line.get(start), Some(b' ') | Some(b'\t')) {
                start += 1;
            }
            judge_value_at(key, line, start)
        }
        Expect::Block {
            key,
            indent: key_indent,
        } => {
            if indent <= *key_indent || is_structure(&line[indent..end]) {
                return None;
            }
            let (_, kind) = judge_value_at(key, &line[..end], indent)?;
            Some((indent..end, kind))
        }
        Expect::KeyLines(_) => {
            let body = &line[indent..end];
            let base64 = body
                .iter()
                .all(|&byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'/' | b'='));
            base64.then_some((indent..end, Kind::PrivateKey))
        }
        Expect::Output(key) => {
            // One word alone on the line (`jq` without `-r` quotes it), not a message.
            let body = &line[indent..end];
            // A URL (`cat ~/.git-credentials`) is judged by the URL rule.
            if body.len() < 8
                || body.iter().any(u8::is_ascii_whitespace)
                || body.ends_with(b":")
                || memchr::memmem::find(body, b"://").is_some()
            {
                return None;
            }
            let (range, kind) = judge_value_at(key, &line[..end], indent)?;
            let quoted = range.start == indent + 1 && range.end + 1 == end;
            (range == (indent..end) || quoted).then_some((range, kind))
        }
        Expect::Sensitive(_) => {
            let body = &line[indent..end];
            let after = after_field(body, b"value")?;
            let rest = &body[after..];
            let quote = rest.iter().position(|&byte| byte != b' ')?;
            if rest[quote] != b'"' {
                return None;
            }
            let start = indent + after + quote + 1;
            let close = line[start..end].iter().rposition(|&byte| byte == b'"')?;
            (close > 0).then(|| (start..start + close, Kind::GenericSecret))
        }
        Expect::HostEntry => {
            let body = &line[indent..end];
            let colon = memchr::memmem::find(body, b"\": ")?;
            let start = indent + colon + 3;
            judge_value_at(b"token", &line[..end], start)
        }
        Expect::KeyList(_) => {
            let body = &line[indent..end];
            let close = memchr::memchr(b')', body)?;
            let index_ok = body.first() == Some(&b'(')
                && close > 1
                && body[1..close].iter().all(u8::is_ascii_digit);
            let key = body.get(close + 1..)?.strip_prefix(b" 0x")?;
            let start = indent + close + 4;
            (index_ok && key.len() == 64 && key.iter().all(u8::is_ascii_hexdigit))
                .then_some((start..start + 64, Kind::PrivateKey))
        }
        Expect::Element(key) => {
            if line[indent] == b'<' || is_structure(&line[indent..end]) {
                return None;
            }
            let (_, kind) = judge_value_at(key, &line[..end], indent)?;
            Some((indent..end, kind))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redacted(first: &str, second: &str) -> Option<String> {
        let expect = opener(first.as_bytes())?;
        let (range, _) = value_in(second.as_bytes(), &expect)?;
        Some(second[range].to_string())
    }

    #[test]
    fn values_on_the_next_line() {
        assert_eq!(
            redacted("        - name: DB_PASSWORD", "          value: S3cr3tPass").as_deref(),
            Some("S3cr3tPass")
        );
        assert_eq!(
            redacted(
                r#"  "name": "API_TOKEN","#,
                r#"  "value": "ghx8Kq2Lm9Np4Rt7Vw1Y""#
            )
            .as_deref(),
            Some("ghx8Kq2Lm9Np4Rt7Vw1Y")
        );
        assert_eq!(
            redacted("  password: |", "    correct horse battery").as_deref(),
            Some("correct horse battery")
        );
        assert_eq!(
            redacted("<apiToken>", "    Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB").as_deref(),
            Some("Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB")
        );
    }

    #[test]
    fn other_next_lines_stay() {
        assert_eq!(redacted("- name: DB_HOST", "  value: db.corp.io"), None);
        assert_eq!(redacted("- name: DB_PASSWORD", "  valueFrom:"), None);
        assert_eq!(redacted("password:", "user: bob"), None);
        assert_eq!(redacted("password:", "  secretKeyRef:"), None);
        assert_eq!(redacted("<apiToken>", "</apiToken>"), None);
        assert_eq!(redacted("  password: |", "    ${DB_PASSWORD}"), None);
    }
}
