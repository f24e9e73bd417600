//! Finds the pattern that matches an occurrence, in microseconds with thousands of patterns.
//!
//! Patterns are indexed by language and error code, so an occurrence is only tried against the
//! patterns of its code plus the code-less ones of its language. A literal prefilter narrows that
//! further: every match of most message regexes must begin with one of a few literal strings
//! (`cannot find type`, `name '`); one Aho-Corasick pass over the message finds which of those
//! occur, and only the patterns whose literal occurred (plus the few without a usable literal) run
//! their regex.

use std::collections::HashMap;
use std::sync::Mutex;

use aho_corasick::AhoCorasick;

use super::{check_unique_ids, load_user_patterns, Pattern, PatternError};
use crate::occurrence::{Language, Occurrence};

/// A loaded, indexed set of patterns.
#[derive(Debug, Default)]
pub struct PatternSet {
    patterns: Vec<Pattern>,
    by_code: HashMap<Language, HashMap<String, Vec<usize>>>,
    without_code: HashMap<Language, Vec<usize>>,
    prefilter: Prefilter,
    /// Some pattern has a note regex, so a match depends on the occurrence's notes too.
    has_note_regexes: bool,
    /// The learned patterns (`crate::learn`), by index.
    learned: Vec<usize>,
    /// Answers of `match_occurrence` by what they depend on (see `MatchKey`): build logs repeat
    /// the same message thousands of times, and running the regexes again gives the same answer.
    answers: Mutex<HashMap<String, Option<Answer>>>,
}

/// A pattern's index in the set and the values of its named captures.
type Answer = (usize, Vec<(String, String)>);

/// At most this many remembered answers; the memo starts afresh when full.
const MAX_REMEMBERED_ANSWERS: usize = 4096;

/// The literal prefilter over all patterns' message regexes.
#[derive(Debug, Default)]
struct Prefilter {
    /// Over every required literal; pattern ids of each literal in `owners`.
    searcher: Option<AhoCorasick>,
    owners: Vec<Vec<usize>>,
    /// Patterns whose regex has no usable literal, as a bitset: always tried.
    always: Vec<u64>,
}

impl Prefilter {
    fn build(patterns: &[Pattern]) -> Self {
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        let mut position: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut always = vec![0u64; patterns.len().div_ceil(64)];
        for (index, pattern) in patterns.iter().enumerate() {
            match required_literal(pattern.message.as_str()) {
                Some(literal) => {
                    let literal = literal.into_bytes();
                    {
                        let slot = *position.entry(literal.clone()).or_insert_with(|| {
                            literals.push(literal);
                            owners.push(Vec::new());
                            owners.len() - 1
                        });
                        owners[slot].push(index);
                    }
                }
                None => always[index / 64] |= 1 << (index % 64),
            }
        }
        let searcher = match literals.is_empty() {
            true => None,
            false => AhoCorasick::new(&literals).ok(),
        };
        // Without a searcher every pattern must be tried.
        if searcher.is_none() {
            always.iter_mut().for_each(|word| *word = u64::MAX);
        }
        Prefilter {
            searcher,
            owners,
            always,
        }
    }

    /// Which patterns may match `message`, as a bitset.
    fn candidates(&self, message: &str) -> Candidates {
        let mut bits = self.always.clone();
        if let Some(searcher) = &self.searcher {
            for found in searcher.find_overlapping_iter(message) {
                for &index in &self.owners[found.pattern().as_usize()] {
                    bits[index / 64] |= 1 << (index % 64);
                }
            }
        }
        Candidates(bits)
    }
}

struct Candidates(Vec<u64>);

impl Candidates {
    fn contains(&self, index: usize) -> bool {
        self.0[index / 64] & (1 << (index % 64)) != 0
    }
}

