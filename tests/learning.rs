//! Learning from a person's fix, end to end with the real tools (python3, tsc, rustc, go): a
//! person runs a command through `selfheal run`, sees an error, fixes it by hand, and runs it
//! again; selfheal learns the change. In another project, `selfheal heal --yes` then heals the
//! same error — with the built-in library and the generators switched off (`SELFHEAL_BUILTIN=0`),
//! so the learned pattern is the only thing that can fix it:
//!
//! - recurrence: the same error, same names (a project function renamed);
//! - generalisation: the same regularity with other names (an import from a project module, a
//!   missing derive, a standard package);
//! - changes that must not be learned: a rewrite of the file, and a change that left the error;
//! - in the editor: a forwarded pyright diagnostic, the person's edit and save, the diagnostic
//!   gone at the next save — and the next document with the same error gets the learned quick fix.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};
use support::{actions_titled, apply_text_edits, file_uri, Encoding, LspClient};

/// One user's memory (`SELFHEAL_HOME`) shared by the projects of a test.
struct Memory {
    root: PathBuf,
}

impl Memory {
    fn new(name: &str) -> Memory {
        let root =
            std::env::temp_dir().join(format!("selfheal-learn-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        Memory { root }
    }

    fn home(&self) -> PathBuf {
        self.root.join("home")
    }

    /// A project directory with these files.
    fn project(&self, name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = self.root.join(name);
        for (path, text) in files {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    fn selfheal(&self, dir: &Path, arguments: &[&str], builtin: bool) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_selfheal"));
        command
            .args(arguments)
            .current_dir(dir)
            .env("SELFHEAL_HOME", self.home())
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env("GOCACHE", self.root.join("gocache"))
            .env("GOPATH", self.root.join("gopath"))
            .env("GOPROXY", "off")
            .env("GOWORK", "off")
            .env("GOFLAGS", "-mod=mod")
            .env_remove("CI")
            .env_remove("SELFHEAL_LEARN")
            .stdin(Stdio::null());
        if !builtin {
            command.env("SELFHEAL_BUILTIN", "0");
        }
        command.output().unwrap()
    }

    /// `selfheal run -- CMD` as a person would: with the built-in library.
    fn run(&self, dir: &Path, cmd: &[&str]) -> String {
        let mut arguments = vec!["run", "--"];
        arguments.extend_from_slice(cmd);
        log(&self.selfheal(dir, &arguments, true))
    }

    /// `selfheal heal --yes -- CMD` with only what was learned.
    fn heal_learned_only(&self, dir: &Path, cmd: &[&str]) -> Output {
        let mut arguments = vec!["heal", "--yes", "--"];
        arguments.extend_from_slice(cmd);
        self.selfheal(dir, &arguments, false)
    }

    fn learned_patterns(&self) -> String {
        std::fs::read_to_string(self.home().join("patterns").join("learned.toml"))
            .unwrap_or_default()
    }

    /// Teach: a run that fails, the person's edit, a run that passes; what the second run said.
    fn teach(&self, dir: &Path, cmd: &[&str], file: &str, fixed: &str) -> String {
        let first = self.run(dir, cmd);
        assert!(
            first.contains("error"),
            "the teaching project fails first:\n{first}"
        );
        std::fs::write(dir.join(file), fixed).unwrap();
        self.run(dir, cmd)
    }
}

impl Drop for Memory {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn log(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn have(tool: &str) -> bool {
    let found = Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
        || Command::new(tool)
            .arg("version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    if !found && std::env::var_os("SELFHEAL_REQUIRE_EDITORS").is_some() {
        panic!("{tool} is required (scripts/test-all.sh installs it)");
    }
    found
}

/// Heals `file` in `dir` with only learned patterns and checks it became `expected` and the
/// command passes.
fn assert_healed(memory: &Memory, dir: &Path, cmd: &[&str], file: &str, expected: &str) {
    let output = memory.heal_learned_only(dir, cmd);
    let text = std::fs::read_to_string(dir.join(file)).unwrap();
    assert_eq!(
        text,
        expected,
        "healed with the learned pattern only:\n{}\nlearned:\n{}",
        log(&output),
        memory.learned_patterns()
    );
    assert!(output.status.success(), "{}", log(&output));
}

/// Teaches `taught` (the person's fix of `teach`, in `file`) in one project, then heals `test`
/// in another into `healed` with only what was learned; both projects hold the `shared` files.
fn teach_then_heal(
    memory: &Memory,
    (cmd, shared): (&[&str], &[(&str, &str)]),
    file: &str,
    (teach, taught): (&str, &str),
    (test, healed): (&str, &str),
) {
    let with = |text| [shared, &[(file, text)]].concat();
    let teach_dir = memory.project("teach", &with(teach));
    let said = memory.teach(&teach_dir, cmd, file, taught);
    assert!(said.contains("selfheal: learned"), "{said}");
    let test_dir = memory.project("test", &with(test));
    assert_healed(memory, &test_dir, cmd, file, healed);
}

/// A Go module's `go.mod`, and a file of it that defines `readConfig`.
const GO_MOD: &str = "module example.com/app\n\ngo 1.19\n";
const GO_CONFIG: &str =
    "package main\n\nfunc readConfig(path string) string {\n\treturn \"config:\" + path\n}\n";

/// rustc on one file, with its human output.
const RUSTC: [&str; 7] = [
    "rustc",
    "--edition",
    "2021",
    "--error-format=human",
    "-o",
    "main-bin",
    "main.rs",
];

const PY_HELPERS: &str = "def read_config(path):\n    return {\"path\": path}\n";

#[test]
fn python_a_renamed_function_is_healed_the_next_time() {
    if !have("python3") {
        return;
    }
    let memory = Memory::new("py-rename");
    let body = |name: &str| {
        format!(
            "import sys\n\nfrom helpers import read_config\n\n\ndef main():\n    print(\"starting\")\n    cfg = {name}(\"app.toml\")\n    print(cfg[\"path\"])\n    return 0\n\n\nif __name__ == \"__main__\":\n    sys.exit(main())\n"
        )
    };
    let teach = memory.project(
        "teach",
        &[
            ("helpers.py", PY_HELPERS),
            ("main.py", &body("load_config")),
        ],
    );
    let said = memory.teach(
        &teach,
        &["python3", "main.py"],
        "main.py",
        &body("read_config"),
    );
    assert!(said.contains("selfheal: learned"), "{said}");
    // Another project, another file, the same stale name.
    let tool = "from helpers import read_config\n\nsettings = load_config(\"tool.toml\")\nprint(settings)\n";
    let test = memory.project("test", &[("helpers.py", PY_HELPERS), ("tool.py", tool)]);
    assert_healed(
        &memory,
        &test,
        &["python3", "tool.py"],
        "tool.py",
        &tool.replace("load_config(", "read_config("),
    );
}

#[test]
fn python_an_import_from_a_project_module_generalises_to_other_names() {
    if !have("python3") {
        return;
    }
    let memory = Memory::new("py-import");
    let fmt =
        "def money(x):\n    return f\"${x:.2f}\"\n\n\ndef percent(x):\n    return f\"{x:.0%}\"\n";
    let main =
        "import sys\n\n\ndef total(xs):\n    return money(sum(xs))\n\n\nprint(total([1, 2]))\n";
    let teach = memory.project(
        "teach",
        &[
            ("app/__init__.py", ""),
            ("app/fmt.py", fmt),
            ("main.py", main),
        ],
    );
    let fixed = main.replace("import sys\n", "import sys\nfrom app.fmt import money\n");
    let said = memory.teach(&teach, &["python3", "main.py"], "main.py", &fixed);
    assert!(said.contains("selfheal: learned"), "{said}");
    let report = "import os\n\nratio = 0.25\nprint(os.sep, percent(ratio))\n";
    let test = memory.project(
        "test",
        &[
            ("app/__init__.py", ""),
            ("app/fmt.py", fmt),
            ("report.py", report),
        ],
    );
    assert_healed(
        &memory,
        &test,
        &["python3", "report.py"],
        "report.py",
        &report.replace("import os\n", "import os\nfrom app.fmt import percent\n"),
    );
}

#[test]
fn python_a_rewrite_and_a_change_that_left_the_error_are_not_learned() {
    if !have("python3") {
        return;
    }
    let memory = Memory::new("py-not");
    let main: String = "import sys\n\n".to_string()
        + &(0..30)
            .map(|i| format!("def f{i}():\n    return {i}\n\n"))
            .collect::<String>()
        + "print(missing_name(1))\n";
    let teach = memory.project("rewrite", &[("main.py", &main)]);
    // The person rewrote every function and, in passing, fixed the error.
    let rewritten: String = "import sys\n\n".to_string()
        + &(0..30)
            .map(|i| format!("def g{i}():\n    return {i} * 2\n\n"))
            .collect::<String>()
        + "print(abs(1))\n";
    let said = memory.teach(&teach, &["python3", "main.py"], "main.py", &rewritten);
    assert!(!said.contains("selfheal: learned"), "{said}");
    // A change that did not make the error go away teaches nothing.
    let other = memory.project("left", &[("main.py", "x = 1\nprint(missing_name(x))\n")]);
    let said = memory.teach(
        &other,
        &["python3", "main.py"],
        "main.py",
        "x = 2\nprint(missing_name(x))\n",
    );
    assert!(!said.contains("selfheal: learned"), "{said}");
    assert_eq!(memory.learned_patterns(), "");
}

const TSCONFIG: &str = r#"{ "compilerOptions": { "strict": true, "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "noEmit": true, "types": [], "rootDir": "src" }, "include": ["src"] }"#;

#[test]
fn typescript_a_renamed_function_and_an_import_are_healed_the_next_time() {
    if !have("tsc") {
        return;
    }
    let memory = Memory::new("ts");
    let users = "export function getUser(id: number): string {\n  return `user ${id}`;\n}\n";
    let index = |name: &str| {
        format!("import {{ getUser }} from \"./users.js\";\n\nconst who = {name}(7);\nconsole.log(who);\n")
    };
    let teach = memory.project(
        "teach",
        &[
            ("tsconfig.json", TSCONFIG),
            ("package.json", "{ \"type\": \"module\" }\n"),
            ("src/users.ts", users),
            ("src/index.ts", &index("fetchUser")),
        ],
    );
    let tsc = ["tsc", "--noEmit", "-p", "."];
    let said = memory.teach(&teach, &tsc, "src/index.ts", &index("getUser"));
    assert!(said.contains("selfheal: learned"), "{said}");

    // The import of a name from the project's money module, taught once …
    let money = "export function formatMoney(x: number): string {\n  return x.toFixed(2);\n}\n\nexport function formatPercent(x: number): string {\n  return `${x * 100}%`;\n}\n";
    let cart = "export const total = formatMoney(12);\n";
    let teach_import = memory.project(
        "teach-import",
        &[
            ("tsconfig.json", TSCONFIG),
            ("package.json", "{ \"type\": \"module\" }\n"),
            ("src/money.ts", money),
            ("src/cart.ts", cart),
        ],
    );
    let said = memory.teach(
        &teach_import,
        &tsc,
        "src/cart.ts",
        &format!("import {{ formatMoney }} from \"./money.js\";\n{cart}"),
    );
    assert!(said.contains("selfheal: learned"), "{said}");

    // … heals the stale name in another project, and the import of another name.
    let report = "import { getUser } from \"./users.js\";\n\nexport function line(id: number): string {\n  return fetchUser(id).toUpperCase();\n}\n\nexport const share = formatPercent(0.5);\n";
    let test = memory.project(
        "test",
        &[
            ("tsconfig.json", TSCONFIG),
            ("package.json", "{ \"type\": \"module\" }\n"),
            ("src/users.ts", users),
            ("src/money.ts", money),
            ("src/report.ts", report),
        ],
    );
    let expected = format!(
        "import {{ getUser }} from \"./users.js\";\nimport {{ formatPercent }} from \"./money.js\";\n{}",
        report
            .strip_prefix("import { getUser } from \"./users.js\";\n")
            .unwrap()
            .replace("fetchUser(", "getUser(")
    );
    assert_healed(&memory, &test, &tsc, "src/report.ts", &expected);
}

#[test]
fn rust_a_missing_derive_generalises_to_another_type() {
    if !have("rustc") {
        return;
    }
    let memory = Memory::new("rust");
    let teach_main = "#[derive(Clone)]\nstruct Unit;\n\nstruct Point {\n    x: i32,\n    y: i32,\n}\n\nfn main() {\n    let _u = Unit.clone();\n    let p = Point { x: 1, y: 2 };\n    println!(\"{:?} {}\", p, p.x + p.y);\n}\n";
    let test_main = "use std::fmt::Write;\n\nstruct Line {\n    from: (i32, i32),\n    to: (i32, i32),\n}\n\nfn main() {\n    let mut out = String::new();\n    let l = Line { from: (0, 0), to: (3, 4) };\n    write!(out, \"{:?}\", l).unwrap();\n    println!(\"{out} {:?} {:?}\", l.from, l.to);\n}\n";
    teach_then_heal(
        &memory,
        (&RUSTC, &[]),
        "main.rs",
        (
            teach_main,
            &teach_main.replace("struct Point {", "#[derive(Debug)]\nstruct Point {"),
        ),
        (
            test_main,
            &test_main.replace("struct Line {", "#[derive(Debug)]\nstruct Line {"),
        ),
    );
}

#[test]
fn go_a_renamed_function_and_a_standard_import_are_healed_the_next_time() {
    if !have("go") {
        return;
    }
    let memory = Memory::new("go");
    let (go_mod, config) = (GO_MOD, GO_CONFIG);
    let main = |name: &str| {
        format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tcfg := {name}(\"app.toml\")\n\tfmt.Println(cfg)\n}}\n")
    };
    let teach = memory.project(
        "teach",
        &[
            ("go.mod", go_mod),
            ("config.go", config),
            ("main.go", &main("loadConfig")),
        ],
    );
    let go_build = ["go", "build", "-o", "app-bin", "."];
    let said = memory.teach(&teach, &go_build, "main.go", &main("readConfig"));
    assert!(said.contains("selfheal: learned"), "{said}");

    // A standard package imported into the existing block, taught once for `strings` …
    let words = "package main\n\nimport (\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(strings.ToUpper(\"hi\"))\n}\n";
    let teach_import = memory.project("teach-import", &[("go.mod", go_mod), ("main.go", words)]);
    let said = memory.teach(
        &teach_import,
        &go_build,
        "main.go",
        &words.replace("\t\"fmt\"\n", "\t\"fmt\"\n\t\"strings\"\n"),
    );
    assert!(said.contains("selfheal: learned"), "{said}");

    // … heals `sort` in another project, and the stale function name.
    let test_main = "package main\n\nimport (\n\t\"fmt\"\n)\n\nfunc main() {\n\txs := []int{3, 1, 2}\n\tsort.Ints(xs)\n\tfmt.Println(xs, loadConfig(\"x\"))\n}\n";
    let test = memory.project(
        "test",
        &[
            ("go.mod", go_mod),
            ("config.go", config),
            ("main.go", test_main),
        ],
    );
    assert_healed(
        &memory,
        &test,
        &go_build,
        "main.go",
        &test_main
            .replace("\t\"fmt\"\n", "\t\"fmt\"\n\t\"sort\"\n")
            .replace("loadConfig(", "readConfig("),
    );
}

#[test]
fn python_a_value_wrapped_in_a_conversion_generalises_to_other_values() {
    if !have("python3") {
        return;
    }
    let memory = Memory::new("py-wrap");
    let teach_main = "rooms = {101: 'clean', 205: 'dirty'}\nfor number, state in rooms.items():\n    print('Room ' + number + ': ' + state)\n";
    let teach = memory.project("teach", &[("main.py", teach_main)]);
    let said = memory.teach(
        &teach,
        &["python3", "main.py"],
        "main.py",
        &teach_main.replace("+ number +", "+ str(number) +"),
    );
    assert!(said.contains("selfheal: learned"), "{said}");
    assert!(
        memory.learned_patterns().contains("any value"),
        "the lesson is also kept for any value:\n{}",
        memory.learned_patterns()
    );
    // Another name, and another concatenation of the same shape on the line above (a string
    // there, no error): only the error's line changes.
    let test_main = "def line(title, pages):\n    head = 'Title: ' + title + '.'\n    body = 'Pages: ' + pages + ' in all'\n    return head + body\n\nprint(line('Draft', 12))\n";
    let test = memory.project("test", &[("report.py", test_main)]);
    assert_healed(
        &memory,
        &test,
        &["python3", "report.py"],
        "report.py",
        &test_main.replace("+ pages +", "+ str(pages) +"),
    );
}

#[test]
fn rust_a_borrow_added_where_the_compiler_points_generalises_to_other_values() {
    if !have("rustc") {
        return;
    }
    let memory = Memory::new("rust-borrow");
    let teach_main = "fn shout(s: &str) -> String {\n    s.to_uppercase()\n}\n\nfn main() {\n    let name = String::from(\"ada\");\n    println!(\"{}\", shout(name));\n}\n";
    let test_main = "fn count(text: &str, c: char) -> usize {\n    text.matches(c).count()\n}\n\nfn main() {\n    let verse = \"row row row\".repeat(2);\n    println!(\"{}\", count(verse, 'r'));\n}\n";
    teach_then_heal(
        &memory,
        (&RUSTC, &[]),
        "main.rs",
        (
            teach_main,
            &teach_main.replace("shout(name)", "shout(&name)"),
        ),
        (
            test_main,
            &test_main.replace("count(verse,", "count(&verse,"),
        ),
    );
}

/// Teaches a change of `from` to `to` in a Go `main.go`, then heals another `main.go` whose
/// `test_from` should become `test_to`, with only what was learned.
fn go_teach_then_heal(
    name: &str,
    (teach_main, from, to): (&str, &str, &str),
    (test_main, test_from, test_to): (&str, &str, &str),
) {
    if !have("go") {
        return;
    }
    let memory = Memory::new(name);
    let go_mod = "module example.com/app\n\ngo 1.19\n";
    let go_build = ["go", "build", "-o", "app-bin", "."];
    let teach = memory.project("teach", &[("go.mod", go_mod), ("main.go", teach_main)]);
    let said = memory.teach(&teach, &go_build, "main.go", &teach_main.replace(from, to));
    assert!(said.contains("selfheal: learned"), "{said}");
    let test = memory.project("test", &[("go.mod", go_mod), ("main.go", test_main)]);
    let healed = test_main.replace(test_from, test_to);
    assert_healed(&memory, &test, &go_build, "main.go", &healed);
}

#[test]
fn go_a_conversion_at_the_end_of_a_line_generalises_to_other_values() {
    let teach_main = "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n)\n\nfunc main() {\n\tseat, prefix := 12, \"Seat \"\n\tfmt.Println(strconv.Itoa(seat))\n\tlabel := prefix + seat\n\tfmt.Println(label)\n}\n";
    let test_main = "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n)\n\nfunc code(aisle string, level int) string {\n\tb := \"0\" + aisle\n\treturn b + \"/\" + level\n}\n\nfunc main() {\n\tfmt.Println(code(\"A\", 3), strconv.Itoa(1))\n}\n";
    go_teach_then_heal(
        "go-wrap",
        (teach_main, "+ seat\n", "+ strconv.Itoa(seat)\n"),
        (test_main, "+ level\n", "+ strconv.Itoa(level)\n"),
    );
}

#[test]
fn learned_patterns_are_listed_and_forgotten() {
    if !have("python3") {
        return;
    }
    let memory = Memory::new("list");
    let teach = memory.project(
        "teach",
        &[
            ("helpers.py", PY_HELPERS),
            (
                "main.py",
                "from helpers import read_config\n\nprint(load_config(1))\n",
            ),
        ],
    );
    let said = memory.teach(
        &teach,
        &["python3", "main.py"],
        "main.py",
        "from helpers import read_config\n\nprint(read_config(1))\n",
    );
    assert!(said.contains("selfheal: learned"), "{said}");
    let stats = log(&memory.selfheal(&teach, &["stats"], true));
    let listed = log(&memory.selfheal(&teach, &["patterns", "list", "--learned"], true));
    // One lesson: the rename, and its forms for any error naming the name and for taking
    // Python's own "Did you mean" — each a pattern of its own, each counted.
    let patterns = listed.matches("python.learned-").count();
    assert!(patterns >= 2, "{listed}");
    assert!(
        stats.contains(&format!("learned from your fixes: {patterns} pattern")),
        "{stats}\n{listed}"
    );
    let id = listed
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(id.starts_with("python.learned-"), "{listed}");
    assert!(
        listed.contains("Change `load_config` to `read_config`"),
        "{listed}"
    );
    let forgot = memory.selfheal(&teach, &["patterns", "forget", &id], true);
    assert!(forgot.status.success(), "{}", log(&forgot));
    let listed = log(&memory.selfheal(&teach, &["patterns", "list", "--learned"], true));
    assert!(!listed.contains(&id), "{listed}");
    let again = memory.selfheal(&teach, &["patterns", "forget", &id], true);
    assert!(!again.status.success());
}

#[test]
fn secrets_near_a_learned_change_stay_out_of_the_pattern_and_the_database() {
    if !have("python3") {
        return;
    }
    let memory = Memory::new("canary");
    let canary = "ghp_CanaryCanaryCanaryCanaryCanary123456";
    let body = |name: &str, token: &str| {
        format!("from helpers import read_config\n\nTOKEN = \"{token}\"\ncfg = {name}(\"app.toml\")\nprint(cfg, len(TOKEN))\n")
    };
    let teach = memory.project(
        "teach",
        &[
            ("helpers.py", PY_HELPERS),
            ("main.py", &body("load_config", canary)),
        ],
    );
    let said = memory.teach(
        &teach,
        &["python3", "main.py"],
        "main.py",
        &body("read_config", canary),
    );
    assert!(said.contains("selfheal: learned"), "{said}");
    // A person who fixed an error by pasting a secret teaches nothing.
    let pasted = memory.project(
        "pasted",
        &[(
            "main.py",
            "import os\nkey = os.environ[\"K\"] if False else undefined_key\nprint(key)\n",
        )],
    );
    let said = memory.teach(
        &pasted,
        &["python3", "main.py"],
        "main.py",
        &format!("import os\nkey = os.environ[\"K\"] if False else \"{canary}\"\nprint(key)\n"),
    );
    assert!(!said.contains("selfheal: learned"), "{said}");
    let mut stored = memory.learned_patterns().into_bytes();
    for entry in std::fs::read_dir(memory.home()).unwrap().flatten() {
        if entry.path().is_file() {
            stored.extend(std::fs::read(entry.path()).unwrap());
        }
    }
    let stored = String::from_utf8_lossy(&stored);
    assert!(stored.contains("read_config"), "the lesson is stored");
    assert!(
        !stored.contains("CanaryCanary"),
        "the canary reached the memory"
    );
}

/// A diagnostic as pyright 1.1.414 publishes an undefined name (the wording and fields of
/// `tests/fixtures/lsp-wordings/python-pyright-names/recorded.pyright.json`).
fn pyright_undefined(name: &str, line: u64, character: u64) -> Value {
    json!({
        "range": {"start": {"line": line, "character": character},
                  "end": {"line": line, "character": character + name.len() as u64}},
        "message": format!("\"{name}\" is not defined"),
        "severity": 1,
        "code": "reportUndefinedVariable",
        "source": "Pyright"
    })
}

#[test]
fn in_the_editor_a_fix_made_between_two_saves_is_offered_for_the_next_document() {
    let mut client = LspClient::spawn();
    client.initialize_default();
    let dir = client.home.path().join("project");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("helpers.py"), PY_HELPERS).unwrap();
    let before = "from helpers import read_config\n\ncfg = load_config(\"app.toml\")\nprint(cfg)\n";
    let after = before.replace("load_config(", "read_config(");
    let path = dir.join("main.py");
    std::fs::write(&path, before).unwrap();
    let uri = file_uri(&path);
    let forward = |client: &mut LspClient, uri: &str, version: i32, diagnostics: Vec<Value>| {
        client.notify(
            "selfheal/didChangeExternalDiagnostics",
            json!({"uri": uri, "version": version, "origin": "pyright", "diagnostics": diagnostics}),
        );
    };
    client.open(&uri, "python", 1, before);
    forward(
        &mut client,
        &uri,
        1,
        vec![pyright_undefined("load_config", 2, 6)],
    );
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri}}),
    );
    // The person's edit, typed through a misspelling on the way (never saved).
    let typing = before.replace("load_config(", "read_conf(");
    for (version, text) in [(2, typing.as_str()), (3, after.as_str())] {
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version},
                   "contentChanges": [{"text": text}]}),
        );
        let diagnostics = match version {
            2 => vec![pyright_undefined("read_conf", 2, 6)],
            _ => Vec::new(),
        };
        forward(&mut client, &uri, version, diagnostics);
    }
    std::fs::write(&path, &after).unwrap();
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri}}),
    );
    let shown = client.notification("window/showMessage", |params| {
        params["message"]
            .as_str()
            .is_some_and(|t| t.contains("selfheal: learned"))
    });
    let said = shown["message"].as_str().unwrap_or_default().to_string();
    assert!(said.contains("`load_config` to `read_config`"), "{said}");

    // Another document with the same error: the learned fix is a quick fix.
    let other_text =
        "import sys\nfrom helpers import read_config\n\nsettings = load_config(sys.argv[1])\n";
    let other_path = dir.join("tool.py");
    std::fs::write(&other_path, other_text).unwrap();
    let other = file_uri(&other_path);
    client.open(&other, "python", 1, other_text);
    let diagnostic = pyright_undefined("load_config", 3, 11);
    forward(&mut client, &other, 1, vec![diagnostic.clone()]);
    let mut found = None;
    for _ in 0..50 {
        let response = client
            .request(
                "textDocument/codeAction",
                json!({"textDocument": {"uri": other},
                       "range": diagnostic["range"].clone(),
                       "context": {"diagnostics": [diagnostic.clone()]}}),
            )
            .expect("codeAction answers");
        if let Some(action) =
            actions_titled(&response, "Change `load_config` to `read_config`").first()
        {
            found = Some((*action).clone());
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let action = found.expect("the learned fix is offered");
    let edits = action["edit"]["documentChanges"][0]["edits"]
        .as_array()
        .cloned()
        .or_else(|| action["edit"]["changes"][&other].as_array().cloned())
        .unwrap_or_default();
    assert_eq!(
        apply_text_edits(other_text, &edits, Encoding::Utf16),
        other_text.replace("load_config(", "read_config(")
    );
    // What was typed on the way and never saved taught nothing.
    let learned =
        std::fs::read_to_string(client.home.path().join("patterns/learned.toml")).unwrap();
    assert!(!learned.contains("read_conf\""), "{learned}");
    // One lesson: the rename for this error (and its general forms: for any error naming the
    // name, and the did-you-mean that makes the same change), never a rename to `read_conf`.
    let specific = "message = \"^name 'load_config' is not defined$\"";
    assert_eq!(learned.matches(specific).count(), 1, "{learned}");
    assert_eq!(
        learned.matches("replace = \"read_config\"").count(),
        2,
        "{learned}"
    );
    assert!(
        learned.contains("an error that names `load_config`"),
        "{learned}"
    );
}

#[test]
fn an_error_that_keeps_coming_back_with_no_fix_is_listed_as_recurring() {
    if !have("python3") {
        return;
    }
    let memory = Memory::new("recurring");
    // No built-in pattern knows a custom exception: three runs, no fix.
    let main = "class QuotaExceeded(Exception):\n    pass\n\n\nraise QuotaExceeded(\"disk quota for /srv is full\")\n";
    let dir = memory.project("app", &[("main.py", main)]);
    for _ in 0..3 {
        let output = memory.selfheal(&dir, &["run", "--", "python3", "main.py"], false);
        assert!(!output.status.success());
    }
    let stats = log(&memory.selfheal(&dir, &["stats"], false));
    let section = stats
        .split("recurring, no fix known")
        .nth(1)
        .unwrap_or_else(|| panic!("no recurring section:\n{stats}"));
    assert!(section.contains("3×"), "{stats}");
    assert!(section.contains("disk quota"), "{stats}");
    let json: Value =
        serde_json::from_slice(&memory.selfheal(&dir, &["stats", "--json"], false).stdout).unwrap();
    assert_eq!(json["recurring_without_fix"][0]["count"], 3, "{json}");
}

#[test]
fn rust_a_dependency_added_to_the_manifest_generalises_to_other_crates() {
    if !have("cargo") {
        return;
    }
    let memory = Memory::new("rust-manifest");
    let manifest = |name: &str| {
        format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\n\n[workspace]\n")
    };
    let library = |name: &str| {
        (
            format!("vendor/{name}/Cargo.toml"),
            format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n"),
        )
    };
    let cargo = ["cargo", "build", "--quiet", "--offline"];
    let (fixed_toml, fixed_lib) = library("fixedpoint");
    let teach_manifest = manifest("synth");
    let teach = memory.project(
        "teach",
        &[
            ("Cargo.toml", teach_manifest.as_str()),
            (
                "src/main.rs",
                "use fixedpoint::half;\n\nfn main() {\n    println!(\"{}\", half(4));\n}\n",
            ),
            (&fixed_toml, &fixed_lib),
            (
                "vendor/fixedpoint/src/lib.rs",
                "pub fn half(x: i32) -> i32 {\n    x / 2\n}\n",
            ),
        ],
    );
    let said = memory.teach(
        &teach,
        &cargo,
        "Cargo.toml",
        &teach_manifest.replace(
            "[dependencies]\n",
            "[dependencies]\nfixedpoint = { path = \"vendor/fixedpoint\" }\n",
        ),
    );
    assert!(said.contains("selfheal: learned"), "{said}");
    assert!(said.contains("Cargo.toml"), "{said}");
    // Another project, another vendored crate: the same line under [dependencies].
    let (units_toml, units_lib) = library("units");
    let test_manifest = manifest("meter");
    let test = memory.project(
        "test",
        &[
            ("Cargo.toml", test_manifest.as_str()),
            (
                "src/main.rs",
                "use units::metres;\n\nfn main() {\n    println!(\"{}\", metres(3));\n}\n",
            ),
            (&units_toml, &units_lib),
            (
                "vendor/units/src/lib.rs",
                "pub fn metres(x: i32) -> String {\n    format!(\"{x} m\")\n}\n",
            ),
        ],
    );
    assert_healed(
        &memory,
        &test,
        &cargo,
        "Cargo.toml",
        &test_manifest.replace(
            "[dependencies]\n",
            "[dependencies]\nunits = { path = \"vendor/units\" }\n",
        ),
    );
}

#[test]
fn go_a_manifest_change_after_which_the_error_shows_in_another_form_is_not_learned() {
    if !have("go") {
        return;
    }
    let memory = Memory::new("go-manifest");
    let go_mod = "module example.org/windlog\n\ngo 1.19\n";
    let teach = memory.project(
        "teach",
        &[
            ("go.mod", go_mod),
            ("main.go", "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.org/units\"\n)\n\nfunc main() {\n\tfmt.Println(units.Knots(3))\n}\n"),
            ("third_party/units/go.mod", "module example.org/units\n\ngo 1.19\n"),
            ("third_party/units/units.go", "package units\n\nfunc Knots(x int) int {\n\treturn x * 2\n}\n"),
        ],
    );
    let go_build = ["go", "build", "-o", "app-bin", "."];
    // A `require` without its `replace`: the import's error changes (a missing go.sum entry)
    // where it was; it did not go away.
    let said = memory.teach(
        &teach,
        &go_build,
        "go.mod",
        &format!("{go_mod}\nrequire example.org/units v0.0.0\n"),
    );
    assert!(!said.contains("selfheal: learned"), "{said}");
    assert_eq!(memory.learned_patterns(), "", "nothing was learned");
    // With its `replace` too, the error goes, and that is learned.
    std::fs::write(teach.join("go.mod"), go_mod).unwrap();
    let said = memory.teach(
        &teach,
        &go_build,
        "go.mod",
        &format!("{go_mod}\nrequire example.org/units v0.0.0\n\nreplace example.org/units => ./third_party/units\n"),
    );
    assert!(said.contains("selfheal: learned"), "{said}");
    assert!(said.contains("go.mod"), "{said}");
}

#[test]
fn go_a_function_renamed_at_every_call_is_healed_at_every_call_the_next_time() {
    if !have("go") {
        return;
    }
    let memory = Memory::new("go-rename-all");
    let (go_mod, config) = (GO_MOD, GO_CONFIG);
    let go_build = ["go", "build", "-o", "app-bin", "."];
    let teach_main = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta := loadConfig(\"a.toml\")\n\tb := loadConfig(\"b.toml\")\n\tfmt.Println(a, b)\n}\n";
    let test_main = "package main\n\nimport \"fmt\"\n\nfunc show(name string) {\n\tfmt.Println(loadConfig(name))\n}\n\nfunc main() {\n\tshow(\"x\")\n\tfmt.Println(loadConfig(\"y\"), len(loadConfig(\"z\")))\n}\n";
    teach_then_heal(
        &memory,
        (&go_build, &[("go.mod", go_mod), ("config.go", config)]),
        "main.go",
        (
            teach_main,
            &teach_main.replace("loadConfig(", "readConfig("),
        ),
        (test_main, &test_main.replace("loadConfig(", "readConfig(")),
    );
}

#[test]
fn rust_a_crate_added_for_an_unresolved_import_is_added_where_another_file_names_its_path() {
    if !have("cargo") {
        return;
    }
    let memory = Memory::new("rust-named");
    let manifest = "[package]\nname = \"synth\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\n\n[workspace]\n";
    let vendored = [
        (
            "vendor/fixedpoint/Cargo.toml",
            "[package]\nname = \"fixedpoint\"\nversion = \"0.1.0\"\nedition = \"2021\"\n",
        ),
        (
            "vendor/fixedpoint/src/lib.rs",
            "pub fn half(x: i32) -> i32 {\n    x / 2\n}\n",
        ),
    ];
    let cargo = ["cargo", "build", "--quiet", "--offline"];
    let project = |name: &str, main: &str| {
        let files = [
            &[("Cargo.toml", manifest), ("src/main.rs", main)][..],
            &vendored[..],
        ]
        .concat();
        memory.project(name, &files)
    };
    // Taught where rustc says `unresolved import` (E0432) ...
    let teach = project(
        "teach",
        "use fixedpoint::half;\n\nfn main() {\n    println!(\"{}\", half(4));\n}\n",
    );
    let fixed = manifest.replace(
        "[dependencies]\n",
        "[dependencies]\nfixedpoint = { path = \"vendor/fixedpoint\" }\n",
    );
    let said = memory.teach(&teach, &cargo, "Cargo.toml", &fixed);
    assert!(said.contains("selfheal: learned"), "{said}");
    // ... and met where it says `cannot find module or crate` (E0433): the same crate.
    let test = project(
        "test",
        "fn main() {\n    println!(\"{}\", fixedpoint::half(8));\n}\n",
    );
    assert_healed(&memory, &test, &cargo, "Cargo.toml", &fixed);
}

#[test]
fn go_a_conversion_of_the_value_the_message_names_generalises_to_other_places() {
    let teach_main = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tbackoffMs := 250\n\td := backoffMs * time.Millisecond\n\tfmt.Println(d)\n}\n";
    // Another name, another unit, inside a call: the message names the value to convert.
    let test_main = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\ntype config struct{ TimeoutSec int }\n\nfunc main() {\n\tc := config{TimeoutSec: 3}\n\tfmt.Println(time.Now().Add(c.TimeoutSec * time.Second).IsZero())\n}\n";
    go_teach_then_heal(
        "go-named-value",
        (
            teach_main,
            "d := backoffMs",
            "d := time.Duration(backoffMs)",
        ),
        (
            test_main,
            "Add(c.TimeoutSec",
            "Add(time.Duration(c.TimeoutSec)",
        ),
    );
}

#[test]
fn rust_a_fix_the_compiler_suggested_is_taken_from_its_suggestion_in_another_file() {
    if !have("cargo") {
        return;
    }
    let memory = Memory::new("rust-suggested");
    let manifest = |name: &str| {
        format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n")
    };
    let cargo = ["cargo", "build", "--quiet", "--offline"];
    // Taught on a struct in the file of the error, exactly as rustc suggests it ...
    let teach_main = "struct Sensor {\n    id: u8,\n}\n\nfn main() {\n    let s = Sensor { id: 3 };\n    println!(\"{:?} {}\", s, s.id);\n}\n";
    let teach_manifest = manifest("probe");
    let teach = memory.project(
        "teach",
        &[
            ("Cargo.toml", teach_manifest.as_str()),
            ("src/main.rs", teach_main),
        ],
    );
    let said = memory.teach(
        &teach,
        &cargo,
        "src/main.rs",
        &teach_main.replace("struct Sensor {", "#[derive(Debug)]\nstruct Sensor {"),
    );
    assert!(said.contains("selfheal: learned"), "{said}");
    // ... and met on an enum defined in another module: rustc's suggestion names that file.
    let route = "pub enum Route {\n    Home,\n    Post(u32),\n}\n";
    let test_manifest = manifest("router");
    let test = memory.project(
        "test",
        &[
            ("Cargo.toml", test_manifest.as_str()),
            (
                "src/main.rs",
                "mod route;\n\nfn main() {\n    let r = route::Route::Post(7);\n    println!(\"{:?}\", r);\n    let _ = route::Route::Home;\n}\n",
            ),
            ("src/route.rs", route),
        ],
    );
    assert_healed(
        &memory,
        &test,
        &cargo,
        "src/route.rs",
        &format!("#[derive(Debug)]\n{route}"),
    );
}

#[test]
fn python_a_misspelt_module_corrected_generalises_to_other_modules_as_the_generator_corrects_them()
{
    if !have("python3") {
        return;
    }
    let memory = Memory::new("py-generator");
    let teach_main =
        "import colections\n\nwords = ['a', 'b', 'a']\nprint(colections.Counter(words).most_common(1))\n";
    let teach = memory.project("teach", &[("main.py", teach_main)]);
    let said = memory.teach(
        &teach,
        &["python3", "main.py"],
        "main.py",
        &teach_main.replace("colections", "collections"),
    );
    assert!(said.contains("selfheal: learned"), "{said}");
    assert!(
        memory
            .learned_patterns()
            .contains("generator = \"did-you-mean\""),
        "{}",
        memory.learned_patterns()
    );
    // Another module, misspelt another way: the close standard module, found by the generator.
    let test_main = "from itertool import groupby\n\nprint([k for k, _ in groupby('aabbb')])\n";
    let test = memory.project("test", &[("main.py", test_main)]);
    assert_healed(
        &memory,
        &test,
        &["python3", "main.py"],
        "main.py",
        &test_main.replace("itertool ", "itertools "),
    );
}

#[test]
fn typescript_an_import_added_to_a_list_generalises_to_a_name_of_another_module() {
    if !have("tsc") {
        return;
    }
    let memory = Memory::new("ts-generator");
    let tsconfig = r#"{"compilerOptions": {"strict": true, "module": "nodenext", "moduleResolution": "nodenext", "noEmit": true, "types": []}, "include": ["src"]}"#;
    let text = "export function excerpt(s: string): string {\n  return s.slice(0, 10);\n}\n\nexport function slugify(s: string): string {\n  return s.toLowerCase();\n}\n";
    let numbers = "export function clamp(x: number, lo: number, hi: number): number {\n  return Math.min(hi, Math.max(lo, x));\n}\n";
    let posts = "import { excerpt } from \"./text.js\";\n\nexport const a = excerpt(\"Hello world, again\");\nexport const b = slugify(\"Hello\");\n";
    let slider = "export function position(x: number): number {\n  return clamp(x, 0, 100);\n}\n";
    let files = |main: (&'static str, &'static str)| {
        vec![
            ("tsconfig.json", tsconfig),
            ("package.json", "{\"type\": \"module\"}"),
            ("src/text.ts", text),
            ("src/lib/numbers.ts", numbers),
            main,
        ]
    };
    let teach = memory.project("teach", &files(("src/posts.ts", posts)));
    let tsc = ["tsc", "-p", "."];
    let said = memory.teach(
        &teach,
        &tsc,
        "src/posts.ts",
        &posts.replace("{ excerpt }", "{ excerpt, slugify }"),
    );
    assert!(said.contains("selfheal: learned"), "{said}");
    // A name of another module, from a file in another directory, into a file with no import.
    let test = memory.project("test", &files(("src/ui/slider.ts", slider)));
    let output = memory.heal_learned_only(&test, &tsc);
    let healed = std::fs::read_to_string(test.join("src/ui/slider.ts")).unwrap();
    assert!(
        healed.contains("import { clamp } from '../lib/numbers.js';"),
        "{healed}\n{}",
        log(&output)
    );
    assert!(output.status.success(), "{}", log(&output));
}

#[test]
fn go_a_conversion_that_needed_an_import_generalises_with_the_import() {
    // A lone `import "fmt"` the person turned into a block to add `strconv`.
    let teach_main = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tprefix, seat := \"Seat \", 12\n\tlabel := prefix + seat\n\tfmt.Println(label)\n}\n";
    let test_main = "package main\n\nimport \"fmt\"\n\nfunc code(aisle string, level int) string {\n\treturn aisle + \"/\" + level\n}\n\nfunc main() {\n\tfmt.Println(code(\"A\", 3))\n}\n";
    go_teach_then_heal(
        "go-wrap-import",
        (
            teach_main,
            "import \"fmt\"\n\nfunc main() {\n\tprefix, seat := \"Seat \", 12\n\tlabel := prefix + seat\n",
            "import (\n\t\"fmt\"\n\t\"strconv\"\n)\n\nfunc main() {\n\tprefix, seat := \"Seat \", 12\n\tlabel := prefix + strconv.Itoa(seat)\n",
        ),
        (
            test_main,
            "import \"fmt\"\n\nfunc code(aisle string, level int) string {\n\treturn aisle + \"/\" + level\n",
            "import (\n\t\"fmt\"\n\t\"strconv\"\n)\n\nfunc code(aisle string, level int) string {\n\treturn aisle + \"/\" + strconv.Itoa(level)\n",
        ),
    );
}
