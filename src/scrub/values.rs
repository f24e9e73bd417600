//! Judging a candidate value: is it a placeholder, prose, code, a path, or something that looks
//! like a secret? Plus the small decoders the rules need (base64, Luhn).

/// A value that stands for a secret without being one: a mask (`***`, `xxxx`), a template or
/// environment reference (`${PASSWORD}`, `$DB_PASS`, `{{ vault_pw }}`, `%(pw)s`, `%PASS%`), an
/// angle-bracket placeholder (`<redacted:password>`, `<your-token>`), or a word that says the
/// value is absent (`none`, `null`, `[FILTERED]`). Such values are kept so that errors about
/// configuration stay readable. A real-looking weak password (`changeme`, `password`) is *not* a
/// placeholder: it is still the credential of some live system.
pub fn is_placeholder(value: &[u8]) -> bool {
    let value = trim_ascii(value);
    if value.is_empty() {
        return true;
    }
    if value
        .iter()
        .all(|&byte| matches!(byte, b'*' | b'.' | b'#' | b'-' | b'_' | b'?'))
    {
        return true;
    }
    // `xxxx`, `XXXXXXXX`, `xxxx-xxxx-xxxx-xxxx`, `••••` (U+2022 is 0xE2 0x80 0xA2).
    if value
        .iter()
        .filter(|&&byte| byte == b'x' || byte == b'X')
        .count()
        >= 3
        && value
            .iter()
            .all(|&byte| matches!(byte, b'x' | b'X' | b'-' | b'_' | b'.'))
    {
        return true;
    }
    // A vendor prefix and a mask (`gho_****…` as `gh auth status` prints it,
    // `sk_test_xxxxxxxx` in an `.env.example`).
    if value.len() <= 300 {
        for (index, &byte) in value.iter().enumerate().take(16) {
            let rest = &value[index + 1..];
            if matches!(byte, b'_' | b'-')
                && rest.len() >= 3
                && (rest.iter().all(|&mask| mask == b'*')
                    || rest.iter().all(|&mask| mask == b'x' || mask == b'X'))
            {
                return true;
            }
        }
    }
    // A regex's character class (`grep -o 'keystorePass="[^"]*"'`), cut at its quote.
    if value.starts_with(b"[^") {
        return true;
    }
    // A prefix and an ellipsis (`sk_live_...`, `ghp_…`): documentation of a format.
    for ellipsis in [b"...".as_slice(), "…".as_bytes()] {
        if let Some(head) = value.strip_suffix(ellipsis) {
            if head.len() <= 8 || head.ends_with(b"_") || head.ends_with(b"-") {
                return true;
            }
        }
    }
    if value.chunks(3).all(|chunk| chunk == "•".as_bytes()) {
        return true;
    }
    if value.chunks(3).all(|chunk| chunk == "…".as_bytes()) {
        return true;
    }
    let first = value[0];
    let last = value[value.len() - 1];
    match (first, last) {
        (b'<', b'>') | (b'[', b']') | (b'(', b')') => return true,
        // `{name}` is a template; Jenkins' `{AQAAABAAAA…}` is an encrypted secret.
        (b'{', b'}') if !holds_random_run(value) => return true,
        _ => {}
    }
    // Template and environment references.
    if value.starts_with(b"${") || value.starts_with(b"$(") || value.starts_with(b"{{") {
        return true;
    }
    if first == b'$' && is_env_reference(&value[1..]) {
        return true;
    }
    if first == b'%' && (last == b'%' || value.starts_with(b"%(") || value == b"%s") {
        return true;
    }
    // An unterminated mask such as `<redacted` cut by the line end.
    if value.starts_with(b"<redacted") || value.starts_with(b"***") {
        return true;
    }
    // YAML tags that say where the value comes from (`password: !vault |`).
    if matches!(
        value,
        b"!vault"
            | b"!secret"
            | b"!env"
            | b"!Ref"
            | b"!Sub"
            | b"!GetAtt"
            | b"!ImportValue"
            | b"!include"
    ) {
        return true;
    }
    // Documentation values: AWS's `…EXAMPLE…` keys, `YOUR_API_KEY`, `your-token-here`.
    if memchr::memmem::find(value, b"EXAMPLE").is_some() {
        return true;
    }
    let lower = value.to_ascii_lowercase();
    // Markers that ask for a value (`REPLACE_ME`, `change-me`, `TODO`); a real weak password
    // written as one word (`changeme`) is not one of them.
    if matches!(
        lower.as_slice(),
        b"replace_me"
            | b"replace-me"
            | b"replaceme"
            | b"change_me"
            | b"change-me"
            | b"todo"
            | b"tbd"
            | b"fixme"
    ) {
        return true;
    }
    if lower.starts_with(b"your_")
        || lower.starts_with(b"your-")
        || lower.ends_with(b"_here")
        || lower.ends_with(b"-here")
    {
        return true;
    }
    matches!(
        lower.as_slice(),
        b"none"
            | b"null"
            | b"nil"
            | b"undefined"
            | b"true"
            | b"false"
            | b"redacted"
            | b"filtered"
            | b"hidden"
            | b"masked"
            | b"removed"
            | b"omitted"
            | b"sensitive"
            | b"empty"
            | b"unset"
            | b"not set"
            | b"n/a"
            | b"na"
            | b"\"\""
            | b"''"
            | b"?"
    )
}

