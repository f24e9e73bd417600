//! The store's behaviour on real SQLite files: schema and pragmas, aggregation of occurrences,
//! samples, scrubbing of everything stored, Beta learning, the audit log and undo, and stats.

use std::path::{Path, PathBuf};
use std::time::Duration;

use selfheal::digest::sha256_hex;
use selfheal::engine::restore_file;
use selfheal::fingerprint::{fingerprint, shape, Fingerprint};
use selfheal::fix::fix_key;
use selfheal::scrub::scrub;
use selfheal::store::{
    data_directory_for, AuditedChange, FileRestoration, Outcome, PlatformConvention, Store,
    StoreError, UndoTarget, SAMPLES_KEPT_PER_FINGERPRINT, SCHEMA_VERSION,
};
use selfheal::{Occurrence, Severity, Tool};

/// A directory under the system temp dir, removed when dropped.
struct TemporaryDirectory {
    path: PathBuf,
}

impl TemporaryDirectory {
    fn new(test_name: &str) -> TemporaryDirectory {
        let unique = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|since| since.as_nanos())
            .unwrap_or_default();
        let path = std::env::temp_dir().join(format!(
            "selfheal-store-{test_name}-{}-{unique}",
            std::process::id()
        ));
        std::fs::create_dir_all(&path).expect("create temporary directory");
        TemporaryDirectory { path }
    }

    fn database(&self) -> PathBuf {
        self.path.join("selfheal.db")
    }
}

impl Drop for TemporaryDirectory {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

fn rust_error(message: &str, file: &str, line: u32) -> Occurrence {
    let mut occurrence = Occurrence::new(Tool::Rustc, Severity::Error, message);
    occurrence.code = Some("E0425".to_string());
    occurrence.file = Some(file.to_string());
    occurrence.line = Some(line);
    occurrence.column = Some(5);
    occurrence
}

fn record(store: &Store, occurrence: &Occurrence, seen_at: i64) -> u64 {
    store
        .record_occurrence_at(
            occurrence,
            &fingerprint(occurrence),
            &shape(occurrence),
            Some("rust.undefined-name"),
            Some("demo"),
            seen_at,
        )
        .expect("record occurrence")
}

fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!(
        (actual - expected).abs() < 1e-9,
        "{what}: expected {expected}, got {actual}"
    );
}

// ---------------------------------------------------------------------------------------------
// Schema, pragmas, opening

