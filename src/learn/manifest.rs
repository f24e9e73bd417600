//! A lesson whose fix is in the project's manifest: the error's own file did not change, but the
//! manifest next to it (or above it) gained a few lines in one place — a dependency under
//! `[dependencies]`, a `require`/`replace` at the end of `go.mod`. The pattern adds the same
//! lines to the manifest found by walking up from the error's file, after the same line (or at
//! the end), unless they are there; a value of the message the lines use (the crate, the module
//! path) becomes a capture, so the lesson holds for other names too.

use std::path::{Path, PathBuf};

use super::hunks::hunks;
use super::lesson::{
    escape_literal_regex, learned_id, link, message_regex, message_values, parts_text,
    template_regex, template_text, NotLearned, LEARNED_PRIOR,
};
use crate::fix::FileSource;
use crate::occurrence::{Language, Occurrence};
use crate::pattern::{Anchor, Category, EditTemplate, FixTemplate, PatternSpec};

/// At most this many lines added to a manifest are one fix.
const MAX_ADDED_LINES: usize = 6;

/// The manifests of a language's projects, by file name.
pub fn manifest_names(language: Language) -> &'static [&'static str] {
    match language {
        Language::Rust => &["Cargo.toml"],
        Language::Go => &["go.mod"],
        Language::JavaScript => &["package.json"],
        Language::Python => &["pyproject.toml", "requirements.txt"],
        Language::Java => &["pom.xml", "build.gradle"],
        Language::C | Language::Unknown => &[],
    }
}

/// The manifests in the nearest directory, from `file`'s own upwards, that has any.
pub fn manifests_of(file: &Path, language: Language, files: &dyn FileSource) -> Vec<PathBuf> {
    let names = manifest_names(language);
    let mut directory = file.parent();
    while let Some(dir) = directory {
        let found: Vec<PathBuf> = names
            .iter()
            .map(|name| dir.join(name))
            .filter(|path| files.read(path).is_some())
            .collect();
        if !found.is_empty() {
            return found;
        }
        directory = dir.parent();
    }
    Vec::new()
}

/// The pattern that adds to the manifest named `name` what the person added (`old` → `new`).
pub fn manifest_lesson(
    occurrence: &Occurrence,
    name: &str,
    old: &str,
    new: &str,
) -> Result<PatternSpec, NotLearned> {
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let found = hunks(&old_lines, &new_lines)
        .ok_or_else(|| NotLearned(format!("the change to {name} is too large to be one fix")))?;
    let [hunk] = found.as_slice() else {
        return Err(NotLearned(format!(
            "{name} changed in {} places; a lesson is one change",
            found.len()
        )));
    };
    if !hunk.old.is_empty() || hunk.new.len() > MAX_ADDED_LINES {
        return Err(NotLearned(format!(
            "the change to {name} is not a few added lines"
        )));
    }
    let added = hunk.new.concat();
    let added = added.trim_matches('\n').trim_end();
    let Some(first) = added.lines().find(|line| !line.trim().is_empty()) else {
        return Err(NotLearned(format!("only blank lines were added to {name}")));
    };
    let values = message_values(&occurrence.message);
    let (parts, used) = link(added, &values, added);
    // Lines that name nothing the error names are some other change to the manifest.
    if used.is_empty() {
        return Err(NotLearned(format!(
            "the lines added to {name} name nothing the error names"
        )));
    }
    let (first_parts, _) = link(first.trim(), &values, added);
    let at_the_end = hunk.old_start == old_lines.len();
    let (at, after) = match at_the_end {
        true => (Anchor::FileEnd, None),
        false => {
            let before = old_lines
                .get(hunk.old_start.wrapping_sub(1))
                .map(|line| line.trim())
                .filter(|line| !line.is_empty())
                .ok_or_else(|| NotLearned(format!("no line of {name} says where the lines go")))?;
            (
                Anchor::After,
                Some(format!("^\\s*{}\\s*$", escape_literal_regex(before))),
            )
        }
    };
    // Going at the end after a blank line, as the person wrote it.
    let blank_first = at_the_end && hunk.new.first().is_some_and(|l| l.trim().is_empty());
    let insert = format!(
        "{}{}",
        if blank_first { "\n" } else { "" },
        parts_text(&parts)
    );
    let generalised: Vec<_> = values.iter().filter(|v| used.contains(&v.name)).collect();
    let title = format!("add `{}` to {name}", first.trim());
    let mut spec = PatternSpec {
        id: String::new(),
        language: occurrence.tool.language(),
        tools: Vec::new(),
        codes: occurrence.code.iter().cloned().collect(),
        message: message_regex(&occurrence.message, &values, &generalised),
        note: None,
        category: Category::Other,
        severity: occurrence.severity,
        title: format!(
            "Learned: {}",
            template_text(occurrence.message.lines().next().unwrap_or_default())
        ),
        explanation: format!(
            "selfheal learned this fix from a change a person made to {name} after this error, \
             which then went away: {title}. It is tried like any other fix, verified by running \
             the command again, and loses confidence when it does not work. Remove it with \
             `selfheal patterns forget ID`."
        )
        .replace('{', "{{")
        .replace('}', "}}"),
        docs: None,
        fixes: vec![FixTemplate {
            title: template_text(&format!("{}{}", title[..1].to_uppercase(), &title[1..])),
            confidence: LEARNED_PRIOR,
            edits: vec![EditTemplate {
                at,
                file: Some(name.to_string()),
                find: None,
                replace: None,
                insert: Some(insert),
                after,
                unless: Some(format!("(?m)^\\s*{}\\s*$", template_regex(&first_parts))),
            }],
            command: None,
            suggestion: false,
            generator: None,
        }],
    };
    if added.contains("<redacted:") {
        return Err(NotLearned(format!(
            "the change to {name} touches a secret; it is not learned"
        )));
    }
    spec.id = learned_id(&spec);
    Ok(spec)
}