/// The longest run of literal text that every match of `regex` contains (outside any group,
/// when there is no top-level alternation), if it is long enough to be a useful filter. A plain
/// scan of the source: parsing the regex properly would cost start-up more than it saves.
fn required_literal(regex: &str) -> Option<String> {
    if regex.contains("(?i") || regex.contains("(?x") || has_top_level_alternation(regex) {
        return None;
    }
    let chars: Vec<char> = regex.chars().collect();
    let mut best = String::new();
    let mut run = String::new();
    let mut depth = 0usize;
    let mut index = 0;
    let end_run = |run: &mut String, best: &mut String| {
        if run.chars().count() > best.chars().count() {
            *best = run.clone();
        }
        run.clear();
    };
    while index < chars.len() {
        let c = chars[index];
        match c {
            '\\' => {
                match chars.get(index + 1) {
                    Some(&escaped) if depth == 0 && !escaped.is_alphanumeric() => run.push(escaped),
                    _ => end_run(&mut run, &mut best),
                }
                index += escape_length(&chars[index..]);
                continue;
            }
            '[' => {
                end_run(&mut run, &mut best);
                index += 1;
                if chars.get(index) == Some(&'^') {
                    index += 1;
                }
                if chars.get(index) == Some(&']') {
                    index += 1;
                }
                while index < chars.len() && chars[index] != ']' {
                    index += if chars[index] == '\\' { 2 } else { 1 };
                }
            }
            '(' => {
                end_run(&mut run, &mut best);
                depth += 1;
            }
            ')' => {
                end_run(&mut run, &mut best);
                depth = depth.saturating_sub(1);
            }
            '*' | '?' => {
                // The character before is optional.
                run.pop();
                end_run(&mut run, &mut best);
            }
            '{' => {
                let close = chars[index..]
                    .iter()
                    .position(|&c| c == '}')
                    .map_or(chars.len(), |p| index + p);
                let minimum: String = chars[index + 1..close]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .collect();
                if minimum == "0" {
                    run.pop();
                }
                end_run(&mut run, &mut best);
                index = close;
            }
            '+' | '.' | '^' | '$' | '|' => end_run(&mut run, &mut best),
            _ if depth == 0 => run.push(c),
            _ => end_run(&mut run, &mut best),
        }
        index += 1;
    }
    end_run(&mut run, &mut best);
    (best.len() >= 3).then_some(best)
}

/// How many characters the escape at the start of `chars` spans: `\x27`, `\x{1F600}`,
/// `\u{…}`, `\p{Greek}`, `\pL`, `\d`, `\.` …
fn escape_length(chars: &[char]) -> usize {
    let braced = |from: usize| {
        chars[from..]
            .iter()
            .position(|&c| c == '}')
            .map_or(chars.len(), |p| from + p + 1)
    };
    match chars.get(1) {
        Some('x' | 'u' | 'U' | 'p' | 'P') if chars.get(2) == Some(&'{') => braced(2),
        Some('x') => 4,
        Some('u') => 6,
        Some('U') => 10,
        Some('p' | 'P') => 3,
        _ => 2,
    }
    .min(chars.len())
}

/// Whether `regex` has a `|` outside every group and class.
fn has_top_level_alternation(regex: &str) -> bool {
    let mut depth = 0usize;
    let mut in_class = false;
    let mut chars = regex.chars();
    while let Some(c) = chars.next() {
        match (c, in_class) {
            ('\\', _) => {
                chars.next();
            }
            ('[', false) => in_class = true,
            (']', true) => in_class = false,
            ('(', false) => depth += 1,
            (')', false) => depth = depth.saturating_sub(1),
            ('|', false) if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::required_literal;

    #[test]
    fn required_literals() {
        let cases = [
            (
                "cannot find type `(?P<name>HashMap|HashSet)` in this scope",
                Some("cannot find type `"),
            ),
            (
                "^name '(?P<module>json|os)' is not defined",
                Some("' is not defined"),
            ),
            (r"expected `;`, found `\}`", Some("expected `;`, found `}`")),
            ("a|b long literal", None),
            ("(?i)cannot find", None),
            (
                r"Cannot find module '(?P<m>[^']+)'\.?",
                Some("Cannot find module '"),
            ),
            ("colou?r is wrong", Some("r is wrong")),
            (r"\d+ arguments? expected", Some(" argument")),
            ("ab", None),
            (
                r"^`(?P<ty>[^`]+)` doesn\x27t implement `(?:std::fmt::)?Display`",
                Some("t implement `"),
            ),
            (r"\p{Greek}+ letters\u{1F600}xy", Some(" letters")),
        ];
        for (regex, expected) in cases {
            assert_eq!(required_literal(regex).as_deref(), expected, "{regex}");
        }
    }
}

/// A pattern that matched, with the values of its named captures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternMatch<'a> {
    pub pattern: &'a Pattern,
    pub captures: Vec<(String, String)>,
}

impl PatternMatch<'_> {
    pub fn capture(&self, name: &str) -> Option<&str> {
        self.captures
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        self.spec.id == other.spec.id
    }
}

impl Eq for Pattern {}

impl PatternSet {
    /// The built-in library. Its validity is a test, so problems here are only logged.
    pub fn builtin() -> Self {
        let mut all = Vec::new();
        for (name, text) in super::builtin_sources() {
            let (patterns, errors) = super::load_trusted_patterns(&format!("builtin:{name}"), text);
            for error in errors {
                tracing::error!("{error}");
            }
            all.extend(patterns);
        }
        PatternSet::new(all).0
    }

