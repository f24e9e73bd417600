//! gcc or clang? The two print the same headline format, so each record is judged by marks: its own
//! strong marks, else strong marks seen earlier in the same stretch of compiler output, else its
//! own weak marks, else earlier weak marks, else gcc. Marks that only gcc prints: ‘typographic
//! quotes’ (in UTF-8 locales), `In function` context lines, `[-Werror=flag]`, `+++ |+` insertions,
//! `gcc:`/`cc1:`/`collect2:` lines. Marks that only clang prints:
//! `[-Werror,-Wflag]`, `clang:` lines, `N errors generated.`, one `In file included from` line per
//! include level. Weaker marks, used when none of those is present: a line-number gutter in the
//! excerpt suggests gcc (clang 14 prints none; clang ≥ 17 does), a bare caret line suggests clang
//! (gcc < 9 prints those too). Linker errors are held back until the driver's closing line
//! (`collect2:` or `clang:`) says which compiler ran the link.

use super::GccParser;
use crate::occurrence::Tool;

/// Which compiler printed a record, as far as its own lines tell.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Evidence {
    pub(super) gcc_strong: bool,
    pub(super) clang_strong: bool,
    pub(super) gcc_weak: bool,
    pub(super) clang_weak: bool,
}

impl Evidence {
    /// The compiler these marks point to, and whether a strong mark says so.
    fn verdict(self) -> Option<(Tool, bool)> {
        match (
            self.gcc_strong,
            self.clang_strong,
            self.gcc_weak,
            self.clang_weak,
        ) {
            (true, _, _, _) => Some((Tool::Gcc, true)),
            (false, true, _, _) => Some((Tool::Clang, true)),
            (false, false, true, _) => Some((Tool::Gcc, false)),
            (false, false, false, true) => Some((Tool::Clang, false)),
            (false, false, false, false) => None,
        }
    }
}

impl GccParser {
    pub(super) fn mark_current(&mut self, mark: impl FnOnce(&mut Evidence)) {
        if let Some(record) = self.current.as_mut() {
            mark(&mut record.evidence);
        }
    }

    /// The record's own marks first, then the marks of this stretch of output, then gcc.
    pub(super) fn decide_tool(&mut self, evidence: Evidence) -> Tool {
        let verdict = evidence.verdict();
        let (tool, strong) = match (verdict, self.dialect) {
            (Some((tool, true)), _) => (tool, true),
            (_, Some((tool, true))) => (tool, true),
            (Some((tool, false)), _) => (tool, false),
            (None, Some(dialect)) => dialect,
            (None, None) => (Tool::Gcc, false),
        };
        let dialect_is_strong = self.dialect.is_some_and(|(_, strong)| strong);
        if verdict.is_some() && (strong || !dialect_is_strong) {
            self.dialect = Some((tool, strong));
        }
        tool
    }
}