#[cfg(test)]
mod tests {
    use super::manifest_lesson;
    use crate::occurrence::{Occurrence, Severity, Tool};
    use crate::pattern::Anchor;

    fn error(tool: Tool, message: &str) -> Occurrence {
        let mut occurrence = Occurrence::new(tool, Severity::Error, message);
        occurrence.file = Some("/p/src/main.rs".into());
        occurrence.line = Some(1);
        occurrence
    }

    #[test]
    fn lines_added_under_a_section_are_added_after_it_for_any_name_the_message_gives() {
        let old = "[package]\nname = \"a\"\n\n[dependencies]\nserde = \"1\"\n";
        let new = old.replace(
            "[dependencies]\n",
            "[dependencies]\nfixedpoint = { path = \"vendor/fixedpoint\" }\n",
        );
        let occurrence = error(Tool::Rustc, "unresolved import `fixedpoint`");
        let spec = manifest_lesson(&occurrence, "Cargo.toml", old, &new).unwrap();
        assert_eq!(spec.message, "^unresolved import `(?P<v1>[^`]+)`$");
        let edit = &spec.fixes[0].edits[0];
        assert_eq!(edit.file.as_deref(), Some("Cargo.toml"));
        assert_eq!(edit.at, Anchor::After);
        assert_eq!(edit.after.as_deref(), Some(r"^\s*\[dependencies\]\s*$"));
        assert_eq!(
            edit.insert.as_deref(),
            Some("{v1} = {{ path = \"vendor/{v1}\" }}")
        );
    }

    #[test]
    fn lines_added_at_the_end_go_at_the_end_after_a_blank_line() {
        let old = "module example.org/app\n\ngo 1.19\n";
        let new = format!("{old}\nrequire example.org/units v0.0.0\n");
        let occurrence = error(
            Tool::Go,
            "no required module provides package example.org/units; to add it:",
        );
        let spec = manifest_lesson(&occurrence, "go.mod", old, &new).unwrap();
        let edit = &spec.fixes[0].edits[0];
        assert_eq!(edit.at, Anchor::FileEnd);
        assert!(
            edit.insert.as_deref().unwrap().starts_with("\nrequire {v"),
            "{edit:?}"
        );
        let message = regex::Regex::new(&spec.message).unwrap();
        assert!(
            message.is_match("no required module provides package example.com/x/y-z; to add it:")
        );
    }

    #[test]
    fn lines_that_name_nothing_of_the_error_are_no_lesson() {
        let occurrence = error(Tool::Rustc, "unresolved import `fixedpoint`");
        let old = "[dependencies]\nserde = \"1\"\n";
        let new = "[dependencies]\nserde = \"1\"\nrand = \"0.8\"\n";
        assert!(manifest_lesson(&occurrence, "Cargo.toml", old, new).is_err());
    }

    #[test]
    fn a_changed_line_or_two_places_are_no_lesson() {
        let occurrence = error(Tool::Rustc, "unresolved import `a`");
        let old = "[dependencies]\nserde = \"1\"\n\n[dev-dependencies]\n";
        for new in [
            "[dependencies]\nserde = \"2\"\n\n[dev-dependencies]\n".to_string(),
            "[dependencies]\na = \"1\"\nserde = \"1\"\n\n[dev-dependencies]\nb = \"1\"\n"
                .to_string(),
        ] {
            assert!(
                manifest_lesson(&occurrence, "Cargo.toml", old, &new).is_err(),
                "{new}"
            );
        }
    }
}
