//! What an error says is missing, read from its wording: a name not in scope, a member a type
//! does not have, or a module that cannot be found — and the names the tool itself offered
//! instead ("did you mean `len`?", "a local variable with a similar name exists: `count`").

use std::sync::OnceLock;

use regex::Regex;

use crate::occurrence::Occurrence;

/// What kind of thing is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// A variable, function, type or module used by its bare name.
    Name,
    /// A method, field or attribute of something (`x.lenght`).
    Member,
    /// A module, package or header named in an import.
    Module,
}

/// The missing thing of one error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingThing {
    pub kind: Missing,
    pub name: String,
    /// What the member was looked up on, or the module a name was imported from, when said.
    pub owner: Option<String>,
    /// The names the tool offered, in its order.
    pub tool_offers: Vec<String>,
}

/// (kind, regex with `name` and optionally `owner`), tried in order on the message.
const WORDINGS: &[(Missing, &str)] = &[
    // Members first: their wordings contain "undefined" too.
    (
        Missing::Member,
        r"no (?:method|field|function or associated item|associated item) named `(?P<name>\w+)` found",
    ),
    (Missing::Member, r"no field `(?P<name>\w+)` on type"),
    (
        Missing::Member,
        r"'(?P<owner>\w+)' object has no attribute '(?P<name>\w+)'",
    ),
    (
        Missing::Member,
        r"module '(?P<owner>[\w.]+)' has no attribute '(?P<name>\w+)'",
    ),
    (
        Missing::Member,
        r#"Cannot access attribute "(?P<name>\w+)" for class"#,
    ),
    (
        Missing::Member,
        r#""(?P<name>\w+)" is not a known attribute of module"#,
    ),
    (
        Missing::Member,
        r"(?P<owner>[\w.\[\]*()]+)\.(?P<name>\w+) undefined \((?:type|package)",
    ),
    (
        Missing::Member,
        r"Property '(?P<name>\w+)' does not exist on type",
    ),
    (Missing::Member, r"no member named '(?P<name>\w+)' in"),
    (Missing::Member, r"has no member named '(?P<name>\w+)'"),
    (
        Missing::Member,
        r"(?:TypeError: )?(?P<owner>[\w.]+)\.(?P<name>\w+) is not a function",
    ),
    (
        Missing::Member,
        r"(?:undefined|undeclared name): (?P<owner>\w+)\.(?P<name>\w+)",
    ),
    (
        Missing::Module,
        r"cannot import name '(?P<name>\w+)' from '(?P<owner>[\w.]+)'",
    ),
    (Missing::Module, r"No module named '(?P<name>[\w.]+)'"),
    (
        Missing::Module,
        r"unresolved import `(?P<name>crate::[\w:]+)`",
    ),
    // The standard library's module misspelt: rustc names the path up to the missing part.
    (
        Missing::Module,
        r"unresolved import `(?:std|core|alloc)::(?P<name>[a-z_0-9]+)`",
    ),
    (Missing::Module, r"^package (?P<name>[\w.]+) does not exist"),
    (
        Missing::Module,
        r"(?:no required module provides|cannot find module providing) package (?P<name>[\w./-]+)",
    ),
    (
        Missing::Module,
        r#"Import "(?P<name>[\w.]+)" could not be resolved"#,
    ),
    (Missing::Module, r"Cannot find module '(?P<name>[^']+)'"),
    (
        Missing::Module,
        r"package (?P<name>[\w./-]+) is not in (?:GOROOT|std)",
    ),
    (
        Missing::Module,
        r"'(?P<name>[\w./-]+\.h(?:pp)?)' file not found",
    ),
    (
        Missing::Module,
        r"(?P<name>[\w./-]+\.h(?:pp)?): No such file or directory",
    ),
    // C++'s headers have no ending (`fatal error: unorderd_set: No such file or directory`).
    (
        Missing::Module,
        r"^(?P<name>[a-z_]+): No such file or directory$",
    ),
    (
        Missing::Name,
        r"cannot find (?:value|function|type|struct|macro|trait|crate|module|enum|tuple struct or tuple variant|unit struct, unit variant or constant|struct, variant or union type) `(?P<name>\w+)!?` in this scope",
    ),
    (
        Missing::Name,
        r"use of undeclared (?:type|crate or module|type or module) `(?P<name>\w+)`",
    ),
    (Missing::Name, r"name '(?P<name>\w+)' is not defined"),
    (Missing::Name, r#""(?P<name>\w+)" is not defined"#),
    (Missing::Name, r"Undefined name `(?P<name>\w+)`"),
    (
        Missing::Name,
        r"(?:undefined|undeclared name): (?P<name>\w+)(?:$|[^\w.])",
    ),
    (Missing::Name, r"Cannot find name '(?P<name>\w+)'"),
    (
        Missing::Name,
        r"(?:ReferenceError: )?(?P<name>\w+) is not defined",
    ),
    (Missing::Name, r"'(?P<name>\w+)' is not defined"),
    (
        Missing::Name,
        r"use of undeclared identifier [‘'](?P<name>\w+)[’']",
    ),
    (
        Missing::Name,
        r"[‘'](?P<name>\w+)[’'] (?:was not declared in this scope|undeclared)",
    ),
    (Missing::Name, r"unknown type name [‘'](?P<name>\w+)[’']"),
    (
        Missing::Name,
        r"^[‘'](?P<name>\w+)[’'] does not name a type",
    ),
    (
        Missing::Name,
        r"implicit declaration of function [‘'](?P<name>\w+)[’']",
    ),
    (
        Missing::Name,
        r"cannot find symbol.*symbol:\s+(?:variable|method|class|interface) (?P<name>\w+)",
    ),
];

/// Where tools put the name they offer instead, in the message or a note.
const OFFERS: &[&str] = &[
    r#"[Dd]id you mean:? [`'"‘](?P<offer>[\w.:]+)[`'"’]"#,
    r"(?:similar name exists|similarly named \w+ `\w+` defined here): `(?P<offer>\w+)`",
    r"there is (?:a|an) (?:method|associated function|field|variant|associated constant) `(?P<offer>\w+)` with a similar name",
    r"but does have (?:field |method )?(?P<offer>\w+)",
    // gcc's one alternative in a namespace, or each of several as a note of its own after
    // `suggested alternatives:`.
    r"suggested alternative: [‘'](?P<offer>\w+(?:::\w+)+)[’']",
    r"^\s*[‘'](?P<offer>\w+(?:::\w+)+)[’']\s*$",
];

fn wordings() -> &'static [(Missing, Regex)] {
    static CELL: OnceLock<Vec<(Missing, Regex)>> = OnceLock::new();
    CELL.get_or_init(|| {
        WORDINGS
            .iter()
            .map(|(kind, source)| (*kind, Regex::new(source).expect("valid wording regex")))
            .collect()
    })
}

