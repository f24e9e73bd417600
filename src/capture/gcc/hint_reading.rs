//! Reading a human-readable fix-it hint: which hints a row holds, and whether each inserts its text
//! or replaces what is under it (see `HintReading`).

use std::sync::LazyLock;

use regex::Regex;

/// The tokens an `expected …` / `missing …` message names, up to where it says where they go.
static MISSING_TOKEN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:expected|missing) (?P<clause>.*?)(?: before | after | at | between | prior to |$)")
        .expect("valid regex")
});

static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[‘'](?P<token>[^’']+)[’']").expect("valid regex"));

/// How to read one human-readable fix-it hint: what it replaces, if anything.
///
/// Both compilers print a hint's text at the column where it applies, so an insertion before a
/// character and a replacement starting at it look alike. gcc prints a replacement without `---`
/// only when its range is exactly a range it underlined; clang underlines what a fix-it replaces
/// with `~`. Neither marks an insertion. Read against `-fdiagnostics-parseable-fixits` output of
/// both compilers, these rules tell them apart:
/// - insertions: a hint that begins or ends with a space (`struct `, `"%s", `, ` = 0`); the token
///   an `expected ‘)’` or `missing ','` message asks for; a lone bracket (parentheses around an
///   expression, a closing `]`); a hint at a blank or past the end of the line; a keyword such as
///   `struct` in front of a name (in case trailing spaces were lost);
/// - replacements: a hint inside an underlined run of two or more columns replaces the rest of the
///   run (`total` for `totl`, `%f` for `%d`, `.` for `->`); a hint on a lone caret replaces that
///   character when the message quotes it (`did you mean to use ‘->’?`, `use '=='`), and clang's
///   array-indexing `[` replaces the `+`;
/// - anything else is an insertion (`&` before a function's name).
pub(super) struct HintReading<'a> {
    pub(super) source: Vec<char>,
    pub(super) marks: Vec<char>,
    pub(super) caret: usize,
    pub(super) message: &'a str,
}

impl HintReading<'_> {
    /// The hint starting at character `start` of the excerpt: the range it replaces (end
    /// exclusive; `start == end` for an insertion) and its text.
    pub(super) fn read(&self, start: usize, hint: &str) -> (usize, usize, String) {
        let token = hint.trim();
        if self.is_keyword_before_a_name(start, token) {
            return (start, start, format!("{token} "));
        }
        if self.is_insertion(start, hint, token) {
            return (start, start, hint.to_string());
        }
        let end = self.replaced_end(start, token).unwrap_or(start);
        (start, end, hint.to_string())
    }

    fn is_keyword_before_a_name(&self, start: usize, token: &str) -> bool {
        let inserted_keyword = matches!(
            token,
            "struct" | "union" | "enum" | "class" | "typename" | "template"
        );
        let name: String = self
            .source
            .iter()
            .skip(start)
            .take_while(|c| c.is_alphanumeric() || **c == '_')
            .collect();
        inserted_keyword
            && quotes(self.message, token)
            && name.starts_with(|c: char| c.is_alphabetic() || c == '_')
            && name != token
    }

    fn is_insertion(&self, start: usize, hint: &str, token: &str) -> bool {
        hint.starts_with(char::is_whitespace)
            || hint.ends_with(char::is_whitespace)
            || names_missing_token(self.message, token)
            || matches!(token, "(" | ")" | "{" | "}" | "]")
            || self.source.get(start).is_none_or(|c| c.is_whitespace())
    }

    fn replaced_end(&self, start: usize, token: &str) -> Option<usize> {
        if let Some((run_start, run_end)) = self.run_around(start) {
            if run_end - run_start > 1 {
                return Some(run_end);
            }
        }
        let replaces_plus = token == "[" && self.source.get(start) == Some(&'+');
        let quoted_at_caret = start == self.caret && quotes(self.message, token);
        (replaces_plus || quoted_at_caret).then_some(start + 1)
    }

    /// The run of `^`/`~` marks that covers character `index`, as a half-open range.
    fn run_around(&self, index: usize) -> Option<(usize, usize)> {
        let is_mark = |c: &char| *c == '^' || *c == '~';
        if !self.marks.get(index).is_some_and(is_mark) {
            return None;
        }
        let before = self.marks[..index].iter().rev().take_while(|c| is_mark(c));
        let after = self.marks[index..].iter().take_while(|c| is_mark(c));
        Some((index - before.count(), index + after.count()))
    }
}

