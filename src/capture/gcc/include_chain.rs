//! `In file included from` chains: gcc's form (`In file included from a.h:1,` then `from b.c:2:`
//! continuation lines, innermost first) and clang's (one `In file included from` line per level,
//! outermost first). The chain of a header is remembered, because both compilers print it only for
//! the first diagnostic in that header.

use std::sync::LazyLock;

use regex::Regex;

use super::{GccParser, Step, MAX_CONTEXT_NOTES, MAX_REMEMBERED_INCLUDERS};
use crate::occurrence::{Note, NoteKind, Tool};

static INCLUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:In file included from| +from) (?P<file>.+?):(?P<line>\d+)(?::(?P<column>\d+))?[:,]$",
    )
    .expect("valid regex")
});

impl GccParser {
    /// The include chain for a diagnostic in `file`: the one just printed, else the one learnt
    /// from an earlier diagnostic in the same header.
    pub(super) fn take_include_chain(&mut self, file: &str) -> Vec<Note> {
        let printed = std::mem::take(&mut self.pending_includes);
        if !printed.is_empty() {
            self.remember_includers(file, &printed);
            return printed;
        }
        let mut chain: Vec<Note> = Vec::new();
        let mut included = file.to_string();
        while chain.len() < MAX_CONTEXT_NOTES {
            let Some((_, includer)) = self.includers.iter().find(|(name, _)| *name == included)
            else {
                break;
            };
            let Some(includer_file) = includer.file.clone() else {
                break;
            };
            chain.push(includer.clone());
            included = includer_file;
        }
        chain
    }

    pub(super) fn remember_includers(&mut self, file: &str, chain: &[Note]) {
        let mut included = file.to_string();
        for includer in chain {
            self.includers.retain(|(name, _)| *name != included);
            if self.includers.len() >= MAX_REMEMBERED_INCLUDERS {
                self.includers.remove(0);
            }
            self.includers.push((included.clone(), includer.clone()));
            match &includer.file {
                Some(includer_file) => included = includer_file.clone(),
                None => break,
            }
        }
    }

    /// An `In file included from` or `from` line; `None` when the line is neither.
    pub(super) fn include_line(&mut self, line: &str) -> Option<Step> {
        // The cheap necessary condition first: most lines are neither.
        if !(line.starts_with("In file included from ") || line.starts_with(" ")) {
            return None;
        }
        let captures = INCLUDE.captures(line)?;
        Some(self.push_include(line, &captures))
    }

    fn push_include(&mut self, line: &str, captures: &regex::Captures) -> Step {
        let note = Note {
            kind: NoteKind::Context,
            message: "In file included from".to_string(),
            file: Some(captures["file"].to_string()),
            line: captures["line"].parse().ok(),
            column: captures
                .name("column")
                .and_then(|m| m.as_str().parse().ok()),
        };
        let continues_gcc_chain = !line.starts_with("In file included");
        if continues_gcc_chain && self.pending_includes.is_empty() {
            return Step::NotMine;
        }
        if self.pending_includes.len() >= MAX_CONTEXT_NOTES {
            return Step::Consumed;
        }
        match continues_gcc_chain {
            // gcc: the innermost include first, each outer one on a `from` line after it.
            true => self.pending_includes.push(note),
            // clang: one line per level, outermost first.
            false if !self.pending_includes.is_empty() => {
                self.dialect = Some((Tool::Clang, true));
                self.pending_includes.insert(0, note);
            }
            false => self.pending_includes.push(note),
        }
        self.anchor = None;
        Step::Consumed
    }
}

/// A header rather than a file given to the compiler: a header extension, or none (`vector`).
pub(super) fn is_header(file: &str) -> bool {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    match name.rsplit_once('.') {
        Some((_, extension)) => matches!(
            extension,
            "h" | "hh"
                | "hpp"
                | "hxx"
                | "h++"
                | "ipp"
                | "tpp"
                | "tcc"
                | "inl"
                | "inc"
                | "def"
                | "H"
                | "HPP"
                | "cuh"
        ),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::parse;
    use crate::occurrence::Occurrence;

    #[test]
    fn include_chain_is_remembered_for_later_errors_in_the_same_header() {
        let found = parse(
            "In file included from b.h:1,\n\
             \x20                from main.c:1:\n\
             c.h:3:1: error: first\n\
             b.h:2:3: error: second\n\
             c.h:5:1: error: third\n",
        );
        let chain = |o: &Occurrence| -> Vec<String> {
            o.notes
                .iter()
                .map(|n| {
                    format!(
                        "{}:{}",
                        n.file.clone().unwrap_or_default(),
                        n.line.unwrap_or(0)
                    )
                })
                .collect()
        };
        assert_eq!(chain(&found[0]), ["b.h:1", "main.c:1"]);
        assert_eq!(chain(&found[1]), ["main.c:1"]);
        assert_eq!(chain(&found[2]), ["b.h:1", "main.c:1"]);
    }
}
