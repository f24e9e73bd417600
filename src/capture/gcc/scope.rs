//! gcc's context lines before a diagnostic: `file.c: In function ‘main’:` (or `At top level:`) and
//! the template backtrace's `required from here` steps. The function context stays in force until gcc
//! prints the next one, or until a diagnostic shows that another compile's output began (see
//! `drop_scope_of_another_compile`).

use std::sync::LazyLock;

use regex::Regex;

use super::include_chain::is_header;
use super::{GccParser, Step, MAX_CONTEXT_NOTES, MAX_NOTES};
use crate::occurrence::{Note, NoteKind, Occurrence, Tool};

static SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<file><[^>\n]+>|(?:[A-Za-z]:)?[^\s:][^:\t\n]*?): (?P<scope>In .+|At top level|At global scope):$")
        .expect("valid regex")
});

/// gcc's template backtrace: `f.cpp:16:17:   required from here`.
static INSTANTIATION_STEP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<file><[^>\n]+>|(?:[A-Za-z]:)?[^\s:][^:\t\n]*?):(?P<line>\d+)(?::(?P<column>\d+))?: {2,}(?P<message>\S.*)$")
        .expect("valid regex")
});

impl GccParser {
    /// gcc prints `In function` only when the function changes, so a scope carried over from
    /// earlier diagnostics may belong to the previous compile of a build log. A diagnostic in
    /// another source file (or in a header included from one) without a scope line of its own is
    /// from a new compile; one in a header alone may be a macro's body, still in that function.
    pub(super) fn drop_scope_of_another_compile(&mut self, file: &str) {
        if std::mem::replace(&mut self.scope_is_fresh, false) {
            return;
        }
        let Some(scope_file) = self.scope.first().and_then(|note| note.file.as_deref()) else {
            return;
        };
        let compiled_file = self
            .pending_includes
            .last()
            .and_then(|note| note.file.as_deref())
            .unwrap_or(file);
        if compiled_file != scope_file && !is_header(compiled_file) {
            self.scope.clear();
        }
    }

    /// `file.c: In function ‘main’:` (or `At top level:`); `None` when the line is not one.
    pub(super) fn scope_line(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Option<Step> {
        let captures = SCOPE.captures(line)?;
        if !self.accepts_file(&captures["file"]) {
            return None;
        }
        self.start_scope(&captures, out);
        Some(Step::Consumed)
    }

    fn start_scope(&mut self, captures: &regex::Captures, out: &mut Vec<Occurrence>) {
        self.flush_current(out);
        self.dialect = Some((Tool::Gcc, true));
        self.scope.clear();
        self.scope_is_fresh = true;
        let scope = &captures["scope"];
        if scope.starts_with("In ") {
            self.scope.push(Note {
                kind: NoteKind::Context,
                message: scope.to_string(),
                file: Some(captures["file"].to_string()),
                line: None,
                column: None,
            });
        }
    }

    /// A template backtrace step, taken only inside compiler output; `None` when the line is not
    /// one.
    pub(super) fn instantiation_step(&mut self, line: &str) -> Option<Step> {
        let captures = INSTANTIATION_STEP.captures(line)?;
        if !(self.in_progress && self.accepts_file(&captures["file"])) {
            return None;
        }
        self.push_instantiation_step(&captures);
        Some(Step::Consumed)
    }

    /// `required from here` lines precede the error in gcc 12; should one follow an error, it is
    /// that error's context.
    fn push_instantiation_step(&mut self, captures: &regex::Captures) {
        let note = Note {
            kind: NoteKind::Context,
            message: captures["message"].to_string(),
            file: Some(captures["file"].to_string()),
            line: captures["line"].parse().ok(),
            column: captures
                .name("column")
                .and_then(|m| m.as_str().parse().ok()),
        };
        match self.current.as_mut() {
            Some(record) if record.occurrence.notes.len() < MAX_NOTES => {
                record.occurrence.notes.push(note);
            }
            Some(_) => {}
            None if self.scope.len() < MAX_CONTEXT_NOTES => self.scope.push(note),
            None => {}
        }
        self.anchor = None;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::parse;

    #[test]
    fn function_context_ends_with_its_compile() {
        let found = parse(
            "main.c: In function ‘main’:\n\
             main.c:20:1: error: expected declaration or statement at end of input\n\
             \x20  20 | }\n\
             \x20     | ^\n\
             shapes.cpp:1:31: error: expected ‘;’ after struct definition\n\
             \x20   1 | struct Point { int x; int y; }\n\
             \x20     |                               ^\n",
        );
        assert_eq!(found[0].notes[0].message, "In function ‘main’");
        assert!(found[1].notes.is_empty(), "{:?}", found[1].notes);
        let header_of_another_compile = parse(
            "main.c: In function ‘main’:\n\
             main.c:20:1: error: expected declaration or statement at end of input\n\
             In file included from other.c:1:\n\
             lib.h:2:1: error: in a header of another compile\n",
        );
        let notes: Vec<&str> = header_of_another_compile[1]
            .notes
            .iter()
            .map(|n| n.message.as_str())
            .collect();
        assert_eq!(notes, ["In file included from"]);
        // An error in a macro's body is reported in the header, still inside the function.
        let macro_body = parse(
            "main.c: In function ‘main’:\n\
             foo.h:1:21: error: ‘missing_var’ undeclared (first use in this function)\n\
             main.c:4:13: note: in expansion of macro ‘USE’\n\
             main.c:5:16: error: ‘zz’ undeclared (first use in this function)\n",
        );
        assert_eq!(macro_body[0].notes[0].message, "In function ‘main’");
        assert_eq!(macro_body[1].notes[0].message, "In function ‘main’");
    }
}
