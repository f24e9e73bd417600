//! The store under several processes: writers racing on one database file lose no count, and a
//! writer killed with SIGKILL mid-write leaves a sound database that holds every commit it
//! acknowledged. The children are this test binary run again (`std::env::current_exe()`) with
//! `SELFHEAL_STORE_TEST_CHILD` naming their role; in a normal run `child_process_entry` does
//! nothing.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use selfheal::digest::sha256_hex;
use selfheal::fingerprint::{Fingerprint, Shape};
use selfheal::store::{AuditedChange, Outcome, Store};
use selfheal::{Occurrence, Severity, Tool};

const CHILD_ROLE: &str = "SELFHEAL_STORE_TEST_CHILD";
const CHILD_DATABASE: &str = "SELFHEAL_STORE_TEST_DATABASE";
const CHILD_LABEL: &str = "SELFHEAL_STORE_TEST_LABEL";
const CHILD_SECONDS: &str = "SELFHEAL_STORE_TEST_SECONDS";

const CONCURRENT_WRITERS: usize = 4;
const CONCURRENT_WRITE_SECONDS: u64 = 10;
const SHARED_FINGERPRINTS: [&str; 3] = [
    "shared-fingerprint-a",
    "shared-fingerprint-b",
    "shared-fingerprint-c",
];
const SHARED_FIX_KEYS: [&str; 2] = ["rust.shared-pattern#0", "rust.shared-pattern#1"];
const CRASH_ROUNDS: u64 = 6;

/// A directory under the system temp dir, removed when dropped.
struct TemporaryDirectory {
    path: PathBuf,
}

impl TemporaryDirectory {
    fn new(test_name: &str) -> TemporaryDirectory {
        let path = std::env::temp_dir().join(format!(
            "selfheal-store-{test_name}-{}-{}",
            std::process::id(),
            nanoseconds_now()
        ));
        std::fs::create_dir_all(&path).expect("create temporary directory");
        TemporaryDirectory { path }
    }
}

impl Drop for TemporaryDirectory {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

fn nanoseconds_now() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|since| since.as_nanos())
        .unwrap_or_default()
}

