//! Reads a pattern file's TOML in pieces of a few dozen patterns each. A TOML parser holds the
//! whole document's tokens, events and tree at once — about 20 times the file's size — so a
//! team's 4 MB file of 10,000 patterns peaked at 85 MB of heap, and the allocator kept most of it
//! after the parse. Each `[[pattern]]` table is independent of the ones before it, so the file
//! is cut at its top-level `[[pattern]]` headers (found with the TOML lexer, never inside a
//! string or an array) and the pieces parsed one after the other.

use serde::de::DeserializeOwned;
use toml_parser::lexer::TokenKind;
use toml_parser::Source;

/// Files smaller than this are parsed whole.
const PIECE_BYTES: usize = 64 * 1024;

/// A file of `[[pattern]]` tables, parsed piece by piece into `F` (whose one field is the
/// `pattern` array) and joined with `join`. A piece that does not parse makes the whole file
/// parse again, so that errors name lines of the file as it is.
pub(crate) fn parse_in_pieces<F: DeserializeOwned>(
    text: &str,
    join: impl Fn(&mut F, F),
) -> Result<F, toml::de::Error> {
    if text.len() <= PIECE_BYTES {
        return toml::from_str(text);
    }
    let mut joined: Option<F> = None;
    for piece in pieces(text) {
        match toml::from_str::<F>(piece) {
            Ok(parsed) => match &mut joined {
                Some(all) => join(all, parsed),
                None => joined = Some(parsed),
            },
            Err(_) => return toml::from_str(text),
        }
    }
    match joined {
        Some(all) => Ok(all),
        None => toml::from_str(text),
    }
}

/// The file cut before top-level `[[pattern]]` headers into pieces of about [`PIECE_BYTES`].
fn pieces(text: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    let mut last = 0;
    for header in pattern_headers(text) {
        if header - last >= PIECE_BYTES {
            cuts.push(header);
            last = header;
        }
    }
    cuts.push(text.len());
    cuts.windows(2).map(|w| &text[w[0]..w[1]]).collect()
}

/// Byte offsets of the `[[pattern]]` headers that start a line outside any value.
fn pattern_headers(text: &str) -> Vec<usize> {
    let mut headers = Vec::new();
    let mut line_start = true;
    let mut in_header = false;
    let mut depth = 0usize;
    for token in Source::new(text).lex() {
        let span = token.span();
        match token.kind() {
            TokenKind::Newline => {
                line_start = true;
                in_header = false;
                continue;
            }
            TokenKind::Whitespace => continue,
            TokenKind::LeftSquareBracket if line_start && depth == 0 => {
                in_header = true;
                if is_pattern_header(&text[span.start()..]) {
                    headers.push(span.start());
                }
            }
            TokenKind::LeftSquareBracket if !in_header => depth += 1,
            TokenKind::RightSquareBracket if !in_header => depth = depth.saturating_sub(1),
            _ => {}
        }
        line_start = false;
    }
    headers
}

fn is_pattern_header(rest: &str) -> bool {
    rest.strip_prefix("[[pattern]]").is_some_and(|after| {
        let after = after.trim_start_matches([' ', '\t']);
        after.is_empty() || after.starts_with(['\n', '\r', '#'])
    })
}

#[cfg(test)]
mod tests {
    use super::{parse_in_pieces, pattern_headers, pieces, PIECE_BYTES};

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct File {
        #[serde(default)]
        pattern: Vec<toml::Table>,
    }

    fn join(all: &mut File, more: File) {
        all.pattern.extend(more.pattern);
    }

    #[test]
    fn headers_inside_strings_and_arrays_are_not_cuts() {
        let text = "[[pattern]]\nid = \"a\"\nexplanation = '''\n[[pattern]]\n'''\nlist = [\n[[pattern]]\n]\n[[pattern.fix]]\nt = 1\n  [[pattern]]  # indented\nid = \"b\"\n[[patterns]]\n";
        let found: Vec<_> = pattern_headers(text)
            .into_iter()
            .map(|at| &text[at..at + 11])
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            pattern_headers(text)[1],
            text.find("[[pattern]]  #").unwrap()
        );
    }

    #[test]
    fn a_large_file_parses_to_what_one_parse_gives() {
        let mut text = String::from("# a team's patterns\n");
        for index in 0..3000 {
            text.push_str(&format!(
                "[[pattern]]\nid = \"p{index}\"\nexplanation = '''\nmulti\n[[pattern]]\nline'''\ncodes = [\n  [\"x\"],\n]\n\n[[pattern.fix]]\ntitle = \"t{index}\"\n\n"
            ));
        }
        assert!(pieces(&text).len() > 3, "cut into pieces");
        assert!(text.len() > 2 * PIECE_BYTES);
        let whole: File = toml::from_str(&text).unwrap();
        let joined: File = parse_in_pieces(&text, join).unwrap();
        assert_eq!(whole.pattern.len(), 3000);
        assert_eq!(whole, joined);
    }

    #[test]
    fn errors_name_the_line_in_the_whole_file() {
        let mut text = String::new();
        for index in 0..3000 {
            text.push_str(&format!("[[pattern]]\nid = \"p{index}\"\n\n"));
        }
        text.push_str("[[pattern]]\nid = = broken\n");
        let line = text.lines().count();
        let error = parse_in_pieces::<File>(&text, join)
            .unwrap_err()
            .to_string();
        assert!(error.contains(&format!("line {line}")), "{error}");
    }
}