/// A run of 20 or more base64 characters that mixes letters and digits.
fn holds_random_run(value: &[u8]) -> bool {
    value
        .split(|&byte| !(byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'/' | b'=')))
        .any(|run| {
            run.len() >= 20
                && run.iter().any(u8::is_ascii_digit)
                && run.iter().any(u8::is_ascii_alphabetic)
        })
}

/// `DB_PASS`, `GITHUB_TOKEN`: the upper-case convention of environment variable names. A value
/// `$ecretPa55` is not one, and stays a secret.
fn is_env_reference(name: &[u8]) -> bool {
    !name.is_empty()
        && !name[0].is_ascii_digit()
        && name
            .iter()
            .all(|&byte| byte.is_ascii_uppercase() || byte.is_ascii_digit() || byte == b'_')
}

/// Words that follow `password:` or `token:` in prose and error messages rather than being the
/// value: `password: authentication failed`, `Invalid token: expected ';'`.
pub fn is_prose_word(value: &[u8]) -> bool {
    let lower = value.to_ascii_lowercase();
    let word: &[u8] = match lower.iter().position(|&byte| !byte.is_ascii_alphabetic()) {
        // A word followed by punctuation (`required.`): judge the word.
        Some(end) if end > 0 && lower[end..].iter().all(|byte| byte.is_ascii_punctuation()) => {
            &lower[..end]
        }
        _ => &lower,
    };
    matches!(
        word,
        b"required"
            | b"incorrect"
            | b"invalid"
            | b"wrong"
            | b"missing"
            | b"expired"
            | b"expected"
            | b"unexpected"
            | b"not"
            | b"is"
            | b"was"
            | b"are"
            | b"must"
            | b"should"
            | b"cannot"
            | b"can"
            | b"could"
            | b"does"
            | b"did"
            | b"failed"
            | b"failure"
            | b"error"
            | b"authentication"
            | b"prompt"
            | b"enabled"
            | b"disabled"
            | b"changed"
            | b"reset"
            | b"mismatch"
            | b"rejected"
            | b"denied"
            | b"refused"
            | b"too"
            | b"the"
            | b"a"
            | b"an"
            | b"for"
            | b"no"
            | b"yes"
            | b"ok"
            | b"set"
            | b"provided"
            | b"supplied"
            | b"given"
            | b"found"
            | b"present"
            | b"absent"
            | b"updated"
            | b"saved"
            | b"stored"
            | b"ignored"
            | b"skipped"
            | b"unknown"
            | b"unsupported"
            | b"malformed"
            | b"revoked"
            | b"valid"
            | b"verified"
            | b"accepted"
            | b"used"
            | b"see"
            | b"use"
            | b"please"
            | b"enter"
            | b"type"
            | b"via"
            | b"with"
            | b"from"
            | b"in"
            | b"on"
            | b"of"
            | b"to"
            | b"and"
            | b"or"
            | b"flag"
            | b"option"
            | b"argument"
            | b"instead"
            | b"when"
            | b"if"
            | b"only"
    )
}

/// Type names that follow `password:` in source code signatures (`fn login(password: &str)`,
/// `token: string;`, `secret: Option<String>`).
pub fn is_type_name(value: &[u8]) -> bool {
    if value.first() == Some(&b'&') {
        return true;
    }
    matches!(
        value,
        b"str"
            | b"String"
            | b"string"
            | b"bool"
            | b"boolean"
            | b"int"
            | b"i32"
            | b"i64"
            | b"u32"
            | b"u64"
            | b"usize"
            | b"number"
            | b"any"
            | b"unknown"
            | b"object"
            | b"bytes"
            | b"Bytes"
            | b"Vec"
            | b"Option"
            | b"SecretString"
            | b"Secret"
            | b"SecretStr"
            | b"Token"
            | b"Optional"
            | b"Text"
            | b"char"
            | b"float"
            | b"dict"
            | b"list"
    )
}

/// A filesystem path is where a secret is kept, not the secret (`PWD=/home/ci`,
/// `private_key: ~/.ssh/id_ed25519`).
pub fn is_path_like(value: &[u8]) -> bool {
    value.starts_with(b"/")
        || value.starts_with(b"./")
        || value.starts_with(b"../")
        || value.starts_with(b"~/")
        || value == b"~"
        || (value.len() >= 3
            && value[0].is_ascii_alphabetic()
            && value[1] == b':'
            && (value[2] == b'\\' || value[2] == b'/'))
}

