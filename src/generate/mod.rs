//! Candidate generators: fixes for errors that no pattern's template wrote. Each reads the error
//! and the files as they are and proposes ordinary `FixPlan`s with a prior; the engine ranks them
//! with the patterns' fixes, and `heal` keeps only what a re-run shows worked (reverting the
//! rest byte for byte). The generators:
//!
//! - the tool's own suggestions at every applicability, each alternative a candidate (`tool`);
//! - did you mean: a close name, member or module for a misspelt one, the name the tool offers
//!   qualified, another library's name for a member (`length` → `size`) (`did_you_mean`);
//! - an import of a name the project defines in another file (`imports`, over `symbols`, the
//!   project symbol index), or of a standard-library module;
//! - syntax repairs at the tool's caret (`syntax`), and a C/C++ type definition's `}` given
//!   its `;` when the next declaration is where the compiler noticed (`definition_end`);
//! - an unused local variable's declaration deleted, when the build fails on it and deleting it
//!   cannot change what the program does (`unused`);
//! - an item used from outside where it is visible made public where it is defined
//!   (`visibility`), or added to a CommonJS module's `module.exports = { … }` (`commonjs`);
//! - a variable's declaration fixed for how it is used: `const`/`final` dropped where it is
//!   assigned, the call that made a promise or coroutine awaited (`declared`);
//! - a value converted to the type the error names: Go's `&s`, `*p`, `float64(n)`,
//!   `time.Duration(n) * time.Second` (`convert`);
//! - a function's signature fixed for its body or callers: Java's `throws` for an unreported
//!   exception, Python's missing `self` (`signature`);
//! - a generic type's missing last type argument, one candidate per likely type
//!   (`type_arguments`), judged strictly (`is_guess`).

mod balance;
mod commonjs;
mod convert;
mod declared;
mod definition_end;
mod did_you_mean;
mod distance;
mod imports;
mod known_names;
mod missing;
mod module_path;
mod owner_source;
mod place;
mod prototype;
mod signature;
mod symbols;
mod syntax;
mod tool;
mod type_arguments;
mod unused;
mod visibility;

use std::path::{Path, PathBuf};

pub use distance::distance;
pub use known_names::python_modules;
pub use missing::{missing_thing, Missing, MissingThing};
pub use symbols::{definitions_in, Definition, SymbolIndex};

use crate::fix::{sha256_hex, FilePatch, FileSource, FixAction, FixPlan, TextEdit};
use crate::occurrence::Occurrence;

/// How the key of every generated fix begins (a pattern id never does: ids are
/// `<language>.<name>`).
pub const GENERATED_KEY_PREFIX: &str = "gen.";

/// Whether the fix `fix_key` is one of several guesses for the same error (which type argument
/// is missing), of which more than one may make the error go away: such a fix is kept only when
/// it brings no new error anywhere into the files it changed.
pub fn is_guess(fix_key: &str) -> bool {
    fix_key.starts_with(&format!(
        "{GENERATED_KEY_PREFIX}{}#",
        Generator::TypeArgument.as_str()
    ))
}

/// Which generator proposed a fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Generator {
    ToolSuggestion,
    DidYouMean,
    ProjectImport,
    StandardImport,
    SyntaxRepair,
    UnusedRemoval,
    Visibility,
    Declaration,
    Conversion,
    Signature,
    TypeArgument,
}

impl Generator {
    const ALL: [Generator; 11] = [
        Generator::ToolSuggestion,
        Generator::DidYouMean,
        Generator::ProjectImport,
        Generator::StandardImport,
        Generator::SyntaxRepair,
        Generator::UnusedRemoval,
        Generator::Visibility,
        Generator::Declaration,
        Generator::Conversion,
        Generator::Signature,
        Generator::TypeArgument,
    ];

    /// The generator `as_str` calls `name`.
    pub fn named(name: &str) -> Option<Generator> {
        Generator::ALL.into_iter().find(|g| g.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Generator::ToolSuggestion => "tool-suggestion",
            Generator::DidYouMean => "did-you-mean",
            Generator::ProjectImport => "project-import",
            Generator::StandardImport => "standard-import",
            Generator::SyntaxRepair => "syntax-repair",
            Generator::UnusedRemoval => "unused-removal",
            Generator::Visibility => "visibility",
            Generator::Declaration => "declaration",
            Generator::Conversion => "conversion",
            Generator::Signature => "signature",
            Generator::TypeArgument => "type-argument",
        }
    }
}