#[test]
fn open_creates_the_schema_in_wal_mode_and_reopens_without_migrating_again() {
    let directory = TemporaryDirectory::new("open");
    let store = Store::open(directory.database()).expect("open");
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    assert_eq!(
        store.integrity_check().expect("check"),
        vec!["ok".to_string()]
    );
    drop(store);

    let raw = rusqlite::Connection::open(directory.database()).expect("raw open");
    let journal_mode: String = raw
        .pragma_query_value(None, "journal_mode", |row| row.get(0))
        .expect("journal_mode");
    assert_eq!(journal_mode, "wal");
    let tables: Vec<String> = raw
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .expect("prepare")
        .query_map([], |row| row.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(
        tables,
        [
            "audit",
            "fix_stats",
            "learnings",
            "learnings_fts",
            "learnings_fts_config",
            "learnings_fts_data",
            "learnings_fts_docsize",
            "learnings_fts_idx",
            "llm_requests",
            "occurrence_samples",
            "occurrences",
            "outbox",
            "outcomes",
            "proposals",
            "sync_state",
            "team_answers",
            "watched_errors",
            "watched_files"
        ]
    );
    drop(raw);

    let reopened = Store::open(directory.database()).expect("reopen");
    assert_eq!(reopened.schema_version().expect("version"), SCHEMA_VERSION);
}

#[test]
fn a_database_from_a_newer_selfheal_is_refused_with_a_clear_message() {
    let directory = TemporaryDirectory::new("newer");
    drop(Store::open(directory.database()).expect("open"));
    let raw = rusqlite::Connection::open(directory.database()).expect("raw open");
    raw.pragma_update(None, "user_version", SCHEMA_VERSION + 41)
        .expect("set version");
    drop(raw);

    let error = Store::open(directory.database()).expect_err("a newer schema must be refused");
    assert!(
        matches!(error, StoreError::SchemaTooNew { found, supported, .. }
            if found == SCHEMA_VERSION + 41 && supported == SCHEMA_VERSION),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains(&format!(
            "database schema version {} of {} is newer than this selfheal ({SCHEMA_VERSION})",
            SCHEMA_VERSION + 41,
            directory.database().display()
        )),
        "{message}"
    );
}

#[test]
fn a_write_blocked_longer_than_the_busy_timeout_says_the_database_is_locked() {
    let directory = TemporaryDirectory::new("locked");
    let store = Store::open_with_busy_timeout(directory.database(), Duration::from_millis(300))
        .expect("open");
    let blocker = rusqlite::Connection::open(directory.database()).expect("raw open");
    blocker
        .execute_batch("BEGIN IMMEDIATE")
        .expect("take the write lock");

    let occurrence = rust_error("cannot find value `x` in this scope", "src/main.rs", 1);
    let started = std::time::Instant::now();
    let error = store
        .record_occurrence(
            &occurrence,
            &fingerprint(&occurrence),
            &shape(&occurrence),
            None,
            None,
        )
        .expect_err("the write must time out");
    assert!(
        started.elapsed() >= Duration::from_millis(250),
        "gave up too early"
    );
    assert_eq!(
        error.to_string(),
        format!(
            "the selfheal database at {} is locked by another process and stayed locked for 0.3 s",
            directory.database().display()
        )
    );

    blocker.execute_batch("ROLLBACK").expect("release");
    assert_eq!(
        store
            .record_occurrence(
                &occurrence,
                &fingerprint(&occurrence),
                &shape(&occurrence),
                None,
                None
            )
            .expect("works once the lock is gone"),
        1
    );
}

#[test]
fn the_default_data_directory_follows_each_platforms_convention() {
    let environment = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| std::ffi::OsString::from(value))
        }
    };
    let everything: &[(&str, &str)] = &[
        ("SELFHEAL_HOME", "/srv/selfheal"),
        ("XDG_DATA_HOME", "/home/ada/.data"),
        ("HOME", "/home/ada"),
        ("APPDATA", r"C:\Users\ada\AppData\Roaming"),
    ];
    for platform in [
        PlatformConvention::Xdg,
        PlatformConvention::MacOs,
        PlatformConvention::Windows,
    ] {
        assert_eq!(
            data_directory_for(platform, environment(everything)).expect("dir"),
            PathBuf::from("/srv/selfheal"),
            "SELFHEAL_HOME wins on {platform:?}"
        );
    }
    let no_override: &[(&str, &str)] = &[
        ("SELFHEAL_HOME", ""),
        ("XDG_DATA_HOME", "/home/ada/.data"),
        ("HOME", "/home/ada"),
        ("APPDATA", r"C:\Users\ada\AppData\Roaming"),
    ];
    assert_eq!(
        data_directory_for(PlatformConvention::Xdg, environment(no_override)).expect("dir"),
        PathBuf::from("/home/ada/.data/selfheal")
    );
    assert_eq!(
        data_directory_for(PlatformConvention::MacOs, environment(no_override)).expect("dir"),
        PathBuf::from("/home/ada/Library/Application Support/selfheal")
    );
    assert_eq!(
        data_directory_for(PlatformConvention::Windows, environment(no_override)).expect("dir"),
        PathBuf::from(r"C:\Users\ada\AppData\Roaming").join("selfheal")
    );
    let relative_xdg: &[(&str, &str)] = &[("XDG_DATA_HOME", "data"), ("HOME", "/home/ada")];
    assert_eq!(
        data_directory_for(PlatformConvention::Xdg, environment(relative_xdg)).expect("dir"),
        PathBuf::from("/home/ada/.local/share/selfheal"),
        "a relative XDG_DATA_HOME is ignored, as the XDG specification says"
    );
    let error = data_directory_for(PlatformConvention::Xdg, environment(&[]))
        .expect_err("no variables, no directory");
    assert_eq!(
        error.to_string(),
        "no place for the selfheal database: set SELFHEAL_HOME (none of SELFHEAL_HOME, XDG_DATA_HOME, HOME is set)"
    );
}

#[test]
fn an_in_memory_store_works_like_a_file() {
    let store = Store::open_in_memory().expect("open");
    let occurrence = rust_error("cannot find value `x` in this scope", "src/main.rs", 3);
    assert_eq!(record(&store, &occurrence, 10), 1);
    assert_eq!(record(&store, &occurrence, 11), 2);
    assert_eq!(store.stats(5).expect("stats").errors_seen, 2);
}

// ---------------------------------------------------------------------------------------------
// Occurrences