fn child_command(role: &str, database: &Path, label: &str) -> Command {
    let mut command = Command::new(std::env::current_exe().expect("own test binary"));
    command
        .args([
            "child_process_entry",
            "--exact",
            "--nocapture",
            "--test-threads=1",
            "-q",
        ])
        .env(CHILD_ROLE, role)
        .env(CHILD_DATABASE, database)
        .env(CHILD_LABEL, label)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

fn occurrence_for(label: &str, sequence: u64) -> Occurrence {
    let mut occurrence = Occurrence::new(
        Tool::Rustc,
        Severity::Error,
        format!("cannot find value `shared` in this scope ({label})"),
    );
    occurrence.code = Some("E0425".to_string());
    occurrence.file = Some(format!("src/{label}.rs"));
    occurrence.line = Some(u32::try_from(sequence % 7).unwrap_or(0) + 1);
    occurrence
}

// ---------------------------------------------------------------------------------------------
// The child side

#[test]
fn child_process_entry() {
    let role = match std::env::var(CHILD_ROLE) {
        Ok(role) => role,
        Err(_) => return,
    };
    let database = PathBuf::from(std::env::var_os(CHILD_DATABASE).expect("database path"));
    let label = std::env::var(CHILD_LABEL).expect("label");
    match role.as_str() {
        "concurrent-writer" => {
            let seconds: u64 = std::env::var(CHILD_SECONDS)
                .expect("seconds")
                .parse()
                .expect("a number of seconds");
            concurrent_writer(&database, &label, Duration::from_secs(seconds));
        }
        "crash-writer" => crash_writer(&database, &label),
        "open-default" => {
            let store = Store::open_default().expect("open the default store");
            println!("opened {}", store.path().display());
        }
        other => panic!("unknown child role {other}"),
    }
}

/// Loops over the shared fingerprints and fix keys until `duration` has passed; any error fails
/// the child. Prints its commit counts at the end.
fn concurrent_writer(database: &Path, label: &str, duration: Duration) {
    // Opened by every child at once on a file that may not exist yet: creation and migration race
    // too.
    let store = Store::open(database).expect("open");
    let deadline = Instant::now() + duration;
    let mut occurrence_commits = 0_u64;
    let mut outcome_commits = 0_u64;
    let mut sequence = 0_u64;
    while Instant::now() < deadline {
        let fingerprint = Fingerprint(SHARED_FINGERPRINTS[(sequence % 3) as usize].to_string());
        let occurrence = occurrence_for(label, sequence);
        store
            .record_occurrence(
                &occurrence,
                &fingerprint,
                &Shape("shared-shape".to_string()),
                None,
                None,
            )
            .expect("record_occurrence under contention");
        occurrence_commits += 1;
        let outcome = match sequence % 3 {
            0 => Outcome::Success,
            1 => Outcome::Failure,
            _ => Outcome::Reverted,
        };
        store
            .record_outcome(
                SHARED_FIX_KEYS[(sequence % 2) as usize],
                &fingerprint,
                outcome,
                Some(label),
            )
            .expect("record_outcome under contention");
        outcome_commits += 1;
        sequence += 1;
    }
    println!("commits occurrences={occurrence_commits} outcomes={outcome_commits}");
}

/// Writes forever (until killed, or 60 s), printing an acknowledgement after each commit.
fn crash_writer(database: &Path, label: &str) {
    let store = Store::open(database).expect("open");
    let fingerprint = Fingerprint(format!("crash-{label}"));
    let shape = Shape("crash-shape".to_string());
    let file_path = database.with_file_name(format!("fixed-{label}.txt"));
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut sequence = 0_u64;
    while Instant::now() < deadline {
        let count = store
            .record_occurrence(
                &occurrence_for(label, sequence),
                &fingerprint,
                &shape,
                None,
                None,
            )
            .expect("record_occurrence");
        println!("ack occurrence {count}");
        store
            .record_outcome(
                "crash#0",
                &fingerprint,
                Outcome::Success,
                Some(&format!("{label} seq {sequence}")),
            )
            .expect("record_outcome");
        println!("ack outcome {label} seq {sequence}");
        // Blobs of varying size (up to ~200 KiB) keep the writer inside SQLite for a while, so
        // the kill often lands mid-transaction or mid-checkpoint.
        let length = 1 + (sequence.wrapping_mul(2_654_435_761) % 200_000) as usize;
        let after: Vec<u8> = (0..length)
            .map(|index| (index as u64 ^ sequence) as u8)
            .collect();
        let id = store
            .record_applied_fix(&AuditedChange {
                fix_key: "crash#0",
                fingerprint: Some(&fingerprint),
                file_path: &file_path,
                before: Some(b"before"),
                after: &after,
            })
            .expect("record_applied_fix");
        println!("ack audit {id} {}", sha256_hex(&after));
        sequence += 1;
    }
}

// ---------------------------------------------------------------------------------------------
// The parent side

#[test]
fn concurrent_writer_processes_lose_no_counts() {
    let directory = TemporaryDirectory::new("concurrency");
    let database = directory.path.join("selfheal.db");
    let started = Instant::now();
    let children: Vec<(String, Child)> = (0..CONCURRENT_WRITERS)
        .map(|index| {
            let label = format!("writer-{index}");
            let child = child_command("concurrent-writer", &database, &label)
                .env(CHILD_SECONDS, CONCURRENT_WRITE_SECONDS.to_string())
                .spawn()
                .expect("spawn writer");
            (label, child)
        })
        .collect();

    let mut occurrence_commits = 0_u64;
    let mut outcome_commits = 0_u64;
    for (label, child) in children {
        let output = child.wait_with_output().expect("wait for writer");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{label} failed ({}):\n{stdout}\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        let counts = stdout
            .lines()
            .find_map(|line| line.strip_prefix("commits "))
            .unwrap_or_else(|| panic!("{label} printed no counts:\n{stdout}"));
        let (occurrences, outcomes) = parse_commit_counts(counts);
        assert!(occurrences > 0, "{label} committed nothing");
        occurrence_commits += occurrences;
        outcome_commits += outcomes;
    }
    let elapsed = started.elapsed();

    let store = Store::open(&database).expect("open");
    let stats = store.stats(10).expect("stats");
    assert_eq!(
        stats.errors_seen, occurrence_commits,
        "occurrence counts lost"
    );
    assert_eq!(stats.distinct_errors, 3);
    assert_eq!(stats.outcomes, outcome_commits, "outcome evidence lost");
    let raw = rusqlite::Connection::open(&database).expect("raw open");
    let outcome_rows: i64 = raw
        .query_row("SELECT count(*) FROM outcomes", [], |row| row.get(0))
        .expect("count outcomes");
    assert_eq!(outcome_rows as u64, outcome_commits);
    let most_samples: i64 = raw
        .query_row(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM occurrence_samples GROUP BY fingerprint)",
            [],
            |row| row.get(0),
        )
        .expect("samples");
    assert!(
        most_samples <= 5,
        "sample cap broken under contention: {most_samples}"
    );
    assert_eq!(store.integrity_check().expect("check"), ["ok"]);
    let commits = occurrence_commits + outcome_commits;
    eprintln!(
        "{CONCURRENT_WRITERS} writer processes, {:.1} s: {commits} commits ({occurrence_commits} occurrences, {outcome_commits} outcomes), {:.0} commits/s",
        elapsed.as_secs_f64(),
        commits as f64 / elapsed.as_secs_f64()
    );
}