/// A proposed fix and who proposed it.
#[derive(Debug, Clone)]
pub struct Generated {
    pub plan: FixPlan,
    pub generator: Generator,
}

/// What the generators look at.
pub struct Context<'a> {
    pub occurrence: &'a Occurrence,
    pub files: &'a dyn FileSource,
    /// The workspace's definitions, when an index was built.
    pub symbols: Option<&'a SymbolIndex>,
}

impl Context<'_> {
    /// The file the error is in, and its text.
    fn error_file(&self) -> Option<(PathBuf, String)> {
        let file = self
            .occurrence
            .file
            .as_deref()
            .filter(|f| !f.starts_with('<'))?;
        let path = PathBuf::from(file);
        let text = self.files.read(&path)?;
        Some((path, text))
    }

    /// The file the error is in, its text, and where the error's line starts and ends in it.
    fn error_line(&self) -> Option<(PathBuf, String, usize, usize)> {
        let (path, text) = self.error_file()?;
        let (start, end) = crate::fix::line_range(&text, self.occurrence.line?)?;
        Some((path, text, start, end))
    }

    /// The key a generated fix's outcomes are learned under: per generator, language, what it
    /// does and whether it is the generator's first choice for the error or a later one
    /// (`gen.did-you-mean#rust:name/first`), so that one kind of fix that keeps failing for one
    /// language stops being offered there — and a first choice that failed does not hold back
    /// the next candidate of the same heal.
    fn fix_key(&self, generator: Generator, what: &str, position: usize) -> String {
        format!(
            "{GENERATED_KEY_PREFIX}{}#{}:{what}/{}",
            generator.as_str(),
            self.occurrence.tool.language().as_str(),
            match position {
                0 => "first",
                _ => "other",
            }
        )
    }
}

/// A plan of edits to one file.
fn edit_plan(
    title: String,
    fix_key: String,
    prior: f64,
    path: &Path,
    text: &str,
    mut edits: Vec<TextEdit>,
) -> FixPlan {
    edits.sort_by_key(|e| (e.start, e.end));
    FixPlan {
        title,
        fix_key,
        prior,
        action: FixAction::Edit(vec![FilePatch {
            path: path.to_path_buf(),
            original_sha256: sha256_hex(text.as_bytes()),
            edits,
        }]),
    }
}

/// Every generator's proposals for one error, in no particular order (the engine ranks them).
pub fn generate(context: &Context<'_>) -> Vec<Generated> {
    let mut generated = tool::suggestions(context);
    if let Some(missing) = missing_thing(context.occurrence) {
        generated.extend(did_you_mean::names(context, &missing));
        generated.extend(did_you_mean::qualified(context, &missing));
        generated.extend(did_you_mean::synonyms(context, &missing));
        generated.extend(did_you_mean::modules(context, &missing));
        generated.extend(module_path::repairs(context, &missing));
        generated.extend(imports::from_project(context, &missing));
        generated.extend(imports::go_package(context, &missing));
        generated.extend(imports::from_project_headers(context, &missing));
        generated.extend(prototype::repairs(context, &missing));
        generated.extend(imports::from_standard_library(context, &missing));
    }
    generated.extend(imports::rust_moved(
        context,
        missing_thing(context.occurrence).as_ref(),
    ));
    generated.extend(syntax::repairs(context));
    generated.extend(balance::repairs(context));
    generated.extend(definition_end::repairs(context));
    generated.extend(unused::removals(context));
    generated.extend(visibility::repairs(context));
    generated.extend(commonjs::repairs(context));
    generated.extend(declared::repairs(context));
    generated.extend(convert::repairs(context));
    generated.extend(signature::repairs(context));
    generated.extend(type_arguments::repairs(context));
    // Edits that overlap each other within one file cannot be applied together.
    generated.retain(|g| match &g.plan.action {
        FixAction::Edit(patches) => patches
            .iter()
            .all(|p| p.edits.windows(2).all(|pair| pair[0].end <= pair[1].start)),
        FixAction::Command(_) => true,
    });
    generated
}