/// Which character classes a value uses: lower, upper, digit, other.
fn character_classes(value: &[u8]) -> usize {
    let mut lower = false;
    let mut upper = false;
    let mut digit = false;
    let mut other = false;
    for &byte in value {
        match byte {
            b'a'..=b'z' => lower = true,
            b'A'..=b'Z' => upper = true,
            b'0'..=b'9' => digit = true,
            _ => other = true,
        }
    }
    usize::from(lower) + usize::from(upper) + usize::from(digit) + usize::from(other)
}

/// The stricter test used for keys such as `token` that also occur in non-secret roles
/// (`token: punc`, `Token: Ident`): a credential is long and mixes character classes. An
/// upper-case snake identifier (`GITHUB_TOKEN`) names a variable rather than holding a value.
pub fn looks_like_credential(value: &[u8]) -> bool {
    if value.len() < 8 {
        return false;
    }
    if value
        .iter()
        .all(|&byte| byte.is_ascii_uppercase() || byte.is_ascii_digit() || byte == b'_')
        && value.contains(&b'_')
    {
        return false;
    }
    // Words joined by dashes or dots (`my-api-token`, `config.auth.token`) are names.
    if value.iter().any(|&byte| matches!(byte, b'-' | b'.' | b'_'))
        && value
            .iter()
            .all(|&byte| byte.is_ascii_lowercase() || matches!(byte, b'-' | b'.' | b'_'))
    {
        return false;
    }
    value.len() >= 20 || character_classes(value) >= 2
}

/// Luhn checksum over the digits of `digits` (other bytes ignored).
pub fn luhn_valid(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    let mut double = false;
    for &byte in digits.iter().rev() {
        if !byte.is_ascii_digit() {
            continue;
        }
        let mut digit = u32::from(byte - b'0');
        if double {
            digit *= 2;
            if digit > 9 {
                digit -= 9;
            }
        }
        sum += digit;
        double = !double;
    }
    sum.is_multiple_of(10)
}

/// Decodes standard or URL-safe base64, ignoring padding; `None` on any other byte. Only the
/// first `limit` output bytes are produced, which is all the callers look at.
pub fn decode_base64(text: &[u8], limit: usize) -> Option<Vec<u8>> {
    let mut output = Vec::with_capacity((text.len() * 3 / 4).min(limit));
    let mut accumulator = 0u32;
    let mut bits = 0u32;
    for &byte in text {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => return None,
        };
        accumulator = (accumulator << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            output.push((accumulator >> bits) as u8);
            accumulator &= (1 << bits) - 1;
            if output.len() >= limit {
                break;
            }
        }
    }
    Some(output)
}

/// Trims ASCII whitespace on both sides.
pub fn trim_ascii(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|byte| !byte.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|byte| !byte.is_ascii_whitespace())
        .map_or(start, |last| last + 1);
    &bytes[start..end.max(start)]
}

/// Finds `needle` in `haystack`, ASCII case-insensitively.
pub fn contains_ignore_ascii_case(haystack: &[u8], needle: &[u8]) -> bool {
    needle.is_empty()
        || haystack
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_recognised() {
        for value in [
            "",
            "***",
            "********",
            "xxxx",
            "XXXXXXXX",
            "<redacted:password>",
            "<password>",
            "${DB_PASSWORD}",
            "$DB_PASS",
            "{{ vault_db_password }}",
            "%(password)s",
            "%PASS%",
            "[FILTERED]",
            "(none)",
            "null",
            "None",
            "•••",
        ] {
            assert!(is_placeholder(value.as_bytes()), "{value:?}");
        }
        for value in ["hunter2", "changeme", "$ecretPa55", "password", "p@ss"] {
            assert!(!is_placeholder(value.as_bytes()), "{value:?}");
        }
    }

    #[test]
    fn credentials_mix_classes() {
        assert!(looks_like_credential(b"a1b2c3d4e5"));
        assert!(looks_like_credential(b"abcdefghijklmnopqrstuvwxyz"));
        assert!(!looks_like_credential(b"punc"));
        assert!(!looks_like_credential(b"GITHUB_TOKEN"));
        assert!(!looks_like_credential(b"my-api-token"));
    }

    #[test]
    fn luhn_and_base64() {
        assert!(luhn_valid(b"4111 1111 1111 1111"));
        assert!(!luhn_valid(b"4111 1111 1111 1112"));
        assert_eq!(decode_base64(b"dXNlcjpwYXNz", 100).unwrap(), b"user:pass");
        assert_eq!(decode_base64(b"eyJhIjoxfQ", 100).unwrap(), b"{\"a\":1}");
        assert!(decode_base64(b"a b", 100).is_none());
    }

    #[test]
    fn trimming_never_panics() {
        assert_eq!(trim_ascii(b"   "), b"");
        assert_eq!(trim_ascii(b" a "), b"a");
        assert_eq!(trim_ascii(b""), b"");
    }
}