/// The hints of a fix-it row, each with the character position where it starts. A row is one
/// hint (spaces inside it are its own: `static_cast<int> (d)`), unless it is made only of
/// single-character marks apart (`( )`, `&     [  ]`, `---  ;`). The ` = 0` of an initialiser
/// starts with a space that the row's indentation hides; it is given back.
pub(super) fn hint_pieces(row: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = row.chars().collect();
    let Some(first) = chars.iter().position(|c| !c.is_whitespace()) else {
        return Vec::new();
    };
    let mut tokens: Vec<(usize, String)> = Vec::new();
    for (index, c) in chars.iter().enumerate() {
        match (c.is_whitespace(), tokens.last_mut()) {
            (true, _) => {}
            (false, Some((start, token))) if *start + token.chars().count() == index => {
                token.push(*c);
            }
            (false, _) => tokens.push((index, c.to_string())),
        }
    }
    let is_mark = |token: &str| {
        token.chars().all(|c| c == '-')
            || (token.chars().count() == 1 && !token.chars().all(char::is_alphanumeric))
    };
    if tokens.len() > 1 && tokens.iter().all(|(_, token)| is_mark(token)) {
        return tokens;
    }
    let text: String = chars[first..].iter().collect();
    match text.starts_with("= ") && first > 0 {
        true => vec![(first - 1, format!(" {text}"))],
        false => vec![(first, text)],
    }
}

/// Whether the message quotes `token` (`did you mean ‘->’?`, `use '=='`).
fn quotes(message: &str, token: &str) -> bool {
    !token.is_empty()
        && (message.contains(&format!("‘{token}’")) || message.contains(&format!("'{token}'")))
}