fn offers() -> &'static [Regex] {
    static CELL: OnceLock<Vec<Regex>> = OnceLock::new();
    CELL.get_or_init(|| {
        OFFERS
            .iter()
            .map(|source| Regex::new(source).expect("valid offer regex"))
            .collect()
    })
}

/// What `occurrence` says is missing, when its wording is one of the known ones.
pub fn missing_thing(occurrence: &Occurrence) -> Option<MissingThing> {
    let (kind, captures) = wordings()
        .iter()
        .find_map(|(kind, regex)| regex.captures(&occurrence.message).map(|c| (*kind, c)))?;
    let name = captures.name("name")?.as_str().to_string();
    let owner = captures.name("owner").map(|m| m.as_str().to_string());
    let mut tool_offers: Vec<String> = Vec::new();
    let texts = std::iter::once(occurrence.message.as_str())
        .chain(occurrence.notes.iter().map(|note| note.message.as_str()));
    for text in texts {
        for regex in offers() {
            for found in regex.captures_iter(text) {
                let offer = found["offer"].to_string();
                if offer != name && !tool_offers.contains(&offer) {
                    tool_offers.push(offer);
                }
            }
        }
    }
    Some(MissingThing {
        kind,
        name,
        owner,
        tool_offers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::occurrence::{Note, NoteKind, Severity, Tool};

    fn thing(tool: Tool, message: &str) -> Option<MissingThing> {
        missing_thing(&Occurrence::new(tool, Severity::Error, message))
    }

    #[test]
    fn reads_names_members_and_modules_in_each_wording() {
        let cases = [
            (
                Tool::Rustc,
                "cannot find value `totl` in this scope",
                Missing::Name,
                "totl",
            ),
            (
                Tool::Python,
                "NameError: name 'jsn' is not defined",
                Missing::Name,
                "jsn",
            ),
            (Tool::Go, "undefined: Prntln", Missing::Name, "Prntln"),
            (
                Tool::Tsc,
                "Cannot find name 'lenght'.",
                Missing::Name,
                "lenght",
            ),
            (
                Tool::Node,
                "ReferenceError: cnt is not defined",
                Missing::Name,
                "cnt",
            ),
            (
                Tool::Clang,
                "use of undeclared identifier 'conut'",
                Missing::Name,
                "conut",
            ),
            (
                Tool::Gcc,
                "'conut' undeclared (first use in this function)",
                Missing::Name,
                "conut",
            ),
            (
                Tool::Javac,
                "cannot find symbol (symbol: variable totl)",
                Missing::Name,
                "totl",
            ),
            (
                Tool::Rustc,
                "no method named `lenn` found for struct `Vec<i32>` in the current scope",
                Missing::Member,
                "lenn",
            ),
            (
                Tool::Python,
                "AttributeError: 'str' object has no attribute 'uper'",
                Missing::Member,
                "uper",
            ),
            (
                Tool::Go,
                "s.Lenght undefined (type Stack has no field or method Lenght)",
                Missing::Member,
                "Lenght",
            ),
            (
                Tool::Tsc,
                "Property 'lenght' does not exist on type 'string[]'.",
                Missing::Member,
                "lenght",
            ),
            (
                Tool::Python,
                "ModuleNotFoundError: No module named 'colections'",
                Missing::Module,
                "colections",
            ),
            (
                Tool::Tsc,
                "Cannot find module './utlis' or its corresponding type declarations.",
                Missing::Module,
                "./utlis",
            ),
            (
                Tool::Clang,
                "'stdoi.h' file not found",
                Missing::Module,
                "stdoi.h",
            ),
        ];
        for (tool, message, kind, name) in cases {
            let found = thing(tool, message).unwrap_or_else(|| panic!("{message}"));
            assert_eq!((found.kind, found.name.as_str()), (kind, name), "{message}");
        }
        assert_eq!(thing(Tool::Rustc, "mismatched types"), None);
    }

    #[test]
    fn collects_what_the_tool_offered() {
        let mut occurrence = Occurrence::new(
            Tool::Rustc,
            Severity::Error,
            "cannot find value `totl` in this scope",
        );
        occurrence.notes.push(Note {
            kind: NoteKind::Help,
            message: "a local variable with a similar name exists: `total`".into(),
            file: None,
            line: None,
            column: None,
        });
        assert_eq!(missing_thing(&occurrence).unwrap().tool_offers, ["total"]);
        let python = thing(
            Tool::Python,
            "NameError: name 'prnt' is not defined. Did you mean: 'print'?",
        )
        .unwrap();
        assert_eq!(python.tool_offers, ["print"]);
        let go = thing(
            Tool::Go,
            "s.size undefined (type Stack has no field or method size, but does have Size)",
        )
        .unwrap();
        assert_eq!(go.tool_offers, ["Size"]);
    }

    /// Module paths as the tools word them (rustc 1.95, javac 17, go 1.19 with and without
    /// `-mod=mod`, g++ 12), and Node 20's member that is not a function.
    #[test]
    fn reads_module_paths_and_members_that_are_not_functions() {
        for (tool, message, name) in [
            (Tool::Rustc, "unresolved import `crate::geomtry`", "crate::geomtry"),
            (Tool::Rustc, "unresolved import `std::colections`", "colections"),
            (Tool::Javac, "package com.acme.utils does not exist", "com.acme.utils"),
            (
                Tool::Go,
                "no required module provides package example.com/library/catalog; to add it:",
                "example.com/library/catalog",
            ),
            (
                Tool::Go,
                "cannot find module providing package example.com/library/catalg: module lookup disabled by GOPROXY=off",
                "example.com/library/catalg",
            ),
            (Tool::Gcc, "unorderd_set: No such file or directory", "unorderd_set"),
        ] {
            let found = thing(tool, message).unwrap();
            assert_eq!((found.kind, found.name.as_str()), (Missing::Module, name));
        }
        let member = thing(Tool::Node, "JSON.Parse is not a function").unwrap();
        assert_eq!(member.kind, Missing::Member);
        assert_eq!(member.owner.as_deref(), Some("JSON"));
        assert_eq!(member.name, "Parse");
    }
}
