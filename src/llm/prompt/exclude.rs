//! Files never sent to a model: `.env` files, keys, credentials, and the person's own globs.

use std::path::Path;

/// Directories whose files are all excluded.
const SECRET_DIRECTORIES: [&str; 3] = [".ssh", ".aws", ".gnupg"];

/// File names excluded, as globs (matched case-insensitively).
const SECRET_FILES: [&str; 19] = [
    ".env",
    ".env.*",
    "*.pem",
    "*.key",
    "*.p12",
    "*.pfx",
    "*.keystore",
    "*.jks",
    "id_rsa*",
    "id_ed25519*",
    "id_ecdsa*",
    ".npmrc",
    ".pypirc",
    ".netrc",
    ".git-credentials",
    "credentials",
    "credentials.*",
    "secrets.*",
    "*.ppk",
];

/// `.env.*` files that hold no secrets by convention.
const ENV_EXAMPLES: [&str; 3] = [".env.example", ".env.sample", ".env.template"];

/// Whether `path` must never be sent: `.env` files, keys, credentials, and `patterns` (globs:
/// `*` and `?` within a path segment, `**` across segments, matched against every tail of the
/// path: `config/secret/*` excludes `/home/u/app/config/secret/x.toml`).
pub fn is_excluded(path: &Path, patterns: &[String]) -> bool {
    let text = path.to_string_lossy();
    let components: Vec<&str> = text
        .split(['/', '\\'])
        .filter(|part| !part.is_empty() && *part != ".")
        .collect();
    let Some(name) = components.last() else {
        return false;
    };
    let lower = name.to_lowercase();
    let builtin = !ENV_EXAMPLES.contains(&lower.as_str())
        && SECRET_FILES
            .iter()
            .any(|glob| segment_matches(glob, &lower));
    let in_secret_directory = components[..components.len() - 1]
        .iter()
        .any(|part| SECRET_DIRECTORIES.contains(part));
    builtin
        || in_secret_directory
        || patterns
            .iter()
            .any(|pattern| glob_matches(pattern, &components))
}

/// `pattern` matches some tail of `components`.
fn glob_matches(pattern: &str, components: &[&str]) -> bool {
    let pattern = pattern
        .trim()
        .trim_start_matches("./")
        .trim_start_matches('/');
    if pattern.is_empty() {
        return false;
    }
    let mut segments: Vec<&str> = pattern.split('/').filter(|part| !part.is_empty()).collect();
    if pattern.ends_with('/') {
        segments.push("**");
    }
    (0..components.len()).any(|start| segments_match(&segments, &components[start..]))
}

fn segments_match(pattern: &[&str], path: &[&str]) -> bool {
    match pattern.split_first() {
        None => path.is_empty(),
        Some((&"**", rest)) => (0..=path.len()).any(|skip| segments_match(rest, &path[skip..])),
        Some((first, rest)) => {
            !path.is_empty() && segment_matches(first, path[0]) && segments_match(rest, &path[1..])
        }
    }
}

/// `*` and `?` within one segment.
fn segment_matches(pattern: &str, name: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let name: Vec<char> = name.chars().collect();
    fn go(pattern: &[char], name: &[char]) -> bool {
        match pattern.split_first() {
            None => name.is_empty(),
            Some(('*', rest)) => (0..=name.len()).any(|skip| go(rest, &name[skip..])),
            Some(('?', rest)) => !name.is_empty() && go(rest, &name[1..]),
            Some((ch, rest)) => name.first() == Some(ch) && go(rest, &name[1..]),
        }
    }
    go(&pattern, &name)
}