/// Whether `token` is what an `expected ‘;’ before …` / `missing ',' between …` message asks for.
fn names_missing_token(message: &str, token: &str) -> bool {
    let Some(clause) = MISSING_TOKEN_CLAUSE
        .captures(message)
        .and_then(|captures| captures.name("clause"))
    else {
        return false;
    };
    QUOTED
        .captures_iter(clause.as_str())
        .any(|quoted| quoted.name("token").is_some_and(|t| t.as_str() == token))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{edits, parse};

    #[test]
    fn gcc_missing_token_hints_are_insertions_even_on_a_character() {
        // gcc moves the caret to the insertion point, which may hold the next token (`;`), or
        // join it with the old location's range (`^~`).
        let found = parse(
            "call.c:5:59: error: expected ‘)’ before ‘;’ token\n\
             \x20   5 |     printf(\"%d errors, %d warnings\\n\", (errors + warnings);\n\
             \x20     |           ~                                               ^\n\
             \x20     |                                                           )\n\
             comma.c:3:27: error: expected ‘)’ before numeric constant\n\
             \x20   3 | int t(void) { return sum(1 2); }\n\
             \x20     |                         ~ ^~\n\
             \x20     |                           )\n\
             more.cpp:3:15: error: expected ‘;’ at end of member declaration\n\
             \x20   3 | class C { int x }\n\
             \x20     |               ^\n\
             \x20     |                ;\n",
        );
        assert_eq!(edits(&found[0]), [(59, 59, ")")]);
        assert_eq!(edits(&found[1]), [(27, 27, ")")]);
        assert_eq!(edits(&found[2]), [(16, 16, ";")]);
    }

    #[test]
    fn keyword_hints_are_inserted_before_the_name_with_their_space() {
        let found = parse(
            "f.c:2:1: error: unknown type name ‘point’; use ‘struct’ keyword to refer to the type\n\
             \x20   2 | point origin;\n\
             \x20     | ^~~~~\n\
             \x20     | struct \n\
             f.c:3:10: error: unknown type name ‘point’; did you mean ‘int’?\n\
             \x20   3 | int area(point p) { return p.x * p.y; }\n\
             \x20     |          ^~~~~\n\
             \x20     |          int\n\
             f.c:4:17: error: unknown type name ‘point’; use ‘struct’ keyword to refer to the type\n\
             \x20   4 | int use(void) { point q; q.x = 1; return q.x; }\n\
             \x20     |                 ^~~~~\n\
             \x20     |                 struct\n",
        );
        assert_eq!(edits(&found[0]), [(1, 1, "struct ")]);
        // A rename of the underlined name stays a replacement.
        assert_eq!(edits(&found[1]), [(10, 15, "int")]);
        // Trailing spaces lost on the way (a CI log, a copy): still an insertion, space included.
        assert_eq!(edits(&found[2]), [(17, 17, "struct ")]);
        let clang = parse(
            "f.c:2:1: error: must use 'struct' tag to refer to type 'point'\n\
             point origin;\n\
             ^\n\
             struct \n\
             1 error generated.\n",
        );
        assert_eq!(edits(&clang[0]), [(1, 1, "struct ")]);
    }

    #[test]
    fn hint_on_a_lone_caret_replaces_only_what_the_message_quotes() {
        let found = parse(
            "r.c:10:16: error: ‘pp’ is a pointer; did you mean to use ‘->’?\n\
             \x20  10 |     total += pp.x;\n\
             \x20     |                ^\n\
             \x20     |                ->\n",
        );
        assert_eq!(edits(&found[0]), [(16, 17, "->")]);
        let clang = parse(
            "m.c:4:11: warning: using the result of an assignment as a condition without parentheses [-Wparentheses]\n\
             \x20   if (a = b) return 2;\n\
             \x20       ~~^~~\n\
             m.c:4:11: note: use '==' to turn this assignment into an equality comparison\n\
             \x20   if (a = b) return 2;\n\
             \x20         ^\n\
             \x20         ==\n\
             m.c:17:9: warning: address of function 'fn' will always evaluate to 'true' [-Wpointer-bool-conversion]\n\
             \x20   if (fn) return 3;\n\
             \x20   ~~  ^~\n\
             m.c:17:9: note: prefix with the address-of operator to silence this warning\n\
             \x20   if (fn) return 3;\n\
             \x20       ^\n\
             \x20       &\n",
        );
        assert_eq!(edits(&clang[0]), [(11, 12, "==")]);
        assert_eq!(edits(&clang[1]), [(9, 9, "&")]);
    }

    #[test]
    fn separate_marks_on_one_row_are_separate_hints() {
        let gcc = parse(
            "m.c:3:9: note: add parentheses around left hand side expression to silence this warning\n\
             \x20   3 |     if (!a == b) return 1;\n\
             \x20     |         ^~\n\
             \x20     |         ( )\n",
        );
        assert_eq!(edits(&gcc[0]), [(9, 9, "("), (11, 11, ")")]);
        let clang = parse(
            "x.c:18:27: note: use array indexing to silence this warning\n\
             \x20   const char *t = \"abc\" + a;\n\
             \x20                         ^\n\
             \x20                   &     [  ]\n",
        );
        assert_eq!(
            edits(&clang[0]),
            [(21, 21, "&"), (27, 28, "["), (30, 30, "]")]
        );
    }

    #[test]
    fn clang_hints_keep_their_spaces_and_position() {
        let found = parse(
            "init.c:3:33: warning: variable 'total' is uninitialized when used here [-Wuninitialized]\n\
             \x20   for (int i = 0; i < n; i++) total += i;\n\
             \x20                               ^~~~~\n\
             init.c:2:14: note: initialize the variable 'total' to silence this warning\n\
             \x20   int total;\n\
             \x20            ^\n\
             \x20             = 0\n\
             clangx.c:2:11: error: missing ',' between enumerators\n\
             enum e { A B };\n\
             \x20         ^\n\
             \x20         , \n",
        );
        assert_eq!(edits(&found[0]), [(14, 14, " = 0")]);
        assert_eq!(edits(&found[1]), [(11, 11, ", ")]);
    }

    #[test]
    fn clang_rows_that_cannot_be_hints_are_left_alone() {
        let found = parse(
            "f.c:1:1: error: unknown type name 'widget'\n\
             widget w;\n\
             ^\n\
             Error: the build failed\n",
        );
        assert!(found[0].suggestions.is_empty());
        let beyond_the_line = parse(
            "f.c:1:3: error: expected ';' after expression\n\
             \x20 x\n\
             \x20 ^\n\
             \x20                    some indented output\n",
        );
        assert!(beyond_the_line[0].suggestions.is_empty());
    }

    #[test]
    fn clang_hint_under_a_tilde_range_replaces_it() {
        let found = parse(
            "format.c:5:20: warning: format specifies type 'int' but the argument has type 'double' [-Wformat]\n\
             \x20   printf(\"%d\\n\", d);\n\
             \x20           ~~     ^\n\
             \x20           %f\n\
             rename.c:11:15: error: member reference type 'struct point' is not a pointer; did you mean to use '.'?\n\
             \x20   total += p->y;\n\
             \x20            ~^~\n\
             \x20             .\n",
        );
        assert_eq!(edits(&found[0]), [(13, 15, "%f")]);
        assert_eq!(edits(&found[1]), [(15, 17, ".")]);
    }
}