#[test]
fn occurrences_aggregate_per_fingerprint_with_count_and_first_and_last_seen() {
    let directory = TemporaryDirectory::new("aggregate");
    let store = Store::open(directory.database()).expect("open");
    let first = rust_error("cannot find value `total` in this scope", "src/a.rs", 10);
    // Same error elsewhere: the line differs, the fingerprint does not.
    let same_elsewhere = rust_error("cannot find value `total` in this scope", "src/b.rs", 99);
    let other = rust_error("cannot find value `count` in this scope", "src/a.rs", 12);
    assert_eq!(fingerprint(&first), fingerprint(&same_elsewhere));

    assert_eq!(record(&store, &first, 1_000), 1);
    assert_eq!(record(&store, &same_elsewhere, 3_000), 2);
    // Recorded late (an import of old output): first_seen moves back, last_seen stays.
    assert_eq!(record(&store, &first, 500), 3);
    assert_eq!(record(&store, &other, 2_000), 1);

    let history = store
        .occurrence_history(&fingerprint(&first))
        .expect("read")
        .expect("recorded");
    assert_eq!(history.count, 3);
    assert_eq!(history.first_seen, 500);
    assert_eq!(history.last_seen, 3_000);
    assert_eq!(history.language, "rust");
    assert_eq!(history.tool, "rustc");
    assert_eq!(history.severity, "error");
    assert_eq!(history.code.as_deref(), Some("E0425"));
    assert_eq!(history.shape, shape(&first).0);
    assert_eq!(history.pattern_id.as_deref(), Some("rust.undefined-name"));
    assert_eq!(history.project.as_deref(), Some("demo"));
    assert_eq!(history.times_fixed, 0);

    let other_history = store
        .occurrence_history(&fingerprint(&other))
        .expect("read")
        .expect("recorded");
    assert_eq!(other_history.count, 1);
    assert_eq!(
        store
            .occurrence_history(&Fingerprint("never-seen".to_string()))
            .expect("read"),
        None
    );
}

#[test]
fn samples_are_capped_per_fingerprint_keeping_the_newest_and_distinct_ones() {
    let directory = TemporaryDirectory::new("samples");
    let store = Store::open(directory.database()).expect("open");
    let at_line = |line| rust_error("cannot find value `x` in this scope", "src/lib.rs", line);
    for line in 1..=8 {
        record(&store, &at_line(line), 100 + i64::from(line));
    }
    // Seen again at line 6: moves to the front instead of taking a second slot.
    record(&store, &at_line(6), 200);

    let history = store
        .occurrence_history(&fingerprint(&at_line(1)))
        .expect("read")
        .expect("recorded");
    assert_eq!(history.count, 9);
    let lines: Vec<Option<u32>> = history.samples.iter().map(|sample| sample.line).collect();
    assert_eq!(history.samples.len(), SAMPLES_KEPT_PER_FINGERPRINT);
    assert_eq!(lines, [Some(6), Some(8), Some(7), Some(5), Some(4)]);
    assert_eq!(history.samples[0].seen_at, 200);
    assert_eq!(history.samples[0].file.as_deref(), Some("src/lib.rs"));
    assert_eq!(history.samples[0].column, Some(5));
}

#[test]
fn times_fixed_counts_successful_outcomes_for_the_fingerprint() {
    let store = Store::open_in_memory().expect("open");
    let occurrence = rust_error("cannot find type `HashMap` in this scope", "src/lib.rs", 1);
    record(&store, &occurrence, 1);
    let key = fix_key("rust.missing-collections-import", 0);
    let id = fingerprint(&occurrence);
    store
        .record_outcome(&key, &id, Outcome::Success, None)
        .expect("outcome");
    store
        .record_outcome(&key, &id, Outcome::Failure, None)
        .expect("outcome");
    store
        .record_outcome(&key, &id, Outcome::Success, None)
        .expect("outcome");
    store
        .record_outcome(&key, &id, Outcome::Reverted, None)
        .expect("outcome");
    let history = store
        .occurrence_history(&id)
        .expect("read")
        .expect("recorded");
    assert_eq!(history.times_fixed, 2);
    assert_eq!(history.times_fix_failed, 2);
}

/// Asserts that what the store kept is exactly `scrub(input)`: with today's stub scrubber that is
/// the input itself, so this proves the store routes the text through `scrub`, whatever `scrub`
/// does.
fn assert_stored_scrubbed(stored: Option<&str>, input: &str, what: &str) {
    assert_eq!(
        stored,
        Some(scrub(input).as_ref()),
        "{what} must be stored as scrub(input)"
    );
}