    /// The user's and team's pattern files from the data directory (`selfheal patterns import`),
    /// then the built-in library: yours come first, so a team's pattern for an error wins over
    /// the general one. Problems in those files are returned, not fatal.
    pub fn load_all() -> (Self, Vec<PatternError>) {
        let mut all = Vec::new();
        let mut errors = Vec::new();
        let mut files: Vec<_> = crate::home::user_patterns_dir()
            .and_then(|dir| std::fs::read_dir(dir).ok())
            .into_iter()
            .flatten()
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        // Learned patterns come after the built-in library: a lesson about one error must not
        // hide the general pattern of its kind (its fixes are candidates all the same, see
        // `learned_matches`).
        let learned_file = crate::home::user_patterns_dir()
            .map(|dir| dir.join(crate::learn::library::LEARNED_FILE));
        let (learned, files): (Vec<_>, Vec<_>) = files
            .into_iter()
            .partition(|path| Some(path) == learned_file.as_ref());
        let load_file =
            |path: std::path::PathBuf, all: &mut Vec<Pattern>, errors: &mut Vec<PatternError>| {
                match std::fs::read_to_string(&path) {
                    Ok(text) => {
                        let (patterns, problems) =
                            load_user_patterns(&path.display().to_string(), &text);
                        all.extend(patterns);
                        errors.extend(problems);
                    }
                    Err(error) => errors.push(PatternError {
                        origin: path.display().to_string(),
                        pattern_id: None,
                        problem: format!("cannot read: {error}"),
                    }),
                }
            };
        for path in files {
            load_file(path, &mut all, &mut errors);
        }
        let builtin = match crate::home::builtin_enabled() {
            true => super::builtin_sources(),
            false => &[],
        };
        for (name, text) in builtin {
            let (patterns, problems) =
                super::load_trusted_patterns(&format!("builtin:{name}"), text);
            all.extend(patterns);
            errors.extend(problems);
        }
        for path in learned {
            load_file(path, &mut all, &mut errors);
        }
        let (set, mut duplicates) = PatternSet::new(all);
        errors.append(&mut duplicates);
        (set, errors)
    }