fn parse_commit_counts(line: &str) -> (u64, u64) {
    let fields: HashMap<&str, u64> = line
        .split_whitespace()
        .filter_map(|field| field.split_once('='))
        .map(|(name, value)| (name, value.parse().expect("a count")))
        .collect();
    (fields["occurrences"], fields["outcomes"])
}

#[test]
fn a_writer_killed_mid_write_leaves_a_sound_database_with_every_acknowledged_commit() {
    let directory = TemporaryDirectory::new("crash");
    let database = directory.path.join("selfheal.db");
    let mut random = (nanoseconds_now() as u64) | 1;
    eprintln!("crash test seed {random}");
    for round in 0..CRASH_ROUNDS {
        let label = format!("round-{round}");
        let mut child = child_command("crash-writer", &database, &label)
            .spawn()
            .expect("spawn crash writer");
        let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
        let reader = {
            let stdout = child.stdout.take().expect("stdout");
            let acknowledged = Arc::clone(&acknowledged);
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines() {
                    let Ok(line) = line else { break };
                    if line.starts_with("ack ") {
                        acknowledged.lock().expect("lock").push(line);
                    }
                }
            })
        };
        // Wait for the writer to be in its loop, then kill it after a random-ish 5–400 ms.
        let waiting_since = Instant::now();
        while acknowledged.lock().expect("lock").is_empty() {
            assert!(
                waiting_since.elapsed() < Duration::from_secs(20),
                "the crash writer never acknowledged a commit"
            );
            std::thread::sleep(Duration::from_millis(2));
        }
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        std::thread::sleep(Duration::from_millis(5 + random % 396));
        child.kill().expect("SIGKILL the writer");
        let status = child.wait().expect("reap the writer");
        assert_killed(&status, &child_stderr(&mut child));
        reader.join().expect("reader thread");

        let acknowledged = acknowledged.lock().expect("lock").clone();
        verify_acknowledged_commits(&database, &label, &acknowledged);
    }
}