#[test]
fn everything_textual_from_an_occurrence_is_scrubbed_and_canary_secrets_never_reach_the_file() {
    // Built at run time so the source holds no complete secret-shaped token.
    let github_token = format!("ghp_{}", "Z9y8X7w6".repeat(4) + "Ab12");
    let aws_key = format!("AKIA{}", "QWERTYUIOPASDFGH");
    let database_password = "hunter2-canary-Pw";
    let connection_string = format!("postgres://alice:{database_password}@db.internal:5432/app");
    let message = format!(
        "failed to connect with {connection_string}: token {github_token} rejected (key {aws_key})"
    );
    let file = format!("/home/alice/{github_token}/src/config.rs");
    let detail = format!("still failing after fix; env had AWS_ACCESS_KEY_ID={aws_key}");
    let project = format!("proj-{aws_key}");

    let directory = TemporaryDirectory::new("canary");
    let store = Store::open(directory.database()).expect("open");
    let mut occurrence = Occurrence::new(Tool::Python, Severity::Error, message.clone());
    occurrence.file = Some(file.clone());
    occurrence.line = Some(7);
    occurrence.code = Some(format!("ConnectionError-{github_token}"));
    let id = fingerprint(&occurrence);
    store
        .record_occurrence(&occurrence, &id, &shape(&occurrence), None, Some(&project))
        .expect("record");
    store
        .record_outcome("python.connection#0", &id, Outcome::Failure, Some(&detail))
        .expect("outcome");

    // The rows hold scrub(input), read back through the store and directly.
    let history = store
        .occurrence_history(&id)
        .expect("read")
        .expect("recorded");
    assert_stored_scrubbed(Some(&history.message), &message, "the message");
    assert_stored_scrubbed(
        history.code.as_deref(),
        occurrence.code.as_deref().unwrap_or(""),
        "the code",
    );
    assert_stored_scrubbed(history.project.as_deref(), &project, "the project");
    assert_stored_scrubbed(
        history.samples[0].file.as_deref(),
        &file,
        "the sample's file",
    );
    assert_stored_scrubbed(
        Some(&history.samples[0].message),
        &message,
        "the sample's message",
    );
    let raw = rusqlite::Connection::open(directory.database()).expect("raw open");
    let stored_detail: Option<String> = raw
        .query_row("SELECT detail FROM outcomes", [], |row| row.get(0))
        .expect("detail");
    assert_stored_scrubbed(stored_detail.as_deref(), &detail, "the outcome's detail");
    let every_text: Vec<String> = raw
        .prepare(
            "SELECT message FROM occurrences UNION ALL SELECT coalesce(code, '') FROM occurrences \
             UNION ALL SELECT coalesce(project, '') FROM occurrences \
             UNION ALL SELECT message FROM occurrence_samples \
             UNION ALL SELECT coalesce(file, '') FROM occurrence_samples \
             UNION ALL SELECT coalesce(detail, '') FROM outcomes",
        )
        .expect("prepare")
        .query_map([], |row| row.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    drop(raw);

    // The canaries themselves must be gone, from the rows and from every byte of the database
    // files (main file and WAL, while open and after close). Today's `scrub` is a stub that
    // returns its input, so each canary is checked only once `scrub` removes it: the check
    // switches itself on when the real scrubber lands, with no edit here. Until then the
    // assertions above (stored == scrub(input)) are what prove the store scrubs.
    let canaries = [
        ("GitHub token", github_token.as_str(), github_token.clone()),
        ("AWS key", aws_key.as_str(), aws_key.clone()),
        (
            "connection-string password",
            database_password,
            connection_string.clone(),
        ),
    ];
    let database_bytes = |label: &str| -> Vec<(String, Vec<u8>)> {
        ["selfheal.db", "selfheal.db-wal"]
            .iter()
            .filter_map(|name| {
                std::fs::read(directory.path.join(name))
                    .ok()
                    .map(|bytes| (format!("{name} ({label})"), bytes))
            })
            .collect()
    };
    let mut files = database_bytes("store open");
    drop(store);
    files.extend(database_bytes("store closed"));
    assert!(!files.is_empty(), "the database file exists");
    let mut canaries_checked = 0;
    for (kind, secret, carrier) in &canaries {
        let scrubber_removes_it = !scrub(carrier).contains(secret);
        if !scrubber_removes_it {
            continue;
        }
        canaries_checked += 1;
        for text in &every_text {
            assert!(
                !text.contains(secret),
                "{kind} canary stored in a row: {text}"
            );
        }
        for (name, bytes) in &files {
            assert!(
                !contains_bytes(bytes, secret.as_bytes()),
                "{kind} canary found in the raw bytes of {name}"
            );
        }
    }
    // Visible with --nocapture: how many canaries the current scrubber let us check.
    eprintln!("canary secrets checked against the raw database: {canaries_checked} of 3");
}

fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

// ---------------------------------------------------------------------------------------------
// Learning

#[test]
fn confidence_starts_at_the_prior_and_moves_one_pseudo_count_per_outcome() {
    let directory = TemporaryDirectory::new("beta");
    let store = Store::open(directory.database()).expect("open");
    let key = fix_key("rust.missing-collections-import", 0);
    assert_eq!(key, "rust.missing-collections-import#0");
    let id = Fingerprint("f".repeat(64));

    let unseen = store.fix_confidence(&key, 0.9).expect("confidence");
    assert_close(unseen.alpha, 1.8, "prior α = 2c");
    assert_close(unseen.beta, 0.2, "prior β = 2(1 − c)");
    assert_close(unseen.mean, 0.9, "prior mean");
    assert_eq!((unseen.outcomes, unseen.learned), (0, false));

    store
        .record_outcome(&key, &id, Outcome::Success, None)
        .expect("success");
    let after_success = store.fix_confidence(&key, 0.9).expect("confidence");
    assert_close(after_success.alpha, 2.8, "α after one success");
    assert_close(after_success.beta, 0.2, "β after one success");
    assert_close(after_success.mean, 2.8 / 3.0, "mean after one success");
    assert_eq!((after_success.outcomes, after_success.learned), (1, false));

    store
        .record_outcome(&key, &id, Outcome::Failure, None)
        .expect("failure");
    let after_failure = store.fix_confidence(&key, 0.9).expect("confidence");
    assert_close(after_failure.alpha, 2.8, "α after a failure");
    assert_close(after_failure.beta, 1.2, "β after a failure");
    assert_eq!((after_failure.outcomes, after_failure.learned), (2, false));

    store
        .record_outcome(&key, &id, Outcome::Reverted, None)
        .expect("revert");
    let learned = store.fix_confidence(&key, 0.9).expect("confidence");
    assert_close(learned.alpha, 2.8, "α after a revert");
    assert_close(learned.beta, 2.2, "a revert counts against the fix");
    assert_close(learned.mean, 2.8 / 5.0, "mean after three outcomes");
    assert_eq!(
        (
            learned.outcomes,
            learned.successes,
            learned.failures,
            learned.reverts
        ),
        (3, 1, 1, 1)
    );
    assert!(learned.learned, "learned after 3 outcomes");

    // The prior is applied when reading: a template whose confidence changes takes effect.
    let with_other_prior = store.fix_confidence(&key, 0.5).expect("confidence");
    assert_close(with_other_prior.alpha, 2.0, "α with prior 0.5");
    assert_close(with_other_prior.beta, 3.0, "β with prior 0.5");

    // Another fix's evidence is its own.
    let other = store
        .fix_confidence(&fix_key("rust.missing-collections-import", 1), 0.6)
        .expect("confidence");
    assert_close(other.alpha, 1.2, "α of an unseen fix");
    assert_eq!(other.outcomes, 0);
}

// ---------------------------------------------------------------------------------------------
// Audit and undo

fn apply(store: &Store, path: &Path, before: Option<&[u8]>, after: &[u8]) -> i64 {
    std::fs::write(path, after).expect("write the fixed file");
    store
        .record_applied_fix(&AuditedChange {
            fix_key: "rust.missing-semicolon#0",
            fingerprint: Some(&Fingerprint("a".repeat(64))),
            file_path: path,
            before,
            after,
        })
        .expect("audit")
}

#[test]
fn undo_restores_the_exact_previous_bytes_and_marks_the_entry() {
    let directory = TemporaryDirectory::new("undo");
    let store = Store::open(directory.database()).expect("open");
    let file = directory.path.join("main.rs");
    // CRLF, a BOM, trailing spaces and invalid UTF-8: the bytes must come back as they were.
    let before: &[u8] = b"\xEF\xBB\xBFfn main() {\r\n    let x = 1  \r\n}\xFF\xFE";
    let after: &[u8] = b"\xEF\xBB\xBFfn main() {\r\n    let x = 1;  \r\n}\xFF\xFE";
    std::fs::write(&file, before).expect("write original");
    let id = apply(&store, &file, Some(before), after);

    let entries = store.audit_entries(10).expect("entries");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].id, id);
    assert_eq!(entries[0].file_path, file);
    assert_eq!(
        entries[0].before_sha256.as_deref(),
        Some(sha256_hex(before).as_str())
    );
    assert_eq!(entries[0].after_sha256, sha256_hex(after));
    assert_eq!(entries[0].undone_at, None);

    let undone = store.undo(UndoTarget::Last, &restore_file).expect("undo");
    assert_eq!(undone.entry.id, id);
    assert_eq!(
        undone.restoration,
        FileRestoration::WriteBytes(before.to_vec())
    );
    assert!(undone.entry.undone_at.is_some());
    assert_eq!(std::fs::read(&file).expect("read"), before);
    assert!(
        std::fs::read_dir(&directory.path)
            .expect("list")
            .all(|entry| !entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .contains("selfheal-undo")),
        "no temporary file left behind"
    );

    let again = store
        .undo(UndoTarget::Id(id), &restore_file)
        .expect_err("cannot undo twice");
    assert!(
        matches!(again, StoreError::AlreadyUndone { .. }),
        "{again:?}"
    );
    let nothing = store
        .undo(UndoTarget::Last, &restore_file)
        .expect_err("nothing left");
    assert!(matches!(nothing, StoreError::NothingToUndo), "{nothing:?}");
    let missing = store
        .undo(UndoTarget::Id(id + 100), &restore_file)
        .expect_err("no such entry");
    assert_eq!(
        missing.to_string(),
        format!("no applied fix with audit id {}", id + 100)
    );
}

