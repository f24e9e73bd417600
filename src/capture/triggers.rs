//! The parsers' trigger regexes compiled once, as one multi-pattern regex (`regex-automata`'s
//! meta regex, leftmost-first): it finds the next line any trigger matches in a buffer, and tells
//! which parsers a line triggers, in priority order, without a separate `RegexSet` (whose
//! compilation and per-line overlapping search cost as much as the scan itself).
//!
//! Every trigger starts with `^`, so on a single line (no `\n`, no `\r`) a trigger can only
//! match at its start: an anchored search of all patterns there answers with the first trigger
//! (in priority order) that matches, and an anchored search of one pattern whether that one does.

use regex_automata::meta::{self, Cache};
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID};

use super::all_parsers;

/// The compiled triggers of all parsers, built once per process (compiling them is the costly
/// part of a new `Capture`).
pub(super) struct Triggers {
    /// For each trigger, the parser it belongs to (non-decreasing: a parser's triggers are
    /// consecutive).
    owner: Vec<usize>,
    /// For each parser, the index of its last trigger.
    last_of: Vec<usize>,
    regex: meta::Regex,
}

pub(super) static TRIGGERS: std::sync::LazyLock<Triggers> =
    std::sync::LazyLock::new(Triggers::build);

impl Triggers {
    fn build() -> Triggers {
        let mut patterns = Vec::new();
        let mut owner = Vec::new();
        let parsers = all_parsers();
        let mut last_of = vec![0; parsers.len()];
        for (index, parser) in parsers.iter().enumerate() {
            for trigger in parser.triggers() {
                assert!(
                    trigger.starts_with('^'),
                    "a trigger starts with ^: {trigger}"
                );
                patterns.push(*trigger);
                owner.push(index);
                last_of[index] = owner.len() - 1;
            }
        }
        // ASCII classes where every trigger allows it: Unicode ones compile to far larger
        // automata, and the triggers only look for the ASCII shapes of tool output. Lines are
        // bytes (`^`/`$` also at `\r`, for progress bars overwritten in place).
        let build = |unicode: bool| {
            meta::Builder::new()
                .configure(
                    meta::Config::new()
                        .match_kind(MatchKind::LeftmostFirst)
                        .utf8_empty(false)
                        .which_captures(WhichCaptures::Implicit)
                        .nfa_size_limit(Some(10 * (1 << 20)))
                        .hybrid_cache_capacity(2 * (1 << 20)),
                )
                .syntax(
                    syntax::Config::new()
                        .unicode(unicode)
                        .utf8(false)
                        .multi_line(true)
                        .crlf(true),
                )
                .build_many(&patterns)
                .ok()
        };
        let regex = build(false)
            .or_else(|| build(true))
            .expect("built-in trigger regexes are valid");
        Triggers {
            owner,
            last_of,
            regex,
        }
    }

    pub(super) fn create_cache(&self) -> Cache {
        self.regex.create_cache()
    }

    /// Where the first match of any trigger in `buffer[from..]` starts.
    pub(super) fn find_from(&self, cache: &mut Cache, buffer: &[u8], from: usize) -> Option<usize> {
        let input = Input::new(buffer).range(from..);
        self.regex
            .search_with(cache, &input)
            .map(|found| found.start())
    }

    /// The first parser (in priority order) with a trigger that matches `line` (one visible line:
    /// no `\n` or `\r`).
    pub(super) fn first_parser(&self, cache: &mut Cache, line: &[u8]) -> Option<usize> {
        let input = Input::new(line).anchored(Anchored::Yes);
        let found = self.regex.search_half_with(cache, &input)?;
        Some(self.owner[found.pattern().as_usize()])
    }

    /// The next parser after `parser` with a trigger that matches `line`.
    pub(super) fn next_parser(
        &self,
        cache: &mut Cache,
        line: &[u8],
        parser: usize,
    ) -> Option<usize> {
        let first = self.last_of[parser] + 1;
        (first..self.owner.len())
            .find(|&trigger| {
                let input = Input::new(line).anchored(Anchored::Pattern(PatternID::must(trigger)));
                self.regex.search_half_with(cache, &input).is_some()
            })
            .map(|trigger| self.owner[trigger])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parsers a line triggers, in order, as a `RegexSet` of the triggers says.
    struct BySet {
        owner: Vec<usize>,
        set: regex::bytes::RegexSet,
    }

    impl BySet {
        fn new() -> BySet {
            let mut owner = Vec::new();
            let mut patterns = Vec::new();
            for (index, parser) in all_parsers().iter().enumerate() {
                for trigger in parser.triggers() {
                    patterns.push(format!("(?m){trigger}"));
                    owner.push(index);
                }
            }
            let set = regex::bytes::RegexSetBuilder::new(&patterns)
                .unicode(false)
                .build()
                .unwrap();
            BySet { owner, set }
        }

        fn parsers(&self, line: &str) -> Vec<usize> {
            let matches = self.set.matches(line.as_bytes());
            let mut found: Vec<usize> = matches.iter().map(|p| self.owner[p]).collect();
            found.dedup();
            found
        }
    }

    fn by_triggers(line: &str) -> Vec<usize> {
        let triggers = &*TRIGGERS;
        let mut cache = triggers.create_cache();
        let mut found = Vec::new();
        let mut next = triggers.first_parser(&mut cache, line.as_bytes());
        while let Some(parser) = next {
            found.push(parser);
            next = triggers.next_parser(&mut cache, line.as_bytes(), parser);
        }
        found
    }

    #[test]
    fn the_parsers_a_line_triggers_are_those_a_regex_set_finds_in_the_same_order() {
        let by_set = BySet::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut lines = 0;
        for family in std::fs::read_dir(&root).unwrap().flatten() {
            for case in std::fs::read_dir(family.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                let Ok(text) = std::fs::read_to_string(case.path().join("output.txt")) else {
                    continue;
                };
                for line in text.lines() {
                    let line = line.rsplit('\r').next().unwrap_or(line);
                    assert_eq!(by_triggers(line), by_set.parsers(line), "{line:?}");
                    lines += 1;
                }
            }
        }
        assert!(lines > 1000);
        for line in [
            "",
            "error: x",
            "warning[E1]: y",
            "a.c:1:2: error: z",
            "FAIL",
            "go: x",
        ] {
            assert_eq!(by_triggers(line), by_set.parsers(line), "{line:?}");
        }
    }
}
