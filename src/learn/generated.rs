//! A lesson that one of selfheal's candidate generators makes the person's fix for errors of a
//! kind. When the change a person made is what a generator proposes for the error — the close
//! standard module for a misspelt one (`colections` → `collections`), the import of a name from
//! the project file that defines it, `export` where a helper is declared — the regularity they
//! taught is that generator's, and it holds for other names: the lesson is the error's message
//! for any values with the fix `generator = "…"`, at the prior of a general lesson. The engine
//! runs that generator for errors the lesson matches (even with the built-in library off), and
//! offers its proposals as what was learned.

use std::path::Path;

use super::lesson::{learned_id, message_regex_suffix, template_text, without_hint};
use super::replay::{gives_the_change, Snapshot};
use super::shape::{general_message, GENERAL_PRIOR};
use crate::fix::{is_import_line, with_uses_of_renamed_import, FixAction};
use crate::generate::{generate, Context, Generator, SymbolIndex};
use crate::occurrence::Occurrence;
use crate::pattern::{FixTemplate, PatternSpec};

/// Files that mark the root of a project, for the symbol index a lesson is checked with.
const PROJECT_MARKERS: &[&str] = &[
    "Cargo.toml",
    "package.json",
    "tsconfig.json",
    "go.mod",
    "pyproject.toml",
    "setup.py",
    "pom.xml",
    "build.gradle",
    ".git",
];

/// The nearest directory above `file` with a project marker; else the file's own directory.
fn project_root(file: &Path) -> Option<&Path> {
    let directory = file.parent()?;
    Some(
        directory
            .ancestors()
            .find(|dir| PROJECT_MARKERS.iter().any(|m| dir.join(m).exists()))
            .unwrap_or(directory),
    )
}

/// The generators whose proposal for `occurrence`, made on the file at `path` as it was
/// (`old`), is the person's change (`new`), the tool's own suggestion aside (that is the
/// `suggested` lesson).
fn explaining(occurrence: &Occurrence, path: &Path, old: &str, new: &str) -> Vec<Generator> {
    let Some(root) = project_root(path) else {
        return Vec::new();
    };
    let symbols = SymbolIndex::lazy(root);
    let snapshot = Snapshot {
        path: path.to_path_buf(),
        text: old,
    };
    let context = Context {
        occurrence,
        files: &snapshot,
        symbols: Some(&symbols),
    };
    let language = occurrence.tool.language();
    let mut found: Vec<Generator> = Vec::new();
    for generated in generate(&context) {
        if generated.generator == Generator::ToolSuggestion || found.contains(&generated.generator)
        {
            continue;
        }
        // As the engine offers it: a name renamed where an import binds it, renamed at its uses.
        let plan = with_uses_of_renamed_import(generated.plan, language, &snapshot);
        let FixAction::Edit(patches) = &plan.action else {
            continue;
        };
        let [patch] = patches.as_slice() else {
            continue;
        };
        let imports = patch.edits.iter().any(|edit| {
            edit.expected.is_empty()
                && edit
                    .replacement
                    .lines()
                    .any(|line| is_import_line(line, language))
        });
        if patch.path == path && gives_the_change(patch, old, new, imports, language) {
            found.push(generated.generator);
        }
    }
    found
}

/// The lessons "what this generator proposes" for errors like `occurrence`, beside `specific`,
/// when the person's change of `path` from `old` to `new` is what a generator proposes.
pub fn generator_lessons(
    specific: &PatternSpec,
    occurrence: &Occurrence,
    path: &Path,
    (old, new): (&str, &str),
) -> Vec<PatternSpec> {
    let (message, hint) = without_hint(&occurrence.message);
    explaining(occurrence, path, old, new)
        .into_iter()
        .map(|generator| {
            let mut spec = PatternSpec {
                id: String::new(),
                message: format!(
                    "^{}{}",
                    general_message(message),
                    message_regex_suffix(hint)
                ),
                title: format!(
                    "{} (as selfheal's {} makes it)",
                    specific.title,
                    generator.as_str()
                ),
                explanation: template_text(&format!(
                    "selfheal learned that for this kind of error the fix its `{}` generator \
                     proposes is the one: a person made exactly that change, and the error went \
                     away. It is tried for any error of this kind, verified by running the \
                     command again, and loses confidence when it does not work. Remove it with \
                     `selfheal patterns forget ID`.",
                    generator.as_str()
                )),
                fixes: vec![FixTemplate {
                    title: template_text(&format!("What `{}` proposes", generator.as_str())),
                    confidence: GENERAL_PRIOR,
                    edits: Vec::new(),
                    command: None,
                    suggestion: false,
                    generator: Some(generator.as_str().to_string()),
                }],
                ..specific.clone()
            };
            spec.id = format!("{}-{}", learned_id(&spec), generator.as_str());
            spec
        })
        .collect()
}