#[test]
fn undo_refuses_when_the_file_changed_after_the_fix_and_leaves_it_alone() {
    let directory = TemporaryDirectory::new("undo-changed");
    let store = Store::open(directory.database()).expect("open");
    let file = directory.path.join("app.py");
    let before = b"import os\nprint(sys.argv)\n";
    let after = b"import os\nimport sys\nprint(sys.argv)\n";
    let id = apply(&store, &file, Some(before), after);
    let edited_by_the_user = b"import os\nimport sys\nprint(sys.argv[1:])\n";
    std::fs::write(&file, edited_by_the_user).expect("user edit");

    let error = store
        .undo(UndoTarget::Id(id), &restore_file)
        .expect_err("must refuse");
    match &error {
        StoreError::FileChangedSinceFix {
            expected_sha256,
            current_sha256,
            ..
        } => {
            assert_eq!(expected_sha256, &sha256_hex(after));
            assert_eq!(current_sha256, &sha256_hex(edited_by_the_user));
        }
        other => panic!("expected FileChangedSinceFix, got {other:?}"),
    }
    assert!(
        error.to_string().starts_with(&format!(
            "refusing to undo applied fix {id}: {} changed after the fix was applied",
            file.display()
        )),
        "{error}"
    );
    assert_eq!(std::fs::read(&file).expect("read"), edited_by_the_user);
    assert_eq!(store.audit_entries(1).expect("entries")[0].undone_at, None);
    let plan_error = store
        .plan_undo(UndoTarget::Last)
        .expect_err("plan refuses too");
    assert!(matches!(plan_error, StoreError::FileChangedSinceFix { .. }));

    // Gone entirely: refused as well.
    std::fs::remove_file(&file).expect("remove");
    let gone = store
        .undo(UndoTarget::Last, &restore_file)
        .expect_err("must refuse");
    assert!(
        gone.to_string().contains("none (the file is gone)"),
        "{gone}"
    );

    // Back to exactly what the fix left: undo works again.
    std::fs::write(&file, after).expect("restore fixed state");
    store.undo(UndoTarget::Last, &restore_file).expect("undo");
    assert_eq!(std::fs::read(&file).expect("read"), before);
}

