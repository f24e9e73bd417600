//! Lessons that a fix selfheal can already make is the one for errors of a kind. When the change
//! a person made is exactly what the tool itself suggested (rustc's suggestions at any
//! applicability, a fix-it, a "did you mean"), or what one of selfheal's candidate generators
//! proposes — the close standard module for a misspelt one (`colections` → `collections`), the
//! import of a name from the project file that defines it, `export` where a helper is
//! declared — the regularity they taught holds for other names: the lesson is the error's
//! message for any values, with the fix `suggestion = true` or `generator = "…"`, at the prior of
//! a general lesson. The engine makes that fix for errors the lesson matches (even with the
//! built-in library off) and offers it as what was learned: the next type that needs
//! `#[derive(Debug)]` is named in its own error's suggestion, in whichever file it is defined.

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
        // The tool's suggestion is the `suggestion` lesson; a type argument is one guess of
        // several, judged strictly under its own key, never a lesson.
        if matches!(
            generated.generator,
            Generator::ToolSuggestion | Generator::TypeArgument
        ) || found.contains(&generated.generator)
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
    explaining(occurrence, path, old, new)
        .into_iter()
        .map(|generator| {
            let name = generator.as_str();
            for_any_values(
                specific,
                occurrence,
                (
                    &format!("as selfheal's {name} makes it"),
                    &format!("the fix its `{name}` generator proposes is the one"),
                ),
                FixTemplate {
                    title: template_text(&format!("What `{name}` proposes")),
                    confidence: GENERAL_PRIOR,
                    edits: Vec::new(),
                    command: None,
                    suggestion: false,
                    generator: Some(name.to_string()),
                },
            )
        })
        .collect()
}

/// The lesson "do what the tool suggests" for errors like `occurrence`, beside `specific`;
/// `None` when the tool suggested nothing. Whether the suggestion is what the person did is
/// the replay's question (`replay_on`).
pub fn suggestion_lesson(specific: &PatternSpec, occurrence: &Occurrence) -> Option<PatternSpec> {
    if occurrence.suggestions.is_empty() {
        return None;
    }
    Some(for_any_values(
        specific,
        occurrence,
        (
            "as the tool suggests",
            "the tool's own suggestion is the fix",
        ),
        FixTemplate {
            title: "Apply the tool's own suggestion".to_string(),
            confidence: GENERAL_PRIOR,
            edits: Vec::new(),
            command: None,
            suggestion: true,
            generator: None,
        },
    ))
}

/// `specific`'s error for any values, with `fix`; `(what, which)` say where the fix comes from
/// in the title and the explanation.
fn for_any_values(
    specific: &PatternSpec,
    occurrence: &Occurrence,
    (what, which): (&str, &str),
    fix: FixTemplate,
) -> PatternSpec {
    let (message, hint) = without_hint(&occurrence.message);
    let source = fix
        .generator
        .clone()
        .unwrap_or_else(|| "suggested".to_string());
    let mut spec = PatternSpec {
        id: String::new(),
        message: format!(
            "^{}{}",
            general_message(message),
            message_regex_suffix(hint)
        ),
        title: format!("{} ({what})", specific.title),
        explanation: template_text(&format!(
            "selfheal learned that for this kind of error {which}: a person made exactly that \
             change, and the error went away. It is tried for any error of this kind, verified \
             by running the command again, and loses confidence when it does not work. Remove \
             it with `selfheal patterns forget ID`."
        )),
        fixes: vec![fix],
        ..specific.clone()
    };
    spec.id = format!("{}-{source}", learned_id(&spec));
    spec
}