fn child_stderr(child: &mut Child) -> String {
    let mut text = String::new();
    if let Some(mut stderr) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
    }
    text
}

#[cfg(unix)]
fn assert_killed(status: &std::process::ExitStatus, stderr: &str) {
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(
        status.signal(),
        Some(9),
        "the writer ended on its own: {status}\n{stderr}"
    );
}

#[cfg(not(unix))]
fn assert_killed(status: &std::process::ExitStatus, stderr: &str) {
    assert!(
        !status.success(),
        "the writer ended on its own: {status}\n{stderr}"
    );
}

fn verify_acknowledged_commits(database: &Path, label: &str, acknowledged: &[String]) {
    let store = Store::open(database).expect("reopen after the kill");
    assert_eq!(
        store.integrity_check().expect("integrity_check"),
        ["ok"],
        "after {label}"
    );
    let raw = rusqlite::Connection::open(database).expect("raw open");

    let last_acknowledged_count = acknowledged
        .iter()
        .filter_map(|line| line.strip_prefix("ack occurrence "))
        .map(|count| count.parse::<i64>().expect("count"))
        .max()
        .unwrap_or(0);
    let stored_count: i64 = raw
        .query_row(
            "SELECT count FROM occurrences WHERE fingerprint = ?1",
            [format!("crash-{label}")],
            |row| row.get(0),
        )
        .expect("the round's occurrence row");
    // The kill may land between a commit and its acknowledgement: at most one more.
    assert!(
        stored_count == last_acknowledged_count || stored_count == last_acknowledged_count + 1,
        "{label}: acknowledged {last_acknowledged_count} sightings, stored {stored_count}"
    );

    let stored_details: std::collections::HashSet<String> = raw
        .prepare("SELECT detail FROM outcomes WHERE detail LIKE ?1")
        .expect("prepare")
        .query_map([format!("{label} seq %")], |row| row.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let mut outcomes_checked = 0;
    for line in acknowledged {
        if let Some(detail) = line.strip_prefix("ack outcome ") {
            assert!(
                stored_details.contains(detail),
                "acknowledged outcome lost: {detail}"
            );
            outcomes_checked += 1;
        }
        if let Some(audit) = line.strip_prefix("ack audit ") {
            let (id, sha256) = audit.split_once(' ').expect("id and hash");
            let (stored_sha256, after): (String, Vec<u8>) = raw
                .query_row(
                    "SELECT after_sha256, after FROM audit WHERE id = ?1",
                    [id.parse::<i64>().expect("id")],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .unwrap_or_else(|error| panic!("acknowledged audit entry {id} lost: {error}"));
            assert_eq!(stored_sha256, sha256);
            assert_eq!(sha256_hex(&after), sha256, "audit entry {id} bytes damaged");
        }
    }
    eprintln!(
        "{label}: killed after {} acknowledged commits ({outcomes_checked} outcomes); integrity ok",
        acknowledged.len()
    );
}

#[test]
fn open_default_uses_selfheal_home_and_creates_the_directory() {
    let directory = TemporaryDirectory::new("default");
    let home = directory.path.join("nested").join("home");
    let output = child_command("open-default", &directory.path.join("unused"), "default")
        .env("SELFHEAL_HOME", &home)
        .output()
        .expect("run child");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let database = home.join("selfheal.db");
    assert!(
        stdout.contains(&format!("opened {}", database.display())),
        "{stdout}"
    );
    assert!(database.is_file());
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn open_default_without_selfheal_home_uses_xdg_data_home() {
    let directory = TemporaryDirectory::new("default-xdg");
    let data_home = directory.path.join("xdg-data");
    let output = child_command("open-default", &directory.path.join("unused"), "default")
        .env_remove("SELFHEAL_HOME")
        .env("XDG_DATA_HOME", &data_home)
        .output()
        .expect("run child");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(data_home.join("selfheal").join("selfheal.db").is_file());
}