#[test]
fn undo_last_walks_back_through_fixes_newest_first() {
    let directory = TemporaryDirectory::new("undo-walk");
    let store = Store::open(directory.database()).expect("open");
    let file = directory.path.join("lib.rs");
    let version_0 = b"v0\n";
    let version_1 = b"v1\n";
    let version_2 = b"v2\n";
    let first = apply(&store, &file, Some(version_0), version_1);
    let second = apply(&store, &file, Some(version_1), version_2);

    // The older fix cannot be undone first: the file holds the newer fix's bytes.
    assert!(matches!(
        store.undo(UndoTarget::Id(first), &restore_file),
        Err(StoreError::FileChangedSinceFix { .. })
    ));
    assert_eq!(
        store
            .undo(UndoTarget::Last, &restore_file)
            .expect("undo")
            .entry
            .id,
        second
    );
    assert_eq!(std::fs::read(&file).expect("read"), version_1);
    assert_eq!(
        store
            .undo(UndoTarget::Last, &restore_file)
            .expect("undo")
            .entry
            .id,
        first
    );
    assert_eq!(std::fs::read(&file).expect("read"), version_0);
}

#[test]
fn undoing_a_fix_that_created_a_file_removes_it() {
    let directory = TemporaryDirectory::new("undo-create");
    let store = Store::open(directory.database()).expect("open");
    let file = directory.path.join("requirements.txt");
    apply(&store, &file, None, b"requests\n");
    let undone = store.undo(UndoTarget::Last, &restore_file).expect("undo");
    assert_eq!(undone.restoration, FileRestoration::Remove);
    assert!(!file.exists());
}

