//! Go imports edited the way gofmt (and goimports) would leave them: a new import goes into the
//! existing `import ( … )` block, in sorted position within its group, standard-library packages
//! in the first group and others in a later one; a lone `import "a"` becomes a block; a removed
//! import takes its line with it, and the block with it when it was the block's last import. Every
//! result is meant to pass `gofmt -l` unchanged.

use super::TextEdit;

/// One line of the file: its start offset, the offset after its line ending, its text.
struct Line<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.strip_suffix('\n').unwrap_or(raw);
        let line = line.strip_suffix('\r').unwrap_or(line);
        out.push(Line {
            start,
            end: start + raw.len(),
            text: line,
        });
        start += raw.len();
    }
    out
}

/// The import declarations before the file's first other declaration.
enum Declaration {
    /// `import ( … )`: the lines of `import (` and `)`.
    Block { open: usize, close: usize },
    /// `import "a"` or `import name "a"` on one line.
    Single { line: usize },
}

fn declarations(all: &[Line<'_>]) -> Vec<Declaration> {
    let mut found = Vec::new();
    let mut seen_package = false;
    let mut index = 0;
    while index < all.len() {
        let trimmed = all[index].text.trim();
        let comment_or_blank = trimmed.is_empty() || trimmed.starts_with("//");
        match (seen_package, trimmed) {
            (false, t) if t.starts_with("package ") => seen_package = true,
            (true, t)
                if t.starts_with("import") && t["import".len()..].trim_start().starts_with('(') =>
            {
                // `import ( "a" )` on one line is not a shape gofmt keeps; leave such files alone.
                let mut close = index + 1;
                while close < all.len() && all[close].text.trim() != ")" {
                    close += 1;
                }
                if close >= all.len() || t.contains(')') {
                    return Vec::new();
                }
                found.push(Declaration::Block { open: index, close });
                index = close;
            }
            (true, t) if t.starts_with("import ") && spec_path(&t["import ".len()..]).is_some() => {
                found.push(Declaration::Single { line: index })
            }
            (true, _) if !comment_or_blank && !trimmed.starts_with("/*") => break,
            _ => {}
        }
        index += 1;
    }
    found
}

/// The import path of a spec: `"fmt"`, `j "encoding/json"`, `_ "embed"`, with an optional
/// trailing `// comment`.
fn spec_path(spec: &str) -> Option<&str> {
    let spec = spec.trim();
    let spec = match spec.find("//") {
        Some(comment) if !spec[..comment].ends_with(':') => spec[..comment].trim_end(),
        _ => spec,
    };
    let open = spec.find('"')?;
    let name = spec[..open].trim();
    let valid_name = name.is_empty()
        || name == "_"
        || name == "."
        || name.chars().all(|c| c.is_alphanumeric() || c == '_');
    let rest = &spec[open + 1..];
    let close = rest.find('"')?;
    (valid_name && close + 1 == rest.len()).then_some(&rest[..close])
}

/// A standard-library package: its first path element has no dot (`net/http`, not `golang.org/x`).
fn is_standard(path: &str) -> bool {
    !path.split('/').next().unwrap_or(path).contains('.')
}

/// A group of a block: consecutive non-blank lines between `import (` and `)`.
struct Group {
    first: usize,
    last: usize,
    /// (line, path) of each spec.
    specs: Vec<(usize, String)>,
}

fn groups(all: &[Line<'_>], open: usize, close: usize) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut previous_blank = true;
    for (index, line) in all.iter().enumerate().take(close).skip(open + 1) {
        let trimmed = line.text.trim();
        if trimmed.is_empty() {
            previous_blank = true;
            continue;
        }
        if previous_blank || groups.is_empty() {
            groups.push(Group {
                first: index,
                last: index,
                specs: Vec::new(),
            });
        }
        previous_blank = false;
        let group = groups.last_mut().expect("pushed above");
        group.last = index;
        if let Some(path) = spec_path(trimmed) {
            group.specs.push((index, path.to_string()));
        }
    }
    groups
}

/// Whether the file imports what `import_line` (`import "x"`, `import name "x"`) does already,
/// in a block or on a line of its own.
pub fn imports_already(text: &str, import_line: &str) -> bool {
    let Some(spec) = import_line.trim().strip_prefix("import") else {
        return false;
    };
    let Some(path) = spec_path(spec) else {
        return false;
    };
    let all = lines(text);
    declarations(&all).iter().any(|declaration| {
        let (first, last) = match *declaration {
            Declaration::Block { open, close } => (open + 1, close),
            Declaration::Single { line } => (line, line + 1),
        };
        all[first..last].iter().any(|line| {
            let spec = line.text.trim();
            let spec = spec.strip_prefix("import ").unwrap_or(spec);
            spec_path(spec) == Some(path)
        })
    })
}

/// The edit that adds `import_line` (`import "x"` or `import name "x"`, as a pattern renders it)
/// where gofmt would keep it; `None` when the file has several single-line imports (a new line
/// after them is right, and the caller's generic placement does that) or none.
pub fn add_import(text: &str, import_line: &str, newline: &str) -> Option<TextEdit> {
    let spec = import_line.trim().strip_prefix("import")?.trim();
    let path = spec_path(spec)?.to_string();
    let all = lines(text);
    let declarations = declarations(&all);
    let block = declarations.iter().find_map(|d| match d {
        Declaration::Block { open, close } => Some((*open, *close)),
        Declaration::Single { .. } => None,
    });
    let insert_at = |offset: usize, replacement: String| TextEdit {
        start: offset,
        end: offset,
        expected: String::new(),
        replacement,
    };
    match (block, &declarations[..]) {
        (Some((open, close)), _) => {
            let groups = groups(&all, open, close);
            let spec_line = format!("\t{spec}{newline}");
            let standard = is_standard(&path);
            let fits = |group: &&Group| {
                !group.specs.is_empty()
                    && group.specs.iter().all(|(_, p)| is_standard(p) == standard)
            };
            let target = match standard {
                true => groups.iter().find(fits),
                false => groups.iter().rev().find(fits),
            };
            match target {
                Some(group) => {
                    let before = group.specs.iter().find(|(_, p)| p.as_str() > path.as_str());
                    let offset = match before {
                        Some((line, _)) => {
                            // A comment right above a spec belongs to it: go above the comment.
                            let mut line = *line;
                            while line > group.first && all[line - 1].text.trim().starts_with("//")
                            {
                                line -= 1;
                            }
                            all[line].start
                        }
                        None => all[group.last].end,
                    };
                    Some(insert_at(offset, spec_line))
                }
                None => match (groups.first(), groups.last(), standard) {
                    (Some(first), _, true) => Some(insert_at(
                        all[first.first].start,
                        format!("{spec_line}{newline}"),
                    )),
                    (_, Some(last), false) => Some(insert_at(
                        all[last.last].end,
                        format!("{newline}{spec_line}"),
                    )),
                    // An empty `import ( )`.
                    _ => Some(insert_at(all[close].start, spec_line)),
                },
            }
        }
        (None, [Declaration::Single { line }]) => {
            let existing = all[*line].text.trim()["import".len()..].trim().to_string();
            let existing_path = spec_path(&existing)?.to_string();
            if existing_path == "C" {
                // cgo: `import "C"` must stay a declaration of its own, right under its preamble.
                return None;
            }
            let existing_first = match (is_standard(&existing_path), is_standard(&path)) {
                (true, false) => true,
                (false, true) => false,
                _ => existing_path < path,
            };
            let separator = match is_standard(&existing_path) == is_standard(&path) {
                true => "",
                false => newline,
            };
            let (first, second) = match existing_first {
                true => (existing, spec.to_string()),
                false => (spec.to_string(), existing),
            };
            let line = &all[*line];
            Some(TextEdit {
                start: line.start,
                end: line.start + line.text.len(),
                expected: line.text.to_string(),
                replacement: format!(
                    "import ({newline}\t{first}{newline}{separator}\t{second}{newline})"
                ),
            })
        }
        _ => None,
    }
}

/// What removing one import takes away: its line in a block that keeps other imports, or a whole
/// declaration (first and last line), a lone `import "a"` or a block left empty.
enum Removal {
    Spec(usize),
    Declaration(usize, usize),
}

/// The edit that removes the import spec on 1-based `line`, with the blank line that would be
/// left doubled and the whole `import ( … )` when it was the block's only import; `None` when
/// that line is not an import spec.
pub fn remove_import(text: &str, line: u32) -> Option<TextEdit> {
    let all = lines(text);
    let index = (line as usize).checked_sub(1)?;
    let blank = |i: usize| all.get(i).is_some_and(|l| l.text.trim().is_empty());
    let removal = declarations(&all)
        .iter()
        .find_map(|declaration| match *declaration {
            Declaration::Single { line } if line == index => Some(Removal::Declaration(line, line)),
            Declaration::Block { open, close } if open < index && index < close => {
                spec_path(all[index].text)?;
                let specs: usize = groups(&all, open, close)
                    .iter()
                    .map(|g| g.specs.len())
                    .sum();
                match specs {
                    1 => Some(Removal::Declaration(open, close)),
                    _ => Some(Removal::Spec(index)),
                }
            }
            _ => None,
        })?;
    let (first, last) = match removal {
        Removal::Spec(index) => {
            let before = index.checked_sub(1).map(|i| all[i].text.trim());
            let after = all.get(index + 1).map(|l| l.text.trim());
            match (before, after) {
                // A group emptied at the end of the block, or between two others.
                (Some(""), Some(")" | "")) => (index - 1, index),
                // A group emptied at the start of the block.
                (Some(b), Some("")) if b.starts_with("import") => (index, index + 1),
                _ => (index, index),
            }
        }
        // The blank lines around a whole declaration would be doubled, or trail the file.
        Removal::Declaration(first, last) => {
            match (first.checked_sub(1).is_some_and(blank), blank(last + 1)) {
                (true, true) => (first, last + 1),
                (true, false) if last + 1 >= all.len() => (first - 1, last),
                _ => (first, last),
            }
        }
    };
    let start = all[first].start;
    let end = all[last].end;
    Some(TextEdit {
        start,
        end,
        expected: text[start..end].to_string(),
        replacement: String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(text: &str, edit: Option<TextEdit>) -> String {
        let edit = edit.expect("an edit");
        assert_eq!(&text[edit.start..edit.end], edit.expected);
        format!(
            "{}{}{}",
            &text[..edit.start],
            edit.replacement,
            &text[edit.end..]
        )
    }

    fn added(text: &str, line: &str) -> String {
        apply(text, add_import(text, line, "\n"))
    }

    fn removed(text: &str, line: u32) -> String {
        apply(text, remove_import(text, line))
    }

    const HEADER: &str = "// Command x.\npackage main\n\n";

    #[test]
    fn a_new_import_goes_into_the_block_in_sorted_position() {
        let block = format!("{HEADER}import (\n\t\"fmt\"\n\t// os for exit\n\t\"os\"\n\n\t\"golang.org/x/text\"\n)\n\nfunc main() {{}}\n");
        assert_eq!(
            added(&block, "import \"strings\""),
            block.replace("\t\"os\"\n", "\t\"os\"\n\t\"strings\"\n")
        );
        assert_eq!(
            added(&block, "import \"net/http\""),
            block.replace("\t// os", "\t\"net/http\"\n\t// os")
        );
        assert_eq!(
            added(&block, "import \"bufio\""),
            block.replace("\t\"fmt\"", "\t\"bufio\"\n\t\"fmt\"")
        );
        assert_eq!(
            added(&block, "import \"rsc.io/quote\""),
            block.replace("text\"\n", "text\"\n\t\"rsc.io/quote\"\n")
        );
        // Only third-party imports: the standard library gets a group of its own, first.
        let third_party = format!("{HEADER}import (\n\t\"golang.org/x/text\"\n)\n");
        assert_eq!(
            added(&third_party, "import \"fmt\""),
            format!("{HEADER}import (\n\t\"fmt\"\n\n\t\"golang.org/x/text\"\n)\n")
        );
        let standard_only = format!("{HEADER}import (\n\t\"fmt\"\n)\n");
        assert_eq!(
            added(&standard_only, "import \"golang.org/x/text\""),
            format!("{HEADER}import (\n\t\"fmt\"\n\n\t\"golang.org/x/text\"\n)\n")
        );
        let empty = format!("{HEADER}import (\n)\n");
        assert_eq!(
            added(&empty, "import \"fmt\""),
            format!("{HEADER}import (\n\t\"fmt\"\n)\n")
        );
    }

    #[test]
    fn an_import_there_already_is_found_in_a_block_or_on_its_own_line() {
        let block =
            "package main\n\nimport (\n\t\"fmt\"\n\tt \"time\" // clocks\n)\n\nfunc main() {}\n";
        assert!(imports_already(block, "import \"time\""));
        assert!(imports_already(block, "import \"fmt\""));
        assert!(!imports_already(block, "import \"strconv\""));
        let single = "package main\n\nimport \"time\"\n\nfunc main() {}\n";
        assert!(imports_already(single, "import \"time\""));
        assert!(!imports_already(single, "import \"timer\""));
        // A string in the code is no import.
        let code = "package main\n\nfunc main() {\n\tx := \"time\"\n}\n";
        assert!(!imports_already(code, "import \"time\""));
    }

    #[test]
    fn a_single_import_becomes_a_block() {
        let single = format!("{HEADER}import \"os\"\n\nfunc main() {{}}\n");
        assert_eq!(
            added(&single, "import \"fmt\""),
            format!("{HEADER}import (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {{}}\n")
        );
        let aliased = format!("{HEADER}import j \"encoding/json\"\n");
        assert_eq!(
            added(&aliased, "import \"example.com/y\""),
            format!("{HEADER}import (\n\tj \"encoding/json\"\n\n\t\"example.com/y\"\n)\n")
        );
        // Several single imports, or none: left to the generic placement.
        assert!(add_import(
            &format!("{HEADER}import \"os\"\nimport \"fmt\"\n"),
            "import \"io\"",
            "\n"
        )
        .is_none());
        assert!(add_import(HEADER, "import \"io\"", "\n").is_none());
        let cgo = format!("{HEADER}// #include <stdio.h>\nimport \"C\"\n");
        assert!(add_import(&cgo, "import \"fmt\"", "\n").is_none());
    }

    #[test]
    fn a_removed_import_takes_its_line_and_an_emptied_block_goes() {
        let block = format!("{HEADER}import (\n\t\"fmt\"\n\t\"os\"\n\n\t\"golang.org/x/text\"\n)\n\nfunc main() {{}}\n");
        assert_eq!(removed(&block, 6), block.replace("\t\"os\"\n", ""));
        assert_eq!(
            removed(&block, 8),
            block.replace("\n\n\t\"golang.org/x/text\"", "")
        );
        let first_group = format!("{HEADER}import (\n\t\"fmt\"\n\n\t\"golang.org/x/text\"\n)\n");
        assert_eq!(
            removed(&first_group, 5),
            format!("{HEADER}import (\n\t\"golang.org/x/text\"\n)\n")
        );
        let lone = format!("{HEADER}import (\n\t\"os\"\n)\n\nfunc main() {{}}\n");
        assert_eq!(removed(&lone, 5), format!("{HEADER}func main() {{}}\n"));
        let single =
            format!("{HEADER}import \"fmt\"\nimport mrand \"math/rand\"\n\nfunc main() {{}}\n");
        assert_eq!(
            removed(&single, 5),
            single.replace("import mrand \"math/rand\"\n", "")
        );
        let only = format!("{HEADER}import \"os\"\n\nfunc main() {{}}\n");
        assert_eq!(removed(&only, 4), format!("{HEADER}func main() {{}}\n"));
        // Not an import line: no edit.
        assert!(remove_import(&only, 6).is_none());
    }
}