    /// Indexes `patterns`; a pattern whose id is already taken is dropped and reported.
    pub fn new(patterns: Vec<Pattern>) -> (Self, Vec<PatternError>) {
        let errors = check_unique_ids(&patterns);
        let mut set = PatternSet::default();
        let mut seen = std::collections::HashSet::new();
        for pattern in patterns {
            if !seen.insert(pattern.spec.id.clone()) {
                continue;
            }
            let index = set.patterns.len();
            let language = pattern.spec.language;
            match pattern.spec.codes.is_empty() {
                true => set.without_code.entry(language).or_default().push(index),
                false => {
                    for code in &pattern.spec.codes {
                        set.by_code
                            .entry(language)
                            .or_default()
                            .entry(code.clone())
                            .or_default()
                            .push(index);
                    }
                }
            }
            set.patterns.push(pattern);
        }
        set.prefilter = Prefilter::build(&set.patterns);
        set.has_note_regexes = set.patterns.iter().any(|pattern| pattern.note.is_some());
        set.learned = (0..set.patterns.len())
            .filter(|&index| crate::learn::library::is_learned_id(&set.patterns[index].spec.id))
            .collect();
        (set, errors)
    }

    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    pub fn get(&self, id: &str) -> Option<&Pattern> {
        self.patterns.iter().find(|p| p.spec.id == id)
    }

    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Every learned pattern that matches `occurrence`, in load order: a person's lessons are
    /// candidates beside the pattern that explains the error, whichever that is.
    pub fn learned_matches(&self, occurrence: &Occurrence) -> Vec<PatternMatch<'_>> {
        self.learned
            .iter()
            .filter_map(|&index| self.try_pattern(&self.patterns[index], occurrence))
            .collect()
    }

    /// The first pattern (patterns with the occurrence's code first, then code-less ones, each in
    /// load order) whose tools, message regex and note regex all agree.
    pub fn match_occurrence(&self, occurrence: &Occurrence) -> Option<PatternMatch<'_>> {
        let key = self.match_key(occurrence);
        let remembered = match self.answers.lock() {
            Ok(answers) => answers.get(&key).cloned(),
            Err(_) => None,
        };
        let found = match remembered {
            Some(answer) => answer,
            None => {
                let found = self.find_match(occurrence);
                if let Ok(mut answers) = self.answers.lock() {
                    if answers.len() >= MAX_REMEMBERED_ANSWERS {
                        answers.clear();
                    }
                    answers.insert(key, found.clone());
                }
                found
            }
        };
        found.map(|(index, captures)| PatternMatch {
            pattern: &self.patterns[index],
            captures,
        })
    }

    /// Everything a match depends on: the tool (and so the language), the code, the message and,
    /// when some pattern has a note regex, the notes' messages — each part after its length, so
    /// that no two occurrences share a key whatever bytes their texts hold.
    fn match_key(&self, occurrence: &Occurrence) -> String {
        use std::fmt::Write;
        let mut key = String::with_capacity(occurrence.message.len() + 32);
        key.push_str(occurrence.tool.as_str());
        match &occurrence.code {
            Some(code) => {
                let _ = write!(key, " {}:{code}", code.len());
            }
            None => key.push_str(" -"),
        }
        let _ = write!(key, " {}:{}", occurrence.message.len(), occurrence.message);
        if self.has_note_regexes {
            for note in &occurrence.notes {
                let _ = write!(key, " {}:{}", note.message.len(), note.message);
            }
        }
        key
    }

    /// The index and captures of the first pattern that matches (see `match_occurrence`).
    fn find_match(&self, occurrence: &Occurrence) -> Option<Answer> {
        let language = occurrence.tool.language();
        let coded = occurrence
            .code
            .as_deref()
            .and_then(|code| self.by_code.get(&language)?.get(code))
            .map(Vec::as_slice)
            .unwrap_or_default();
        let uncoded = self
            .without_code
            .get(&language)
            .map(Vec::as_slice)
            .unwrap_or_default();
        if coded.is_empty() && uncoded.is_empty() {
            return None;
        }
        let candidate = self.prefilter.candidates(&occurrence.message);
        coded
            .iter()
            .chain(uncoded)
            .filter(|&&index| candidate.contains(index))
            .find_map(|&index| {
                self.try_pattern(&self.patterns[index], occurrence)
                    .map(|found| (index, found.captures))
            })
    }

    /// Every pattern, of any language and code, whose message regex matches `message` and that
    /// has a literal the message contains — for error text pasted without its tool or code
    /// (`selfheal explain "…"`). Patterns without a literal (catch-alls of a code) are left out:
    /// matching anything, they would say nothing about this text.
    pub fn match_text(&self, message: &str) -> Vec<PatternMatch<'_>> {
        let Some(searcher) = &self.prefilter.searcher else {
            return Vec::new();
        };
        let mut indices: Vec<usize> = searcher
            .find_overlapping_iter(message)
            .flat_map(|found| {
                self.prefilter.owners[found.pattern().as_usize()]
                    .iter()
                    .copied()
            })
            .collect();
        indices.sort_unstable();
        indices.dedup();
        indices
            .into_iter()
            .filter_map(|index| {
                let pattern = &self.patterns[index];
                let captures = pattern.message.get().captures(message)?;
                Some(PatternMatch { pattern, captures })
            })
            .collect()
    }

    /// `match_occurrence` without the literal prefilter: every pattern of the language and code
    /// is tried. For tests that check the prefilter never changes an answer.
    #[doc(hidden)]
    pub fn match_occurrence_without_prefilter(
        &self,
        occurrence: &Occurrence,
    ) -> Option<PatternMatch<'_>> {
        let language = occurrence.tool.language();
        let coded = occurrence
            .code
            .as_deref()
            .and_then(|code| self.by_code.get(&language)?.get(code))
            .map(Vec::as_slice)
            .unwrap_or_default();
        let uncoded = self
            .without_code
            .get(&language)
            .map(Vec::as_slice)
            .unwrap_or_default();
        coded
            .iter()
            .chain(uncoded)
            .find_map(|&index| self.try_pattern(&self.patterns[index], occurrence))
    }

    fn try_pattern<'a>(
        &'a self,
        pattern: &'a Pattern,
        occurrence: &Occurrence,
    ) -> Option<PatternMatch<'a>> {
        if !pattern.spec.tools.is_empty() && !pattern.spec.tools.contains(&occurrence.tool) {
            return None;
        }
        let message_regex = pattern.message.get();
        if !message_regex.is_match(&occurrence.message) {
            return None;
        }
        let mut captures = message_regex.captures(&occurrence.message)?;
        if let Some(note_regex) = pattern.note.as_ref().map(|n| n.get()) {
            let note = occurrence
                .notes
                .iter()
                .find_map(|note| note_regex.captures(&note.message))?;
            captures.extend(note);
        }
        Some(PatternMatch { pattern, captures })
    }
}
