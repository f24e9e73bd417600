//! Compiled fix regexes (`unless`, `after`, `find`), kept by their filled-in source. A fix's
//! regex is a template filled with the error's captures, so it cannot compile ahead of time; but
//! an editor asks for the same error's fixes again and again (every cursor move over it), and a
//! Unicode-aware regex such as `^import (?:[\w.]+, *)*json\b` costs about a millisecond to
//! compile — most of a code-action request.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use regex::Regex;

/// Distinct regexes kept; past this the cache starts over (a session meets far fewer).
const CAPACITY: usize = 512;

static CACHE: LazyLock<Mutex<HashMap<String, Regex>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The compiled `source`, from the cache when it was compiled before.
pub(crate) fn compiled(source: &str) -> Result<Regex, regex::Error> {
    let cache = || {
        CACHE
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    };
    if let Some(regex) = cache().get(source) {
        return Ok(regex.clone());
    }
    let regex = Regex::new(source)?;
    let mut cache = cache();
    if cache.len() >= CAPACITY {
        cache.clear();
    }
    cache.insert(source.to_string(), regex.clone());
    Ok(regex)
}

#[cfg(test)]
mod tests {
    use super::compiled;

    #[test]
    fn the_same_source_is_compiled_once_and_errors_are_not_kept() {
        let first = compiled(r"^import (?:[\w.]+, *)*json\b").unwrap();
        let again = compiled(r"^import (?:[\w.]+, *)*json\b").unwrap();
        assert!(again.is_match("import os, json"));
        assert_eq!(first.as_str(), again.as_str());
        assert!(compiled("(unclosed").is_err());
        assert!(compiled("(unclosed").is_err());
    }
}
