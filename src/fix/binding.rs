//! A fix that renames a name where an import binds it (`import { parseConfg }` →
//! `parseConfig`, `from pathlib import Paht` → `Path`) renames the file's other uses of that
//! name too: the import is where the file's uses get the name, so renaming it alone turns the
//! uses into errors of their own.

use super::{is_import_line, line_range, FileSource, FixAction, FixPlan, TextEdit};
use crate::occurrence::Language;

fn is_name(text: &str) -> bool {
    text.bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_' || b == b'$')
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$')
}

/// Whether the name at `offset` of an import line is a name the import binds in the file, not
/// the module it comes from: `from dataclass import dataclass` binds the second `dataclass`
/// only, `use serde::Serialize` binds `Serialize`, not `serde`.
fn binds_the_name(line: &str, offset: usize, name: &str, language: Language) -> bool {
    let after = &line[(offset + name.len()).min(line.len())..];
    match language {
        Language::Python => {
            let trimmed = line.trim_start();
            let from_part = trimmed.starts_with("from ")
                && line.find(" import ").is_some_and(|import| offset < import);
            // `import a.b as c` binds `c`.
            let renamed_by_as = after
                .split(',')
                .next()
                .is_some_and(|item| item.contains(" as "));
            !from_part && !renamed_by_as
        }
        Language::Rust => !after.starts_with("::"),
        _ => true,
    }
}

/// `plan` with the renamed import's other uses renamed, when it is such a rename.
pub fn with_uses_of_renamed_import(
    mut plan: FixPlan,
    language: Language,
    files: &dyn FileSource,
) -> FixPlan {
    let FixAction::Edit(patches) = &mut plan.action else {
        return plan;
    };
    let [patch] = patches.as_mut_slice() else {
        return plan;
    };
    let [edit] = patch.edits.as_slice() else {
        return plan;
    };
    let (old, new) = (edit.expected.clone(), edit.replacement.clone());
    if !is_name(&old) || !is_name(&new) || old == new {
        return plan;
    }
    let Some(text) = files.read(&patch.path) else {
        return plan;
    };
    let line = text[..edit.start.min(text.len())].matches('\n').count() as u32 + 1;
    let binds_it = line_range(&text, line).is_some_and(|(start, end)| {
        is_import_line(&text[start..end], language)
            && binds_the_name(&text[start..end], edit.start - start, &old, language)
    });
    if !binds_it {
        return plan;
    }
    let Ok(word) = regex::Regex::new(&format!(r"\b{}\b", regex::escape(&old))) else {
        return plan;
    };
    let uses: Vec<TextEdit> = word
        .find_iter(&text)
        .filter(|m| m.start() != edit.start)
        // Not inside a string on its line (an odd count of quotes before it).
        .filter(|m| {
            let line_start = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
            let before = &text[line_start..m.start()];
            ['"', '\'']
                .iter()
                .all(|q| before.matches(*q).count() % 2 == 0)
        })
        .map(|m| TextEdit {
            start: m.start(),
            end: m.end(),
            expected: old.clone(),
            replacement: new.clone(),
        })
        .collect();
    if uses.is_empty() {
        return plan;
    }
    patch.edits.extend(uses);
    patch.edits.sort_by_key(|edit| edit.start);
    plan
}

#[cfg(test)]
mod tests {
    use super::with_uses_of_renamed_import;
    use crate::fix::{
        apply_patch_to_text, sha256_hex, FilePatch, FileSource, FixAction, FixPlan, TextEdit,
    };
    use crate::occurrence::Language;

    struct One(&'static str);

    impl FileSource for One {
        fn read(&self, _: &std::path::Path) -> Option<String> {
            Some(self.0.to_string())
        }
    }

    fn renamed(
        text: &'static str,
        language: Language,
        old: &str,
        new: &str,
        line: usize,
    ) -> String {
        let start = text
            .split_inclusive('\n')
            .take(line - 1)
            .map(str::len)
            .sum::<usize>()
            + text.lines().nth(line - 1).unwrap().find(old).unwrap();
        let plan = FixPlan {
            title: "t".into(),
            fix_key: "k".into(),
            prior: 0.5,
            action: FixAction::Edit(vec![FilePatch {
                path: "/p/f".into(),
                original_sha256: sha256_hex(text.as_bytes()),
                edits: vec![TextEdit {
                    start,
                    end: start + old.len(),
                    expected: old.into(),
                    replacement: new.into(),
                }],
            }]),
        };
        let plan = with_uses_of_renamed_import(plan, language, &One(text));
        let FixAction::Edit(patches) = &plan.action else {
            panic!("an edit")
        };
        apply_patch_to_text(text, &patches[0]).unwrap()
    }

    #[test]
    fn a_name_renamed_in_an_import_is_renamed_where_the_file_uses_it() {
        let text = "import { parseConfg } from \"./config.js\";\n\nconst cfg = parseConfg(\"{}\");\nconsole.log(\"parseConfg\", cfg);\n";
        assert_eq!(
            renamed(text, Language::JavaScript, "parseConfg", "parseConfig", 1),
            "import { parseConfig } from \"./config.js\";\n\nconst cfg = parseConfig(\"{}\");\nconsole.log(\"parseConfg\", cfg);\n"
        );
    }

    #[test]
    fn a_module_renamed_where_its_names_are_imported_leaves_the_names_alone() {
        let text = "from dataclass import dataclass, field\n\n@dataclass\nclass P:\n    x: int = field(default=0)\n";
        assert_eq!(
            renamed(text, Language::Python, "dataclass", "dataclasses", 1),
            "from dataclasses import dataclass, field\n\n@dataclass\nclass P:\n    x: int = field(default=0)\n"
        );
        let text = "import jsno\n\nprint(jsno.dumps({}))\n";
        assert_eq!(
            renamed(text, Language::Python, "jsno", "json", 1),
            "import json\n\nprint(json.dumps({}))\n"
        );
        let text = "import numpyy as np\n\nx = numpyy\n";
        assert_eq!(
            renamed(text, Language::Python, "numpyy", "numpy", 1),
            "import numpy as np\n\nx = numpyy\n"
        );
    }

    #[test]
    fn a_rename_outside_an_import_stays_where_it_is() {
        let text = "const a = lenght;\nconst b = lenght + 1;\n";
        assert_eq!(
            renamed(text, Language::JavaScript, "lenght", "length", 1),
            "const a = length;\nconst b = lenght + 1;\n"
        );
    }
}