#[test]
fn plan_undo_writes_nothing_and_mark_undone_records_an_undo_done_elsewhere() {
    let directory = TemporaryDirectory::new("undo-plan");
    let store = Store::open(directory.database()).expect("open");
    let file = directory.path.join("index.ts");
    let id = apply(&store, &file, Some(b"let a = 1\n"), b"const a = 1\n");

    let plan = store.plan_undo(UndoTarget::Last).expect("plan");
    assert_eq!(plan.entry.id, id);
    assert_eq!(
        plan.restoration,
        FileRestoration::WriteBytes(b"let a = 1\n".to_vec())
    );
    assert_eq!(std::fs::read(&file).expect("read"), b"const a = 1\n");

    // The editor applied it to its buffer and saved.
    std::fs::write(&file, b"let a = 1\n").expect("editor saves");
    store.mark_undone(id).expect("mark");
    assert!(store.audit_entries(1).expect("entries")[0]
        .undone_at
        .is_some());
    assert!(matches!(
        store.mark_undone(id),
        Err(StoreError::AuditEntryNotFound { .. })
    ));

    // A file that already holds its pre-fix bytes (undone by hand) is recognised as restored.
    let second = apply(&store, &file, Some(b"let a = 1\n"), b"const a = 1;\n");
    std::fs::write(&file, b"let a = 1\n").expect("undone by hand");
    let undone = store
        .undo(UndoTarget::Id(second), &restore_file)
        .expect("undo");
    assert_eq!(undone.restoration, FileRestoration::AlreadyRestored);
}

// ---------------------------------------------------------------------------------------------
// Stats

#[test]
fn stats_sum_up_errors_fixes_outcomes_and_learned_fixes() {
    let directory = TemporaryDirectory::new("stats");
    let store = Store::open(directory.database()).expect("open");
    let empty = store.stats(3).expect("stats");
    assert_eq!(
        (empty.errors_seen, empty.distinct_errors, empty.outcomes),
        (0, 0, 0)
    );
    assert_eq!(
        (empty.success_rate, empty.first_seen, empty.last_seen),
        (None, None, None)
    );
    assert!(empty.top_recurring.is_empty());

    let frequent = rust_error("cannot find value `a` in this scope", "src/a.rs", 1);
    let middle = rust_error("cannot find value `b` in this scope", "src/b.rs", 1);
    let rare = rust_error("cannot find value `c` in this scope", "src/c.rs", 1);
    for at in [100, 110, 120, 130] {
        record(&store, &frequent, at);
    }
    record(&store, &middle, 50);
    record(&store, &middle, 400);
    record(&store, &rare, 300);

    let learned_key = fix_key("rust.undefined-name", 0);
    let young_key = fix_key("rust.undefined-name", 1);
    let id = fingerprint(&frequent);
    for outcome in [Outcome::Success, Outcome::Success, Outcome::Failure] {
        store
            .record_outcome(&learned_key, &id, outcome, None)
            .expect("outcome");
    }
    store
        .record_outcome(&young_key, &id, Outcome::Reverted, None)
        .expect("outcome");
    let file = directory.path.join("a.rs");
    apply(&store, &file, Some(b"a"), b"b");
    apply(&store, &file, Some(b"b"), b"c");
    store.undo(UndoTarget::Last, &restore_file).expect("undo");

    let stats = store.stats(2).expect("stats");
    assert_eq!(stats.errors_seen, 7);
    assert_eq!(stats.distinct_errors, 3);
    assert_eq!(stats.top_recurring.len(), 2);
    assert_eq!(stats.top_recurring[0].fingerprint, fingerprint(&frequent).0);
    assert_eq!(stats.top_recurring[0].count, 4);
    assert_eq!(stats.top_recurring[0].code.as_deref(), Some("E0425"));
    assert_eq!(
        stats.top_recurring[0].message,
        "cannot find value `a` in this scope"
    );
    assert_eq!(stats.top_recurring[1].fingerprint, fingerprint(&middle).0);
    assert_eq!(stats.top_recurring[1].count, 2);
    assert_eq!((stats.fixes_applied, stats.fixes_undone), (2, 1));
    assert_eq!(
        (
            stats.outcomes,
            stats.successes,
            stats.failures,
            stats.reverts
        ),
        (4, 2, 1, 1)
    );
    assert_close(stats.success_rate.expect("rate"), 0.5, "success rate");
    assert_eq!(stats.patterns_learned, 1);
    assert_eq!((stats.first_seen, stats.last_seen), (Some(50), Some(400)));

    let json = serde_json::to_value(&stats).expect("serialize");
    assert_eq!(json["errors_seen"], 7);
    assert_eq!(json["top_recurring"][0]["count"], 4);
    assert_eq!(json["success_rate"], 0.5);
}

