//! Which diagnostics a request is about: those in the request's context (any source) and those
//! the server holds for the document that touch the range, deduplicated — for quick fixes and
//! for "propose fix" alike.

use tower_lsp_server::ls_types::{Diagnostic, NumberOrString, Range};

use super::documents::ranges_touch;
use super::state::{DiagnosticOrigin, SeenDiagnostic};

/// The errors to fix: under the cursor (the request's context ∪ the stored ones touching the
/// range), and in the whole document (for fix-all). A context diagnostic that is one the server
/// holds is taken in the server's form (selfheal's own carry their occurrence).
pub fn seen_diagnostics(
    context: &[Diagnostic],
    seen: Vec<SeenDiagnostic>,
    range: &Range,
) -> (Vec<SeenDiagnostic>, Vec<SeenDiagnostic>) {
    let mut under_cursor: Vec<SeenDiagnostic> = Vec::new();
    for diagnostic in context {
        let stored = seen
            .iter()
            .find(|seen| same_diagnostic(&seen.diagnostic, diagnostic))
            .cloned();
        let candidate = stored.unwrap_or_else(|| SeenDiagnostic {
            diagnostic: diagnostic.clone(),
            origin: DiagnosticOrigin::Context,
            occurrence: None,
        });
        push_distinct(&mut under_cursor, candidate);
    }
    for stored in &seen {
        if ranges_touch(&stored.diagnostic.range, range) {
            push_distinct(&mut under_cursor, stored.clone());
        }
    }
    let mut whole_document = under_cursor.clone();
    for stored in seen {
        push_distinct(&mut whole_document, stored);
    }
    (under_cursor, whole_document)
}

fn push_distinct(list: &mut Vec<SeenDiagnostic>, candidate: SeenDiagnostic) {
    if !list
        .iter()
        .any(|known| same_diagnostic(&known.diagnostic, &candidate.diagnostic))
    {
        list.push(candidate);
    }
}

/// One diagnostic, however it reached the server: same place, source, code and message.
pub fn same_diagnostic(a: &Diagnostic, b: &Diagnostic) -> bool {
    let code = |d: &Diagnostic| match &d.code {
        Some(NumberOrString::Number(number)) => Some(number.to_string()),
        Some(NumberOrString::String(code)) => Some(code.clone()),
        None => None,
    };
    a.range == b.range && a.message == b.message && a.source == b.source && code(a) == code(b)
}
