//! Fixes no pattern wrote, end to end with the real tools: `selfheal heal` imports a name from
//! the project file that defines it (Python, TypeScript, Go with the module path from `go.mod`),
//! corrects a misspelt relative import, and — the verified search — when its first candidate
//! fails on re-run, reverts it byte for byte and tries the next one. In the editor the same
//! generators give quick fixes titled with where they came from.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};
use support::{actions_titled, apply_text_edits, file_uri, Encoding, LspClient};

struct Project {
    dir: PathBuf,
}

impl Project {
    fn new(name: &str) -> Project {
        let dir = std::env::temp_dir().join(format!("selfheal-gen-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Project { dir }
    }

    fn write(&self, name: &str, text: &str) {
        let path = self.dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.join(name)).unwrap()
    }

    /// `selfheal heal --yes --report` with a fresh memory; the output and the report.
    fn heal(&self, command: &[&str]) -> (Output, Value) {
        let report = self.dir.join(".report.json");
        let output = Command::new(env!("CARGO_BIN_EXE_selfheal"))
            .args(["heal", "--yes", "--report"])
            .arg(&report)
            .arg("--")
            .args(command)
            .current_dir(&self.dir)
            .env("SELFHEAL_HOME", self.dir.join(".home"))
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env_remove("CI")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let report: Value =
            serde_json::from_slice(&std::fs::read(&report).unwrap_or_default()).unwrap_or_default();
        (output, report)
    }

    /// Writes `broken` to `name`, heals with `command`, and requires the command to pass and
    /// the file to read `fixed`; the output and the report.
    fn heals(&self, name: &str, broken: &str, command: &[&str], fixed: &str) -> (Output, Value) {
        self.write(name, broken);
        let (output, report) = self.heal(command);
        assert_eq!(report["exit_code"], 0, "{}", log(&output));
        assert_eq!(self.read(name), fixed, "{}", log(&output));
        (output, report)
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A strict TypeScript project of CommonJS modules under `src/`.
const TS_CONFIG: &str = r#"{"compilerOptions": {"strict": true, "noEmit": true, "module": "commonjs", "target": "es2020"}, "include": ["src"]}"#;

fn log(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn outcomes(report: &Value) -> Vec<(String, String)> {
    report["applied"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|a| {
            (
                a["title"].as_str().unwrap_or_default().to_string(),
                a["outcome"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn python_imports_a_function_from_the_project_module_that_defines_it() {
    let project = Project::new("py");
    project.write("shop/__init__.py", "");
    project.write(
        "shop/pricing.py",
        "def with_tax(amount):\n    return round(amount * 1.2, 2)\n",
    );
    project.write(
        "main.py",
        "import sys\n\nprint(with_tax(10))\nsys.exit(0)\n",
    );
    let (output, report) = project.heal(&["python3", "main.py"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.py"),
        "import sys\nfrom shop.pricing import with_tax\n\nprint(with_tax(10))\nsys.exit(0)\n"
    );
    assert!(log(&output).contains("project symbol"), "{}", log(&output));
}

/// Inside a package, the missing class is imported relatively, as the module's other imports
/// are — not replaced by the close module name `pricing`, and not imported as a script would.
#[test]
fn a_package_module_imports_a_sibling_relatively() {
    let project = Project::new("pkg");
    project.write("shop/__init__.py", "from .cart import total\n");
    project.write("shop/pricing.py", "class Pricing:\n    rate = 1.2\n");
    project.write(
        "shop/cart.py",
        "from .util import twice\n\n\ndef total(x):\n    return twice(x) * Pricing.rate\n",
    );
    project.write("shop/util.py", "def twice(x):\n    return 2 * x\n");
    project.write("main.py", "from shop import total\n\nprint(total(1))\n");
    let (output, report) = project.heal(&["python3", "main.py"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("shop/cart.py"),
        "from .util import twice\nfrom .pricing import Pricing\n\n\ndef total(x):\n    return twice(x) * Pricing.rate\n"
    );
    assert_eq!(outcomes(&report).len(), 1, "{}", log(&output));
}

#[test]
fn typescript_gets_a_project_import_and_a_corrected_relative_path() {
    let project = Project::new("ts");
    project.write("tsconfig.json", TS_CONFIG);
    project.write(
        "src/format.ts",
        "export function shout(s: string): string {\n  return s.toUpperCase();\n}\n",
    );
    project.write(
        "src/math.ts",
        "export function sumAll(xs: number[]): number {\n  return xs.reduce((a, b) => a + b, 0);\n}\n",
    );
    project.write(
        "src/main.ts",
        "import { shout } from \"./fromat\";\n\nconsole.log(shout(\"hi\"), sumAll([1, 2]));\n",
    );
    let (output, report) = project.heal(&["tsc", "-p", "."]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("src/main.ts"),
        "import { shout } from \"./format\";\nimport { sumAll } from \"./math\";\n\nconsole.log(shout(\"hi\"), sumAll([1, 2]));\n"
    );
}

#[test]
fn go_qualifies_the_name_and_imports_its_package_by_the_module_path() {
    let project = Project::new("go");
    project.write("go.mod", "module example.com/shop\n\ngo 1.19\n");
    project.write(
        "text/reverse.go",
        "package text\n\n// Reverse returns s backwards.\nfunc Reverse(s string) string {\n\tr := []rune(s)\n\tfor i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {\n\t\tr[i], r[j] = r[j], r[i]\n\t}\n\treturn string(r)\n}\n",
    );
    project.write(
        "main.go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(Reverse(\"abc\"))\n}\n",
    );
    let (output, report) = project.heal(&["go", "build", "-o", "/dev/null", "."]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.go"),
        "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/shop/text\"\n)\n\nfunc main() {\n\tfmt.Println(text.Reverse(\"abc\"))\n}\n"
    );
}

/// `totl` is one edit from `tot` (used more, so tried first) and from `total`: the first try
/// breaks the line it changed, is reverted, and the second is kept.
#[test]
fn a_failed_candidate_is_reverted_and_the_next_one_tried() {
    let project = Project::new("search");
    let script = "function total(xs) {\n  return xs.reduce((a, b) => a + b, 0);\n}\nconst tot = 1;\nconsole.log(tot + tot);\nconsole.log(totl([1, 2, 3]));\n";
    project.write("main.js", script);
    let (output, report) = project.heal(&["node", "main.js"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(project.read("main.js"), script.replace("totl(", "total("));
    assert_eq!(
        outcomes(&report),
        [
            (
                "Replace `totl` with `tot`".to_string(),
                "failure".to_string()
            ),
            (
                "Replace `totl` with `total`".to_string(),
                "success".to_string()
            ),
        ],
        "{}",
        log(&output)
    );
}

#[test]
fn max_tries_bounds_the_search() {
    let project = Project::new("tries");
    let script = "function total(xs) {\n  return xs.reduce((a, b) => a + b, 0);\n}\nconst tot = 1;\nconsole.log(tot + tot);\nconsole.log(totl([1, 2, 3]));\n";
    project.write("main.js", script);
    let report = project.dir.join(".report.json");
    let output = Command::new(env!("CARGO_BIN_EXE_selfheal"))
        .args(["heal", "--yes", "--max-tries", "1", "--report"])
        .arg(&report)
        .args(["--", "node", "main.js"])
        .current_dir(&project.dir)
        .env("SELFHEAL_HOME", project.dir.join(".home"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(outcomes(&report).len(), 1, "{}", log(&output));
    assert_eq!(
        project.read("main.js"),
        script,
        "the failed try was reverted"
    );
    assert!(
        log(&output).contains("1 fix was tried and did not remove it"),
        "{}",
        log(&output)
    );
}

fn code_actions_at(client: &mut LspClient, uri: &str, diagnostic: &Value) -> Value {
    client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": diagnostic["range"],
                   "context": {"diagnostics": [diagnostic]}}),
        )
        .expect("codeAction answers")
}

#[test]
fn the_editor_offers_generated_fixes_titled_with_their_origin() {
    let mut client = LspClient::spawn();
    let root: &Path = client.home.path();
    std::fs::write(
        root.join("math.ts"),
        "export function sumAll(xs: number[]): number {\n  return xs.reduce((a, b) => a + b, 0);\n}\n",
    )
    .unwrap();
    let text = "const total = 3;\nconsole.log(totl + 1, sumAll([total]));\n";
    let path = root.join("main.ts");
    std::fs::write(&path, text).unwrap();
    client.initialize_default();
    let uri = file_uri(&path);
    client.open(&uri, "typescript", 1, text);
    let misspelt = json!({
        "range": {"start": {"line": 1, "character": 12}, "end": {"line": 1, "character": 16}},
        "severity": 1, "source": "typescript", "code": 2304,
        "message": "Cannot find name 'totl'.",
    });
    let response = code_actions_at(&mut client, &uri, &misspelt);
    let actions = actions_titled(&response, "Replace `totl` with `total` (did you mean)");
    assert_eq!(actions.len(), 1, "{response:#}");
    let edits = actions[0]["edit"]["documentChanges"][0]["edits"]
        .as_array()
        .unwrap();
    assert_eq!(
        apply_text_edits(text, edits, Encoding::Utf16),
        text.replace("totl +", "total +")
    );
    // The workspace is indexed in the background after `initialized`.
    let missing = json!({
        "range": {"start": {"line": 1, "character": 22}, "end": {"line": 1, "character": 28}},
        "severity": 1, "source": "typescript", "code": 2304,
        "message": "Cannot find name 'sumAll'.",
    });
    let mut found = Value::Null;
    for _ in 0..100 {
        let response = code_actions_at(&mut client, &uri, &missing);
        if let Some(action) = actions_titled(&response, "(project symbol)").first() {
            found = (*action).clone();
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(
        found["title"], "Add `import { sumAll } from './math';` (project symbol)",
        "{found:#}"
    );
    client.shutdown();
}

/// Go refuses an unused local (`count declared but not used`): its side-effect-free declaration
/// goes. One whose correctly spelt twin is unused because of a typo (`totl`) is not deleted:
/// there the typo is fixed instead. One of several names a call assigns becomes the blank `_`
/// (the call stays).
#[test]
fn go_deletes_an_unused_local_only_when_that_changes_nothing_else() {
    let project = Project::new("go-unused");
    project.write("go.mod", "module example.com/unused\n\ngo 1.19\n");
    let source = "package main\n\nimport \"fmt\"\n\nfunc sum(xs []int) int {\n\tcount := len(xs)\n\ttotal := 0\n\tfor _, x := range xs {\n\t\ttotal += x\n\t}\n\treturn total\n}\n\nfunc main() {\n\tfmt.Println(sum([]int{1, 2, 3}))\n}\n";
    project.write("main.go", source);
    let (output, report) = project.heal(&["go", "build", "-o", "/dev/null", "."]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.go"),
        source.replace("\tcount := len(xs)\n", "")
    );

    let twin = Project::new("go-unused-twin");
    twin.write("go.mod", "module example.com/twin\n\ngo 1.19\n");
    let source = "package main\n\nimport \"fmt\"\n\nfunc sum(xs []int) int {\n\ttotal := 0\n\tfor _, x := range xs {\n\t\ttotl += x\n\t}\n\treturn 0\n}\n\nfunc main() {\n\tfmt.Println(sum([]int{1, 2, 3}))\n}\n";
    twin.write("main.go", source);
    let (output, _) = twin.heal(&["go", "build", "-o", "/dev/null", "."]);
    assert!(
        twin.read("main.go").contains("\ttotal := 0\n"),
        "{}",
        log(&output)
    );

    let effect = Project::new("go-unused-effect");
    effect.write("go.mod", "module example.com/effect\n\ngo 1.19\n");
    let source = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn, err := fmt.Println(\"hi\")\n\t_ = err\n}\n";
    effect.write("main.go", source);
    let (output, report) = effect.heal(&["go", "build", "-o", "/dev/null", "."]);
    // The call stays (it prints); the unused name among those it assigns becomes the blank.
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        effect.read("main.go"),
        source.replace("\tn, err :=", "\t_, err :="),
        "{}",
        log(&output)
    );
}

/// gcc with `-Werror`: `unused variable 'tmp'` is an error; the declaration goes (a qualified
/// name one edit away, `std::cout` for `count`, is no typo of it).
#[test]
fn gcc_werror_deletes_an_unused_local() {
    let project = Project::new("cpp-unused");
    let source = "#include <iostream>\n\nint main() {\n    int count = 0;\n    std::cout << \"hi\\n\";\n    return 0;\n}\n";
    project.write("main.cpp", source);
    let (output, report) =
        project.heal(&["g++", "-Wall", "-Werror", "-o", "/dev/null", "main.cpp"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.cpp"),
        source.replace("    int count = 0;\n", "")
    );
}

/// A builtin's member in the wrong case or misspelt (`JSON.Parse`, `s.toLowercase`): Node names
/// no alternative, the builtins' members do.
#[test]
fn node_corrects_a_misspelt_builtin_member() {
    let project = Project::new("js-member");
    let source = "const cfg = JSON.Parse('{\"a\": 1}');\nconst s = \"X\";\nconsole.log(s.toLowercase(), cfg.a);\n";
    project.write("main.js", source);
    let (output, report) = project.heal(&["node", "main.js"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.js"),
        source
            .replace("JSON.Parse", "JSON.parse")
            .replace("toLowercase", "toLowerCase")
    );
}

/// `undefined: strings.toUpper`: another package's member is only usable exported.
#[test]
fn go_uses_the_exported_spelling_of_a_package_member() {
    let project = Project::new("go-exported");
    project.write("go.mod", "module example.com/exported\n\ngo 1.19\n");
    let source = "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tfmt.Println(strings.toUpper(\"hi\"))\n}\n";
    project.write("main.go", source);
    let (output, report) = project.heal(&["go", "build", "-o", "/dev/null", "."]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.go"),
        source.replace("toUpper", "ToUpper")
    );
}

/// `unresolved import `std::colections``: the standard library's module by its close name
/// (rustc offers none).
#[test]
fn rust_corrects_a_misspelt_standard_library_module() {
    let project = Project::new("rust-std-module");
    let source = "use std::colections::HashSet;\n\nfn main() {\n    let s: HashSet<i32> = [1, 2, 1].into_iter().collect();\n    println!(\"{}\", s.len());\n}\n";
    project.write("main.rs", source);
    let (output, report) =
        project.heal(&["rustc", "--edition", "2021", "-o", "main-bin", "main.rs"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.rs"),
        source.replace("colections", "collections")
    );
}

/// A function a module declares but does not export, imported from another: `export` where it
/// is declared — tsc's TS2459 and Node's "does not provide an export named".
#[test]
fn a_function_declared_but_not_exported_is_exported_where_it_is_declared() {
    let project = Project::new("ts-export");
    project.write("tsconfig.json", TS_CONFIG);
    let format = "const SIGN = \"$\";\n\nfunction money(cents: number): string {\n  return SIGN + (cents / 100).toFixed(2);\n}\n\nexport const ZERO = money(0);\n";
    project.write("src/format.ts", format);
    project.write(
        "src/main.ts",
        "import { money } from \"./format\";\n\nconsole.log(money(250));\n",
    );
    let (output, report) = project.heal(&["tsc", "-p", "."]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("src/format.ts"),
        format.replace("\nfunction money", "\nexport function money")
    );

    let node = Project::new("node-export");
    let dates = "function pad(n) {\n  return String(n).padStart(2, \"0\");\n}\n\nfunction day(d) {\n  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;\n}\n\nexport { pad };\n";
    node.write("dates.mjs", dates);
    node.write(
        "main.mjs",
        "import { day } from \"./dates.mjs\";\n\nconsole.log(day(new Date(0)));\n",
    );
    let (output, report) = node.heal(&["node", "main.mjs"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        node.read("dates.mjs"),
        dates.replace("\nfunction day", "\nexport function day")
    );
}

/// tsc's "has no exported member named 'parseConfg'. Did you mean 'parseConfig'?" at the
/// import: the import and the file's uses of the name are renamed together (the import alone
/// would leave each use an error of its own).
#[test]
fn typescript_renames_a_misspelt_import_and_its_uses_together() {
    let project = Project::new("ts-import-rename");
    project.write("tsconfig.json", TS_CONFIG);
    project.write(
        "src/config.ts",
        "export function parseConfig(s: string): number {\n  return s.length;\n}\n",
    );
    let main = "import { parseConfg } from \"./config\";\n\nconst a = parseConfg(\"{}\");\nconsole.log(a, parseConfg(\"[]\"));\n";
    project.write("src/main.ts", main);
    let (output, report) = project.heal(&["tsc", "-p", "."]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("src/main.ts"),
        main.replace("parseConfg", "parseConfig")
    );
    assert_eq!(
        report["applied"].as_array().map(Vec::len),
        Some(1),
        "{report}"
    );
}

/// `'{' was never closed` on a line that ends with the `{`: the `}` goes where the items end,
/// not right after the `{` (which would close an empty dict and leave the items indented).
#[test]
fn python_closes_a_literal_left_open_where_its_items_end() {
    let project = Project::new("py-never-closed");
    let source = "def settings():\n    defaults = {\n        \"host\": \"127.0.0.1\",\n        \"port\": 8000,\n    return dict(defaults)\n\n\nprint(settings()[\"port\"])\n";
    project.write("main.py", source);
    let (output, report) = project.heal(&["python3", "main.py"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.py"),
        source.replace("8000,\n", "8000,\n    }\n")
    );
}

/// A misspelt member of a standard package the compiler offers nothing for: the names the
/// package's own source (under the Go installation) exports.
#[test]
fn go_corrects_a_misspelt_member_from_the_package_source() {
    let project = Project::new("go-package-source");
    project.write("go.mod", "module example.com/source\n\ngo 1.19\n");
    let source = "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tfmt.Println(strings.TrimPrefx(\"Bearer x\", \"Bearer \"))\n}\n";
    project.write("main.go", source);
    let (output, report) = project.heal(&["go", "build", "-o", "/dev/null", "."]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.go"),
        source.replace("TrimPrefx", "TrimPrefix")
    );
}

/// `cannot import name 'Paht' from 'pathlib' (…/pathlib.py)`: one of the names that file
/// defines (Python before 3.12 offers none).
#[test]
fn python_corrects_a_name_imported_from_a_module_by_its_source() {
    let project = Project::new("py-import-name");
    let source = "from pathlib import Paht\n\nprint(Paht(\".\").name == \"\")\n";
    project.write("main.py", source);
    let (output, report) = project.heal(&["python3", "main.py"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(project.read("main.py"), source.replace("Paht", "Path"));
}

/// A misspelt part of a module path that names the project's directories: the first part that
/// does not exist gets the close name beside it — Python's relative sibling, Java's package,
/// Rust's `crate::` path, Go's package under the module path, an ES module's file that Node
/// names by its absolute path, a C++ header.
#[test]
fn python_corrects_the_misspelt_part_of_a_relative_module() {
    let project = Project::new("py-module-path");
    project.write("signup/__init__.py", "");
    project.write(
        "signup/validators.py",
        "def valid(x):\n    return bool(x)\n",
    );
    project.write(
        "signup/form.py",
        "from .validatros import valid\n\nprint(valid(1))\n",
    );
    let (output, report) = project.heal(&["python3", "-m", "signup.form"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("signup/form.py"),
        "from .validators import valid\n\nprint(valid(1))\n"
    );
}

#[test]
fn java_corrects_a_misspelt_package_instead_of_importing_the_class_twice() {
    let project = Project::new("java-package");
    project.write(
        "src/com/acme/util/Strings.java",
        "package com.acme.util;\n\npublic class Strings {\n    public static String shout(String s) { return s.toUpperCase(); }\n}\n",
    );
    let main = "package com.acme;\n\nimport com.acme.utils.Strings;\n\npublic class Main {\n    public static void main(String[] args) {\n        System.out.println(Strings.shout(\"hi\"));\n    }\n}\n";
    project.write("src/com/acme/Main.java", main);
    let (output, report) = project.heal(&[
        "javac",
        "-d",
        "build",
        "src/com/acme/Main.java",
        "src/com/acme/util/Strings.java",
    ]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("src/com/acme/Main.java"),
        main.replace("acme.utils.", "acme.util.")
    );
}

#[test]
fn rust_corrects_a_misspelt_crate_module_in_a_use() {
    let project = Project::new("rust-crate-path");
    project.write(
        "geometry.rs",
        "pub fn area(w: u32, h: u32) -> u32 {\n    w * h\n}\n",
    );
    let main = "mod geometry;\n\nuse crate::geomtry::area;\n\nfn main() {\n    println!(\"{}\", area(2, 3));\n}\n";
    project.write("main.rs", main);
    let (output, report) = project.heal(&["rustc", "--edition", "2021", "-o", "main", "main.rs"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(project.read("main.rs"), main.replace("geomtry", "geometry"));
}

#[test]
fn go_corrects_a_misspelt_package_under_the_module_path() {
    let project = Project::new("go-module-path");
    project.write("go.mod", "module example.com/library\n\ngo 1.19\n");
    project.write(
        "catalog/catalog.go",
        "package catalog\n\n// Count is the number of books.\nfunc Count() int { return 3 }\n",
    );
    let main = "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/library/catalg\"\n)\n\nfunc main() {\n\tfmt.Println(catalog.Count())\n}\n";
    project.write("main.go", main);
    let output = Command::new(env!("CARGO_BIN_EXE_selfheal"))
        .args(["heal", "--yes", "--", "go", "build", "-o", "/dev/null", "."])
        .current_dir(&project.dir)
        .env("SELFHEAL_HOME", project.dir.join(".home"))
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(
        project.read("main.go"),
        main.replace("library/catalg", "library/catalog"),
        "{}",
        log(&output)
    );
}

#[test]
fn node_esm_names_the_missing_file_absolutely_and_its_specifier_is_corrected() {
    let project = Project::new("esm-path");
    project.write("package.json", "{\"type\": \"module\"}\n");
    project.write(
        "lib/format.js",
        "export const pct = (x) => `${x * 100}%`;\n",
    );
    let main = "import { pct } from \"./lib/formt.js\";\n\nconsole.log(pct(0.5));\n";
    project.write("main.js", main);
    let (output, report) = project.heal(&["node", "main.js"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.js"),
        main.replace("formt.js", "format.js")
    );
}

#[test]
fn gcc_corrects_a_misspelt_cpp_header() {
    let project = Project::new("cpp-header");
    let source = "#include <unorderd_set>\n\nint main() {\n    std::unordered_set<int> s{1, 2};\n    return s.size() == 2 ? 0 : 1;\n}\n";
    project.write("main.cpp", source);
    let (output, report) = project.heal(&["g++", "-o", "/dev/null", "main.cpp"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.cpp"),
        source.replace("unorderd_set", "unordered_set")
    );
}

/// Syntax repairs that read the code's shape: a block left open gets its `}` where its body
/// ends (not at the end of the file, where Go noticed); a line that opens more than it closes
/// gets its closers before its trailing `;` or `{` (rustc, Node); Python's stray unindent goes
/// to the nearest level, its unterminated string is closed before the line's brackets.
#[test]
fn go_closes_the_block_left_open_where_its_body_ends() {
    let project = Project::new("go-brace");
    project.write("go.mod", "module example.com/brace\n\ngo 1.19\n");
    let source = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 2; i++ {\n\t\tif i > 0 {\n\t\t\tfmt.Println(i)\n\t}\n}\n";
    project.write("main.go", source);
    let (output, report) = project.heal(&["go", "build", "-o", "/dev/null", "."]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.go"),
        source.replace("\t\t\tfmt.Println(i)\n", "\t\t\tfmt.Println(i)\n\t\t}\n")
    );
}

#[test]
fn rustc_and_node_close_what_a_line_left_open() {
    let project = Project::new("line-open");
    let rust = "fn main() {\n    let v = [1, 2];\n    println!(\"{}\", v[0];\n}\n";
    project.write("main.rs", rust);
    let (output, report) = project.heal(&["rustc", "--edition", "2021", "-o", "main", "main.rs"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(project.read("main.rs"), rust.replace("v[0];", "v[0]);"));
    let js = "const n = 3;\nif (n > 5 || (n < 2 {\n  console.log(\"out\");\n}\n";
    project.write("main.js", js);
    let (output, report) = project.heal(&["node", "main.js"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(project.read("main.js"), js.replace("n < 2 {", "n < 2)) {"));
}

#[test]
fn python_fixes_a_stray_unindent_and_an_unterminated_string() {
    let project = Project::new("py-shape");
    let indent = "def f(rows):\n    out = []\n    for r in rows:\n        x = r * 2\n       out.append(x)\n    return out\n\nprint(f([1]))\n";
    project.write("indent.py", indent);
    let (output, report) = project.heal(&["python3", "indent.py"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("indent.py"),
        indent.replace("       out.append", "        out.append")
    );
    let string = "name = \"x\"\nprint([f\"{name} v1\", f\"for {name.lower()}-users])\n";
    project.write("string.py", string);
    let (output, report) = project.heal(&["python3", "string.py"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("string.py"),
        string.replace("-users]", "-users\"]")
    );
}

/// An item used from outside where it is visible is made public where it is defined: rustc's
/// note names the place; javac names the class, found in the project.
#[test]
fn a_private_item_used_from_outside_is_made_public_where_it_is_defined() {
    let project = Project::new("visibility");
    project.write("text.rs", "pub fn shout(s: &str) -> String {\n    upper(s)\n}\n\nfn upper(s: &str) -> String {\n    s.to_uppercase()\n}\n");
    let main = "mod text;\n\nfn main() {\n    println!(\"{}\", text::upper(\"hi\"));\n}\n";
    project.write("main.rs", main);
    let (output, report) = project.heal(&["rustc", "--edition", "2021", "-o", "main", "main.rs"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert!(project.read("text.rs").contains("\npub fn upper(s: &str)"));

    project.write(
        "src/units/Convert.java",
        "package units;\n\npublic class Convert {\n    private static double half(double x) {\n        return x / 2;\n    }\n}\n",
    );
    project.write(
        "src/App.java",
        "import units.Convert;\n\npublic class App {\n    public static void main(String[] args) {\n        System.out.println(Convert.half(3));\n    }\n}\n",
    );
    let (output, report) = project.heal(&[
        "javac",
        "-d",
        "build",
        "src/App.java",
        "src/units/Convert.java",
    ]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert!(
        project
            .read("src/units/Convert.java")
            .contains("    public static double half(double x) {"),
        "{}",
        log(&output)
    );
}

/// Fixes at the declaration of the variable an error is about: Node's `Assignment to constant
/// variable.` names no variable (the line's assignment does), javac's final field, a promise or
/// coroutine used as its value inside an `async` function.
#[test]
fn a_declaration_is_fixed_for_how_the_variable_is_used() {
    let project = Project::new("declared");
    let js = "function retry() {\n  const attempts = 0;\n  for (let i = 0; i < 3; i++) {\n    attempts += 1;\n  }\n  return attempts;\n}\nconsole.log(retry());\n";
    project.write("main.js", js);
    let (output, report) = project.heal(&["node", "main.js"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.js"),
        js.replace("const attempts", "let attempts")
    );

    let py = "import asyncio\n\n\nasync def price(item):\n    return 2.0\n\n\nasync def total(items):\n    t = 0.0\n    for item in items:\n        p = price(item)\n        t += p * 2\n    return t\n\n\nprint(asyncio.run(total([\"a\"])))\n";
    project.write("main.py", py);
    let (output, report) = project.heal(&["python3", "main.py"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("main.py"),
        py.replace("p = price", "p = await price")
    );

    let java = "public class Limit {\n    private final int used;\n\n    Limit() {\n        used = 0;\n    }\n\n    void take() {\n        used = used + 1;\n    }\n\n    public static void main(String[] args) {\n        new Limit().take();\n    }\n}\n";
    project.write("Limit.java", java);
    let (output, report) = project.heal(&["javac", "-d", "build", "Limit.java"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("Limit.java"),
        java.replace("private final int", "private int")
    );
}

/// A name a header of the project declares gets its `#include "…"` (gcc's `unknown type name
/// ‘ring_t’` and `implicit declaration of function ‘ring_init’`, in Unicode quotes).
#[test]
fn gcc_includes_the_project_header_that_declares_the_name() {
    let project = Project::new("c-header");
    project.write(
        "src/ring.h",
        "#ifndef RING_H\n#define RING_H\n\ntypedef struct { int n; } ring_t;\n\nvoid ring_init(ring_t *r);\n\n#endif\n",
    );
    project.write(
        "src/ring.c",
        "#include \"ring.h\"\n\nvoid ring_init(ring_t *r) { r->n = 0; }\n",
    );
    let main = "#include <stdio.h>\n\nint main(void) {\n    ring_t r;\n    ring_init(&r);\n    printf(\"%d\\n\", r.n);\n    return 0;\n}\n";
    project.write("src/main.c", main);
    let (output, report) = project.heal(&[
        "gcc",
        "-Wall",
        "-Werror",
        "-o",
        "/dev/null",
        "src/main.c",
        "src/ring.c",
    ]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert!(
        project.read("src/main.c").contains("#include \"ring.h\"\n"),
        "{}",
        log(&output)
    );
}

#[test]
fn typescript_under_nodenext_imports_a_project_name_with_its_js_extension() {
    let project = Project::new("ts-nodenext");
    project.write(
        "tsconfig.json",
        r#"{"compilerOptions": {"strict": true, "module": "nodenext", "moduleResolution": "nodenext", "noEmit": true, "types": []}, "include": ["src"]}"#,
    );
    project.write("package.json", "{\"type\": \"module\"}\n");
    project.write(
        "src/lib/numbers.ts",
        "export function clamp(x: number, lo: number, hi: number): number {\n  return Math.min(hi, Math.max(lo, x));\n}\n",
    );
    // No import in the file to copy the style from: the project's resolution decides.
    project.write(
        "src/ui/slider.ts",
        "export function position(x: number): number {\n  return clamp(x, 0, 100);\n}\n",
    );
    let (output, report) = project.heal(&["tsc", "-p", "."]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert!(
        project
            .read("src/ui/slider.ts")
            .starts_with("import { clamp } from '../lib/numbers.js';\n"),
        "{}",
        project.read("src/ui/slider.ts")
    );
}

/// Go's conversions the compiler names: a value's address for a pointer parameter (`cannot use
/// s (variable of type Settings) as type *Settings in argument`), and a number operand
/// converted to the named type of the other (`mismatched types int and time.Duration`).
#[test]
fn go_converts_a_value_to_the_type_the_compiler_names() {
    let project = Project::new("go-convert");
    project.write("go.mod", "module example.com/convert\n\ngo 1.19\n");
    let source = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\ntype Settings struct{ Retries int }\n\nfunc applyDefaults(s *Settings) { s.Retries = 3 }\n\nfunc main() {\n\tvar s Settings\n\tapplyDefaults(s)\n\tseconds := 2\n\tfmt.Println(s.Retries, seconds*time.Second)\n}\n";
    project.heals(
        "main.go",
        source,
        &["go", "build", "-o", "/dev/null", "."],
        &source
            .replace("applyDefaults(s)", "applyDefaults(&s)")
            .replace("seconds*time", "time.Duration(seconds)*time"),
    );
}

/// A string method on a number: tsc's `Property 'padStart' does not exist on type 'number'`
/// and Python's `'int' object has no attribute 'zfill'` convert the receiver first.
#[test]
fn a_string_method_on_a_number_converts_the_receiver() {
    let project = Project::new("receiver");
    project.write("tsconfig.json", TS_CONFIG);
    let ts = "export function clock(m: number, s: number): string {\n  return `${m}:${s.padStart(2, \"0\")}`;\n}\n";
    project.heals(
        "src/clock.ts",
        ts,
        &["tsc", "-p", "."],
        &ts.replace("s.padStart", "String(s).padStart"),
    );
    let py = "def label(n):\n    return \"#\" + n.zfill(4)\n\n\nprint(label(42))\n";
    project.heals(
        "main.py",
        py,
        &["python3", "main.py"],
        &py.replace("n.zfill", "str(n).zfill"),
    );
}

/// A signature fixed for its body or callers: javac's unreported checked exception declared by
/// each method up the calls (two rounds), Python's method without `self`.
#[test]
fn a_signature_declares_the_exception_or_takes_self() {
    let project = Project::new("signature");
    let java = "public class Main {\n    static void pause(long millis) {\n        Thread.sleep(millis);\n    }\n\n    public static void main(String[] args) {\n        pause(1);\n    }\n}\n";
    project.heals(
        "Main.java",
        java,
        &["javac", "-d", "build", "Main.java"],
        &java
            .replace("millis) {", "millis) throws InterruptedException {")
            .replace("args) {", "args) throws InterruptedException {"),
    );
    let py = "class Cart:\n    def __init__(self):\n        self.items = []\n\n    def is_empty():\n        return not self.items\n\n\nprint(Cart().is_empty())\n";
    project.heals(
        "cart.py",
        py,
        &["python3", "cart.py"],
        &py.replace("is_empty():", "is_empty(self):"),
    );
}

/// C and C++ read the way gcc reports them: a struct's `}` without its `;` (reported at the
/// next declaration: `‘static’ is not at beginning of declaration`), and a name gcc offers in a
/// namespace (`suggested alternatives: ‘std::vector’`).
#[test]
fn gcc_ends_a_struct_and_qualifies_a_name_it_suggests() {
    let project = Project::new("gcc-shapes");
    let c = "#include <stdio.h>\n\nstruct range {\n    int min;\n    int max;\n}\n\nstatic int width(const struct range *r) {\n    return r->max - r->min;\n}\n\nint main(void) {\n    struct range r = {1, 4};\n    printf(\"%d\\n\", width(&r));\n    return 0;\n}\n";
    project.heals(
        "main.c",
        c,
        &[
            "gcc",
            "-std=c11",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-o",
            "/dev/null",
            "main.c",
        ],
        &c.replace("    int max;\n}\n", "    int max;\n};\n"),
    );
    let cpp = "#include <vector>\n\nint main() {\n    vector<int> v{1, 2};\n    return v.size() == 2 ? 0 : 1;\n}\n";
    project.heals(
        "main.cpp",
        cpp,
        &["g++", "-std=c++17", "-Wall", "-o", "/dev/null", "main.cpp"],
        &cpp.replace("    vector<int>", "    std::vector<int>"),
    );
}

/// A generic type given one argument too few gets the missing one, the types the file uses
/// first; a wrong guess that moves the error to where the value is used, further than the lines
/// it changed, is reverted (tsc's `Record<string, boolean>` for counts), and the next one kept.
#[test]
fn a_missing_type_argument_is_guessed_and_checked_strictly() {
    let project = Project::new("type-arguments");
    project.write("tsconfig.json", TS_CONFIG);
    let ts = "export function tally(words: string[], strict: boolean): Record<string> {\n  const counts: Record<string> = {};\n  for (const w of words) {\n    if (strict && w.length === 0) {\n      continue;\n    }\n    counts[w] = (counts[w] ?? 0) + 1;\n  }\n  return counts;\n}\n";
    let (output, report) = project.heals(
        "src/tally.ts",
        ts,
        &["tsc", "-p", "."],
        &ts.replace("Record<string>", "Record<string, number>"),
    );
    assert_eq!(
        outcomes(&report)
            .iter()
            .map(|(_, outcome)| outcome.as_str())
            .collect::<Vec<_>>(),
        ["failure", "success"],
        "{}",
        log(&output)
    );

    let java = "import java.util.HashMap;\nimport java.util.Map;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String> names = new HashMap<>();\n        names.put(\"a\", \"Ana\");\n        System.out.println(names.get(\"a\"));\n    }\n}\n";
    project.heals(
        "Main.java",
        java,
        &["javac", "-d", "build", "Main.java"],
        &java.replace("Map<String>", "Map<String, String>"),
    );

    // rustc's own help names the parameter (`Result<u8, E>`): an error type goes there.
    let rust = "fn parse(s: &str) -> Result<u8> {\n    s.parse().map_err(|e| format!(\"{s}: {e}\"))\n}\n\nfn main() {\n    println!(\"{:?}\", parse(\"7\"));\n}\n";
    project.heals(
        "main.rs",
        rust,
        &["rustc", "--edition", "2021", "-o", "main-bin", "main.rs"],
        &rust.replace("Result<u8>", "Result<u8, String>"),
    );

    let cpp = "#include <map>\n#include <string>\n\nint main() {\n    std::map<std::string> hits;\n    hits[\"/\"] += 1;\n    return hits.size() == 1 ? 0 : 1;\n}\n";
    project.heals(
        "main.cpp",
        cpp,
        &["g++", "-std=c++17", "-Wall", "-o", "/dev/null", "main.cpp"],
        &cpp.replace("std::map<std::string>", "std::map<std::string, int>"),
    );
}

/// A name swapped for a similar one that exists (Python's `Did you mean: 'timeouts'?`, rustc's
/// similar field) makes the error go, but when the program then fails its own check (an
/// assertion it never reached before), the name was not the one meant: every such try is
/// reverted and the files are left as they were.
#[test]
fn a_similar_name_that_fails_the_programs_check_is_not_kept() {
    let project = Project::new("name-check");
    let py = "class Client:\n    def __init__(self):\n        self.read_timeout = 5\n        self.timeouts = 0\n\n    def options(self):\n        return {\"timeout\": self.timeout}\n\n\nassert Client().options() == {\"timeout\": 5}, Client().options()\n";
    project.write("client.py", py);
    let (output, report) = project.heal(&["python3", "client.py"]);
    assert_ne!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(project.read("client.py"), py, "{}", log(&output));
    assert!(
        outcomes(&report)
            .iter()
            .all(|(_, outcome)| outcome == "failure"),
        "{}",
        log(&output)
    );

    let rust = "struct Client {\n    read_timeout_ms: u64,\n    timeouts: u64,\n}\n\nimpl Client {\n    fn deadline(&self, now_ms: u64) -> u64 {\n        now_ms + self.timeout_ms\n    }\n}\n\nfn main() {\n    let c = Client { read_timeout_ms: 250, timeouts: 0 };\n    assert_eq!(c.deadline(1000), 1250);\n    println!(\"{}\", c.timeouts);\n}\n";
    project.write("main.rs", rust);
    let (output, report) = project.heal(&[
        "bash",
        "-c",
        "rustc --edition 2021 -o main-bin main.rs && ./main-bin",
    ]);
    assert_ne!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(project.read("main.rs"), rust, "{}", log(&output));
    assert!(!outcomes(&report).is_empty(), "{}", log(&output));
}

/// More of what C, C++ and Java compilers name: a project header misspelt in a quoted include
/// (`utils.h: No such file or directory` beside `util.h`), a C++ member function marked `const`
/// where gcc's note says it was called from a `const` one, and javac's lossy conversion cast.
#[test]
fn headers_const_members_and_lossy_conversions() {
    let project = Project::new("c-family");
    project.write(
        "util.h",
        "#ifndef UTIL_H\n#define UTIL_H\nstatic inline int twice(int x) { return 2 * x; }\n#endif\n",
    );
    let c = "#include <stdio.h>\n#include \"utils.h\"\n\nint main(void) {\n    printf(\"%d\\n\", twice(2));\n    return 0;\n}\n";
    project.heals(
        "main.c",
        c,
        &["gcc", "-Wall", "-Werror", "-o", "/dev/null", "main.c"],
        &c.replace("utils.h", "util.h"),
    );
    let cpp = "#include <string>\n\nclass Track {\n    int seconds_ = 90;\n\npublic:\n    int minutes() {\n        return seconds_ / 60;\n    }\n    std::string label() const {\n        return std::to_string(minutes()) + \" min\";\n    }\n};\n\nint main() {\n    return Track().label().empty() ? 1 : 0;\n}\n";
    project.heals(
        "main.cpp",
        cpp,
        &["g++", "-std=c++17", "-Wall", "-o", "/dev/null", "main.cpp"],
        &cpp.replace("int minutes() {", "int minutes() const {"),
    );
    // Declared in a header and defined out of line: the declaration first, then the definition
    // gcc says no longer matches it (`candidate is: ‘double Room::area() const’`).
    let header = "#pragma once\nclass Room {\n    double w_ = 2, h_ = 3;\n\npublic:\n    double area();\n};\n";
    let room = "#include \"room.h\"\n\ndouble Room::area() {\n    return w_ * h_;\n}\n";
    project.write("room.cpp", room);
    project.write(
        "app.cpp",
        "#include \"room.h\"\n\nstatic double twice(const Room& r) { return 2 * r.area(); }\n\nint main() {\n    return twice(Room()) == 12 ? 0 : 1;\n}\n",
    );
    project.heals(
        "room.h",
        header,
        &[
            "g++",
            "-std=c++17",
            "-Wall",
            "-o",
            "/dev/null",
            "app.cpp",
            "room.cpp",
        ],
        &header.replace("area();", "area() const;"),
    );
    assert_eq!(
        project.read("room.cpp"),
        room.replace("area() {", "area() const {")
    );
    let java = "public class Main {\n    public static void main(String[] args) {\n        double ratio = 0.5;\n        int percent = ratio * 100;\n        System.out.println(percent);\n    }\n}\n";
    project.heals(
        "Main.java",
        java,
        &["javac", "-d", "build", "Main.java"],
        &java.replace("= ratio * 100;", "= (int) (ratio * 100);"),
    );
}

/// More declarations fixed for their use: a C++ `override` marked `const` like the virtual
/// function it overrides (gcc: `marked ‘override’, but does not override`), Node's call of an
/// `async` function used without `await` (`Cannot read properties of undefined`), a CommonJS
/// module's function added to its `module.exports`, and another library's name for a member
/// (javac's `symbol: method length()` on a `List`: `size`).
#[test]
fn overrides_awaits_exports_and_another_librarys_member_name() {
    let project = Project::new("declarations-more");
    let cpp = "struct Shape {\n    virtual ~Shape() = default;\n    virtual double area() const = 0;\n};\n\nstruct Square : Shape {\n    double side = 2;\n    double area() override { return side * side; }\n};\n\nint main() {\n    Square s;\n    const Shape& shape = s;\n    return shape.area() == 4 ? 0 : 1;\n}\n";
    project.heals(
        "main.cpp",
        cpp,
        &["g++", "-std=c++17", "-Wall", "-o", "/dev/null", "main.cpp"],
        &cpp.replace("area() override", "area() const override"),
    );
    let js = "async function load() {\n  return { items: [1, 2, 3] };\n}\n\nasync function main() {\n  const inv = load();\n  console.log(inv.items.filter((i) => i > 1).length);\n}\n\nmain().catch((e) => {\n  console.error(e);\n  process.exit(1);\n});\n";
    project.heals(
        "await.mjs",
        js,
        &["node", "await.mjs"],
        &js.replace("= load()", "= await load()"),
    );
    let money = "function toCents(a) {\n  return Math.round(a * 100);\n}\n\nfunction format(c) {\n  return (c / 100).toFixed(2);\n}\n\nmodule.exports = { toCents };\n";
    project.write(
        "report.js",
        "const { toCents, format } = require(\"./money\");\n\nconsole.log(format(toCents(1.5)));\n",
    );
    project.heals(
        "money.js",
        money,
        &["node", "report.js"],
        &money.replace("{ toCents }", "{ toCents, format }"),
    );
    let java = "import java.util.List;\n\npublic class Main {\n    public static void main(String[] args) {\n        List<String> lines = List.of(\"a\", \"b\");\n        System.out.println(lines.length() + \" lines\");\n    }\n}\n";
    project.heals(
        "Main.java",
        java,
        &["javac", "-d", "build", "Main.java"],
        &java.replace("lines.length()", "lines.size()"),
    );
}

/// A private field or method used from another module gets `pub` where the struct or impl
/// declares it (rustc draws the method's definition instead of noting it, and names no place
/// for a field); a package-private Java class used from another package gets `public`.
#[test]
fn private_fields_methods_and_package_classes_are_made_visible() {
    let project = Project::new("visibility-members");
    project.write(
        "sensors.rs",
        "pub struct Sensor {\n    pub name: String,\n    reading: f64,\n}\n\nimpl Sensor {\n    pub fn new(name: &str, reading: f64) -> Self {\n        Sensor { name: name.to_string(), reading }\n    }\n\n    fn label(&self) -> String {\n        format!(\"{}={}\", self.name, self.reading)\n    }\n}\n",
    );
    project.write(
        "main.rs",
        "mod sensors;\n\nfn main() {\n    let s = sensors::Sensor::new(\"t1\", 21.5);\n    if s.reading > 20.0 {\n        println!(\"{}\", s.label());\n    }\n}\n",
    );
    let (output, report) = project.heal(&["rustc", "--edition", "2021", "-o", "main", "main.rs"]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    let sensors = project.read("sensors.rs");
    assert!(sensors.contains("\n    pub reading: f64,\n"), "{sensors}");
    assert!(sensors.contains("\n    pub fn label(&self)"), "{sensors}");

    project.write(
        "src/billing/TaxRule.java",
        "package billing;\n\nclass TaxRule {\n    public int basisPoints() {\n        return 2100;\n    }\n}\n",
    );
    project.write(
        "src/app/Main.java",
        "package app;\n\nimport billing.TaxRule;\n\npublic class Main {\n    public static void main(String[] args) {\n        System.out.println(new TaxRule().basisPoints());\n    }\n}\n",
    );
    let (output, report) = project.heal(&[
        "javac",
        "-d",
        "build",
        "src/app/Main.java",
        "src/billing/TaxRule.java",
    ]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert!(
        project
            .read("src/billing/TaxRule.java")
            .contains("\npublic class TaxRule {\n"),
        "{}",
        log(&output)
    );
}

/// Separators the message asks for or implies: Python's "Perhaps you forgot a comma?", Go's
/// "possibly missing comma", and Node's unexpected token after a finished array element; and
/// Go's unused range key becomes `_`.
#[test]
fn forgotten_commas_and_an_unused_range_key() {
    let project = Project::new("commas");
    project.heals(
        "settings.py",
        "DEFAULTS = {\n    \"theme\": \"light\",\n    \"page_size\": 25\n    \"languages\": [\"en\"],\n}\nprint(DEFAULTS[\"page_size\"])\n",
        &["python3", "settings.py"],
        "DEFAULTS = {\n    \"theme\": \"light\",\n    \"page_size\": 25,\n    \"languages\": [\"en\"],\n}\nprint(DEFAULTS[\"page_size\"])\n",
    );
    project.heals(
        "routes.mjs",
        "const routes = [\n  { path: \"/a\", go: () => 1 },\n  { path: \"/b\", go: () => 2 }\n  { path: \"/c\", go: () => 3 },\n];\nconsole.log(routes.length);\n",
        &["node", "routes.mjs"],
        "const routes = [\n  { path: \"/a\", go: () => 1 },\n  { path: \"/b\", go: () => 2 },\n  { path: \"/c\", go: () => 3 },\n];\nconsole.log(routes.length);\n",
    );
    project.write("go.mod", "module example.com/grades\n\ngo 1.19\n");
    project.heals(
        "main.go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tnames := []string{\"a\", \"b\"}\n\tfor i, n := range names {\n\t\tfmt.Println(n)\n\t}\n\tfmt.Println(join(\n\t\t\"x\",\n\t\t\"y\"\n\t))\n}\n\nfunc join(a, b string) string { return a + b }\n",
        &["go", "build", "-o", "/dev/null", "."],
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tnames := []string{\"a\", \"b\"}\n\tfor _, n := range names {\n\t\tfmt.Println(n)\n\t}\n\tfmt.Println(join(\n\t\t\"x\",\n\t\t\"y\",\n\t))\n}\n\nfunc join(a, b string) string { return a + b }\n",
    );
}

/// javac names no alternative for a misspelt JDK class, member or package: they come from the
/// JDK's own lists (`patterns/data/java-classes.txt`, `java-members.txt`) — a class cut short in
/// an import (renamed where the file uses it too), `system.out`, a collection's method — and a
/// helper called from `main` is declared `static`.
#[test]
fn java_gets_the_jdks_names_and_a_static_helper() {
    let project = Project::new("java-jdk");
    let javac = ["javac", "-d", "build", "src/Main.java"];
    project.heals(
        "src/Main.java",
        "import java.util.concurrent.atomic.AtomicInt;\n\npublic class Main {\n    static final AtomicInt NEXT = new AtomicInt(1);\n\n    public static void main(String[] args) {\n        system.out.println(NEXT.get());\n    }\n}\n",
        &javac,
        "import java.util.concurrent.atomic.AtomicInteger;\n\npublic class Main {\n    static final AtomicInteger NEXT = new AtomicInteger(1);\n\n    public static void main(String[] args) {\n        System.out.println(NEXT.get());\n    }\n}\n",
    );
    project.heals(
        "src/Main.java",
        "import java.util.ArrayDeque;\nimport java.util.Deque;\n\npublic class Main {\n    double half(double x) {\n        return x / 2;\n    }\n\n    public static void main(String[] args) {\n        Deque<String> edits = new ArrayDeque<>();\n        if (edits.isEmty()) {\n            System.out.println(half(3));\n        }\n    }\n}\n",
        &javac,
        "import java.util.ArrayDeque;\nimport java.util.Deque;\n\npublic class Main {\n    static double half(double x) {\n        return x / 2;\n    }\n\n    public static void main(String[] args) {\n        Deque<String> edits = new ArrayDeque<>();\n        if (edits.isEmpty()) {\n            System.out.println(half(3));\n        }\n    }\n}\n",
    );
}

/// Node's `ReferenceError` at a statement that assigns a name nobody declared (an ES module
/// makes no global): declared with `let` where it is first assigned.
#[test]
fn node_declares_a_name_assigned_without_a_declaration() {
    let project = Project::new("node-let");
    project.heals(
        "wrap.mjs",
        "export function longest(lines) {\n  best = 0;\n  for (const l of lines) {\n    if (l.length > best) best = l.length;\n  }\n  return best;\n}\nconsole.log(longest([\"ab\", \"abc\"]));\n",
        &["node", "wrap.mjs"],
        "export function longest(lines) {\n  let best = 0;\n  for (const l of lines) {\n    if (l.length > best) best = l.length;\n  }\n  return best;\n}\nconsole.log(longest([\"ab\", \"abc\"]));\n",
    );
}

/// A relative import that names the right file in the wrong directory (`./types` from
/// `src/services/` for `src/types.ts`) is pointed at the one project file of that name.
#[test]
fn a_relative_import_of_the_wrong_directory_names_the_file_where_it_is() {
    let project = Project::new("ts-moved");
    project.write("tsconfig.json", TS_CONFIG);
    project.write(
        "src/types.ts",
        "export interface Line {\n  cents: number;\n}\n",
    );
    project.heals(
        "src/services/pricing.ts",
        "import { Line } from \"./types\";\n\nexport const total = (ls: Line[]) => ls.reduce((s, l) => s + l.cents, 0);\n",
        &["tsc", "-p", "."],
        "import { Line } from \"../types\";\n\nexport const total = (ls: Line[]) => ls.reduce((s, l) => s + l.cents, 0);\n",
    );
}

/// gcc under `-Werror`: a function defined in `ledger.c` but declared in no header gets its
/// prototype in `ledger.h`, which the caller includes; a `case` that falls through gets its
/// `break;`.
#[test]
fn gcc_declares_a_project_function_in_its_header_and_breaks_a_fallthrough() {
    let project = Project::new("gcc-prototype");
    project.write(
        "ledger.h",
        "#ifndef LEDGER_H\n#define LEDGER_H\n\nint ledger_add(int a, int b);\n\n#endif\n",
    );
    project.write(
        "ledger.c",
        "#include \"ledger.h\"\n\nint ledger_add(int a, int b)\n{\n    return a + b;\n}\n\nlong ledger_twice(const int *v)\n{\n    return 2L * *v;\n}\n",
    );
    project.write(
        "main.c",
        "#include <stdio.h>\n#include \"ledger.h\"\n\nstatic int minutes(int level)\n{\n    int m = 0;\n    switch (level) {\n    case 1:\n        m = 10;\n    case 2:\n        m = 20;\n        break;\n    default:\n        m = 30;\n    }\n    return m;\n}\n\nint main(void)\n{\n    int v = 3;\n    printf(\"%d %ld %d\\n\", ledger_add(1, 2), ledger_twice(&v), minutes(1));\n    return 0;\n}\n",
    );
    let (output, report) = project.heal(&[
        "gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-o", "main", "main.c", "ledger.c",
    ]);
    assert_eq!(report["exit_code"], 0, "{}", log(&output));
    assert_eq!(
        project.read("ledger.h"),
        "#ifndef LEDGER_H\n#define LEDGER_H\n\nint ledger_add(int a, int b);\nlong ledger_twice(const int *v);\n\n#endif\n"
    );
    assert!(
        project
            .read("main.c")
            .contains("        m = 10;\n        break;\n    case 2:\n"),
        "{}",
        log(&output)
    );
}

/// g++'s `assignment of member ‘Employee::salary’ in read-only object`: the object's `const`
/// declaration above (a range-for's `const auto&`) loses its `const`.
#[test]
fn gxx_drops_the_const_of_an_object_the_loop_modifies() {
    let project = Project::new("gxx-const-ref");
    project.heals(
        "main.cpp",
        "#include <vector>\n#include <cstdio>\n\nstruct Employee {\n    int rating;\n    double salary;\n};\n\nint main() {\n    std::vector<Employee> staff{{5, 100.0}};\n    for (const auto& e : staff) {\n        if (e.rating >= 4) {\n            e.salary *= 1.05;\n        }\n    }\n    std::printf(\"%.1f\\n\", staff[0].salary);\n}\n",
        &["g++", "-std=c++17", "-Wall", "-Werror", "-o", "main", "main.cpp"],
        "#include <vector>\n#include <cstdio>\n\nstruct Employee {\n    int rating;\n    double salary;\n};\n\nint main() {\n    std::vector<Employee> staff{{5, 100.0}};\n    for (auto& e : staff) {\n        if (e.rating >= 4) {\n            e.salary *= 1.05;\n        }\n    }\n    std::printf(\"%.1f\\n\", staff[0].salary);\n}\n",
    );
}

/// g++'s `‘string’ does not name a type; did you mean ‘stdin’?`: the close name it offers
/// fails, and the standard library's `std::string` is what the code meant.
#[test]
fn gxx_qualifies_a_standard_name_it_offered_a_wrong_name_for() {
    let project = Project::new("gxx-std");
    project.heals(
        "main.cpp",
        "#include <cstdio>\n#include <string>\n\nstruct Member {\n    string name;\n};\n\nint main() {\n    Member m{\"Ida\"};\n    std::printf(\"%s\\n\", m.name.c_str());\n}\n",
        &["g++", "-std=c++17", "-Wall", "-Werror", "-o", "main", "main.cpp"],
        "#include <cstdio>\n#include <string>\n\nstruct Member {\n    std::string name;\n};\n\nint main() {\n    Member m{\"Ida\"};\n    std::printf(\"%s\\n\", m.name.c_str());\n}\n",
    );
}

/// A `.js` file with no imports yet, under no `package.json` that says `"type": "module"`, is
/// CommonJS to Node: a project name is required, not imported.
#[test]
fn a_plain_js_file_requires_a_project_name() {
    let project = Project::new("cjs-require");
    project.write(
        "csv.js",
        "function parseCsv(s) {\n  return s.split(\",\");\n}\nmodule.exports = { parseCsv };\n",
    );
    project.heals(
        "main.js",
        "console.log(parseCsv(\"a,b\").length);\n",
        &["node", "main.js"],
        "const { parseCsv } = require(\"./csv\");\n\nconsole.log(parseCsv(\"a,b\").length);\n",
    );
}

/// Go: a package of the module used without its import gets it (`undefined: geo`), and a
/// package's unexported function used from outside is exported there and at the use.
#[test]
fn go_imports_a_module_package_and_exports_an_unexported_name() {
    let project = Project::new("go-packages");
    project.write("go.mod", "module example.com/tracker\n\ngo 1.19\n");
    project.write(
        "geo/geo.go",
        "package geo\n\ntype Coord struct{ Lat, Lon float64 }\n\n// norm rounds a coordinate.\nfunc norm(c Coord) Coord { return c }\n\nfunc Round(c Coord) Coord { return norm(c) }\n",
    );
    project.heals(
        "main.go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tc := geo.Coord{Lat: 1, Lon: 2}\n\tfmt.Println(c)\n}\n",
        &["go", "build", "-o", "/dev/null", "."],
        "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/tracker/geo\"\n)\n\nfunc main() {\n\tc := geo.Coord{Lat: 1, Lon: 2}\n\tfmt.Println(c)\n}\n",
    );
    project.heals(
        "main.go",
        "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/tracker/geo\"\n)\n\nfunc main() {\n\tfmt.Println(geo.norm(geo.Coord{}))\n}\n",
        &["go", "build", "-o", "/dev/null", "."],
        "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/tracker/geo\"\n)\n\nfunc main() {\n\tfmt.Println(geo.Norm(geo.Coord{}))\n}\n",
    );
    assert_eq!(
        project.read("geo/geo.go"),
        "package geo\n\ntype Coord struct{ Lat, Lon float64 }\n\n// Norm rounds a coordinate.\nfunc Norm(c Coord) Coord { return c }\n\nfunc Round(c Coord) Coord { return Norm(c) }\n"
    );
}

/// rustc's `unresolved import `crate::util::parse_amount`` after the function moved to
/// `money`: the `use` names the module that defines it, alone or taken out of a group.
#[test]
fn rust_imports_a_moved_function_from_its_new_module() {
    let project = Project::new("rust-moved");
    project.write(
        "src/money.rs",
        "pub fn parse_amount(s: &str) -> f64 {\n    s.parse().unwrap_or(0.0)\n}\n",
    );
    project.write(
        "src/util.rs",
        "pub fn trim_quotes(s: &str) -> &str {\n    s.trim_matches('\"')\n}\n",
    );
    project.heals(
        "src/main.rs",
        "mod money;\nmod util;\n\nuse crate::util::{parse_amount, trim_quotes};\n\nfn main() {\n    println!(\"{}\", parse_amount(trim_quotes(\"\\\"3.5\\\"\")));\n    println!(\"{}\", crate::util::parse_amount(\"1\"));\n}\n",
        &["rustc", "--edition", "2021", "-o", "main", "src/main.rs"],
        "mod money;\nmod util;\n\nuse crate::util::trim_quotes;\nuse crate::money::parse_amount;\n\nfn main() {\n    println!(\"{}\", parse_amount(trim_quotes(\"\\\"3.5\\\"\")));\n    println!(\"{}\", crate::money::parse_amount(\"1\"));\n}\n",
    );
}

/// Go's `reslt declared and not used` beside two uses of an undefined `result`: the one
/// misspelt declaration is renamed, not the uses renamed to the misspelling.
#[test]
fn go_renames_a_misspelt_declaration_to_the_name_its_uses_spell() {
    let project = Project::new("go-twin-declaration");
    project.write("go.mod", "module example.com/twin\n\ngo 1.19\n");
    project.heals(
        "main.go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc clean(s string) string {\n\treslt := strings.TrimSpace(s)\n\tif result == \"\" {\n\t\treturn \"-\"\n\t}\n\treturn result\n}\n\nfunc main() {\n\tfmt.Println(clean(\" a \"))\n}\n",
        &["go", "build", "-o", "/dev/null", "."],
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc clean(s string) string {\n\tresult := strings.TrimSpace(s)\n\tif result == \"\" {\n\t\treturn \"-\"\n\t}\n\treturn result\n}\n\nfunc main() {\n\tfmt.Println(clean(\" a \"))\n}\n",
    );
}