// ---------------------------------------------------------------------------------------------
// A person's undo: recorded, but no evidence about the fix

#[test]
fn an_undo_by_a_person_is_recorded_but_leaves_the_confidence_and_failures_alone() {
    let store = Store::open_in_memory().expect("open");
    let occurrence = rust_error("cannot find value `x` in this scope", "src/lib.rs", 3);
    record(&store, &occurrence, 1);
    let key = fix_key("rust.undefined-name", 0);
    let id = fingerprint(&occurrence);
    store
        .record_outcome(&key, &id, Outcome::Success, None)
        .expect("outcome");
    let before = store.fix_confidence(&key, 0.6).expect("confidence");
    store
        .record_outcome(&key, &id, Outcome::Undone, Some("undone by a person"))
        .expect("an undone outcome is accepted by the schema");
    let after = store.fix_confidence(&key, 0.6).expect("confidence");
    assert_eq!(after, before, "an undo is no evidence either way");
    let history = store
        .occurrence_history(&id)
        .expect("read")
        .expect("recorded");
    assert_eq!((history.times_fixed, history.times_fix_failed), (1, 0));
    let stats = store.stats(5).expect("stats");
    assert_eq!(
        (
            stats.outcomes,
            stats.successes,
            stats.failures,
            stats.reverts,
            stats.undone_by_person
        ),
        (1, 1, 0, 0, 1)
    );
    assert_eq!(stats.success_rate, Some(1.0));
}

#[test]
fn a_version_1_database_gains_the_undone_outcome_and_keeps_its_outcomes() {
    let directory = TemporaryDirectory::new("migrate-undone");
    let raw = rusqlite::Connection::open(directory.database()).expect("raw open");
    // The two tables migration 2 changes, exactly as version 1 created them.
    raw.execute_batch(
        "CREATE TABLE fix_stats (
            fix_key TEXT PRIMARY KEY NOT NULL,
            alpha_evidence REAL NOT NULL DEFAULT 0,
            beta_evidence REAL NOT NULL DEFAULT 0,
            successes INTEGER NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0,
            reverts INTEGER NOT NULL DEFAULT 0,
            updated_at INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE outcomes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            fix_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'reverted')),
            at INTEGER NOT NULL,
            detail TEXT
        ) STRICT;
        INSERT INTO outcomes (fix_key, fingerprint, outcome, at, detail)
            VALUES ('old.fix#0', 'f1', 'reverted', 7, 'kept');
        INSERT INTO fix_stats VALUES ('old.fix#0', 0, 1, 0, 0, 1, 7);
        PRAGMA user_version = 1;",
    )
    .expect("a version 1 database");
    drop(raw);

    let store = Store::open(directory.database()).expect("migrates");
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    store
        .record_outcome(
            "old.fix#0",
            &Fingerprint("f1".into()),
            Outcome::Undone,
            None,
        )
        .expect("undone is accepted after the migration");
    let confidence = store.fix_confidence("old.fix#0", 0.5).expect("confidence");
    assert_eq!((confidence.reverts, confidence.outcomes), (1, 1));
    assert_close(confidence.beta, 2.0, "the old revert's evidence is kept");
    drop(store);
    let raw = rusqlite::Connection::open(directory.database()).expect("raw open");
    let rows: Vec<(String, String)> = raw
        .prepare("SELECT outcome, coalesce(detail, '') FROM outcomes ORDER BY id")
        .expect("prepare")
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(
        rows,
        vec![
            ("reverted".to_string(), "kept".to_string()),
            ("undone".to_string(), String::new())
        ]
    );
}
