//! A name renamed at each of its uses in one file (a function's callers, an import and its
//! uses): learned as that rename wherever the file uses the old name (`every-match`), when every
//! place the change touched is that rename and every use of the old name was renamed. The lesson
//! is first made from the one place nearest the error, as any lesson is, then widened.

use super::lesson::{changed_span, escape_literal_regex, learned_id, lesson, template_text};
use super::NotLearned;
use crate::occurrence::Occurrence;
use crate::pattern::{Anchor, PatternSpec};

/// The lesson of a rename made at several places; `None` when the change is anything else.
pub fn everywhere(occurrence: &Occurrence, old: &str, new: &str) -> Option<PatternSpec> {
    let (start, old_end, new_end) = changed_span(old, new);
    // The first place's rename: from the first change to the end of its names.
    let from_len = old[start..]
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))?;
    let to_len = new[start..]
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))?;
    let (from, to) = (&old[start..start + from_len], &new[start..start + to_len]);
    let is_name = |s: &str| {
        s.bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
    };
    if !is_name(from) || !is_name(to) || from == to || old_end <= start || new_end <= start {
        return None;
    }
    let word = regex::Regex::new(&format!(r"\b{}\b", regex::escape(from))).ok()?;
    if word.find_iter(old).count() < 2 || word.replace_all(old, regex::NoExpand(to)) != new {
        return None;
    }
    // The one place nearest the error's line, as a lesson of its own.
    let line_of = |offset: usize| old[..offset].matches('\n').count() as u32 + 1;
    let error_line = occurrence.line?;
    let nearest = word
        .find_iter(old)
        .min_by_key(|m| line_of(m.start()).abs_diff(error_line))?;
    let partial = format!("{}{to}{}", &old[..nearest.start()], &old[nearest.end()..]);
    let mut spec = lesson(occurrence, old, &partial).ok()?;
    let [fix] = spec.fixes.as_mut_slice() else {
        return None;
    };
    let [edit] = fix.edits.as_mut_slice() else {
        return None;
    };
    edit.find.as_ref()?;
    edit.at = Anchor::EveryMatch;
    edit.find = Some(format!(r"\b{}\b", escape_literal_regex(from)));
    edit.replace = Some(template_text(to));
    fix.title = template_text(&format!(
        "Rename `{from}` to `{to}` wherever the file uses it"
    ));
    spec.id = learned_id(&spec);
    Some(spec)
}

/// Why a change of several places is not a lesson.
pub fn several_places(places: usize) -> NotLearned {
    NotLearned(format!(
        "the change has {places} separate hunks; a lesson is one change near the error, or one \
         name renamed wherever the file uses it"
    ))
}

#[cfg(test)]
mod tests {
    use super::everywhere;
    use crate::occurrence::{Occurrence, Severity, Tool};
    use crate::pattern::Anchor;

    fn error(line: u32) -> Occurrence {
        let mut occurrence = Occurrence::new(Tool::Go, Severity::Error, "undefined: loadConfig");
        occurrence.file = Some("/p/main.go".into());
        occurrence.line = Some(line);
        occurrence
    }

    #[test]
    fn a_name_renamed_at_every_use_is_learned_for_every_use() {
        let old = "func main() {\n\ta := loadConfig(\"a\")\n\tb := loadConfig(\"b\")\n\tfmt.Println(a, b)\n}\n";
        let new = old.replace("loadConfig(", "readConfig(");
        let spec = everywhere(&error(2), old, &new).unwrap();
        let edit = &spec.fixes[0].edits[0];
        assert_eq!(edit.at, Anchor::EveryMatch);
        assert_eq!(edit.find.as_deref(), Some(r"\bloadConfig\b"));
        assert_eq!(edit.replace.as_deref(), Some("readConfig"));
    }

    #[test]
    fn a_rename_of_some_uses_only_or_with_other_changes_is_not() {
        let old = "a := loadConfig(\"a\")\nb := loadConfig(\"b\")\nc := loadConfig(\"c\")\n";
        let some = old.replacen("loadConfig(", "readConfig(", 2);
        assert!(everywhere(&error(1), old, &some).is_none());
        let more = old
            .replace("loadConfig(", "readConfig(")
            .replace("\"c\"", "\"d\"");
        assert!(everywhere(&error(1), old, &more).is_none());
    }
}
