//! Tier 2 locally: a fix that worked for one error is pointed at when another error reads like
//! it (`Store::similar_learnings`, FTS5 + bm25, kept when most words are shared) — by the real
//! binary, with a real Python.

mod support;

use std::path::Path;
use std::process::Command;

use support::TempDir;

fn selfheal(home: &Path, directory: &Path, arguments: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_selfheal"))
        .args(arguments)
        .current_dir(directory)
        .env("SELFHEAL_HOME", home)
        .env_remove("SUPABASE_URL")
        .env_remove("SELFHEAL_SUPABASE_REST_URL")
        .env("NO_COLOR", "1")
        .output()
        .expect("run selfheal");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn an_error_like_one_fixed_before_points_at_that_fix_and_an_unlike_one_does_not() {
    let home = TempDir::new("similar-home");
    let project = TempDir::new("similar-project");
    let dir = project.path();
    std::fs::write(
        dir.join("greeting.py"),
        "def greet(name):\n    return 'hi ' + name\n\ndef welcome(name):\n    return 'welcome ' + name\n",
    )
    .unwrap();
    // A person fixes `greet()` between two runs: the fix is learned.
    std::fs::write(
        dir.join("app.py"),
        "from greeting import greet\nprint(greet())\n",
    )
    .unwrap();
    selfheal(home.path(), dir, &["run", "--", "python3", "app.py"]);
    std::fs::write(
        dir.join("app.py"),
        "from greeting import greet\nprint(greet('x'))\n",
    )
    .unwrap();
    let learned = selfheal(home.path(), dir, &["run", "--", "python3", "app.py"]);
    assert!(learned.contains("learned from your change"), "{learned}");

    // `welcome()` with the same mistake reads alike: the earlier fix is pointed at.
    std::fs::write(
        dir.join("other.py"),
        "from greeting import welcome\nprint(welcome())\n",
    )
    .unwrap();
    let similar = selfheal(home.path(), dir, &["run", "--", "python3", "other.py"]);
    assert!(
        similar.contains(
            "fixed here before, for a similar error (`greet() missing 1 required positional argument: 'name'`): Insert `'x'`"
        ),
        "{similar}"
    );

    // An unrelated error is not.
    std::fs::write(dir.join("third.py"), "import selfheal_no_such_module\n").unwrap();
    let unrelated = selfheal(home.path(), dir, &["run", "--", "python3", "third.py"]);
    assert!(!unrelated.contains("fixed here before"), "{unrelated}");
}
