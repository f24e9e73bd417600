//! Team memory end to end, against a real Postgres + pgvector + PostgREST (started per test
//! binary by `support::team_server`, with `supabase/migrations/` applied) reached through a
//! fault-injecting proxy: machines are separate `SELFHEAL_HOME`s running the real binary (the
//! CLI and the language server).
//!
//! - a pattern learned from a fix on one machine is pushed as a candidate, reviewed and approved
//!   by a maintainer (a member may not), and fixes the same mistake on another machine — through
//!   `selfheal heal` and as a quick fix in the editor; no canary secret reaches the store;
//! - the outbox survives the store going down and an answer lost after the write: nothing is
//!   lost and nothing is counted twice;
//! - an error another machine fixed is answered from the team's memory in the editor's hover,
//!   which never waits for the store (even a slow one);
//! - retries, 429's `Retry-After`, timeouts and the circuit breaker, on the real client (its
//!   half-open trial and closing are `http::breaker`'s unit tests, on a clock they move).

mod support;

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use selfheal::remote::{Query, RemoteError, TeamClient, TeamConfig};
use support::fault_proxy::FaultProxy;
use support::team_server::TeamServer;
use support::{actions_titled, file_uri, LspClient, TempDir, LLM_VARIABLES};

/// A secret planted in the code and the error text: it must never leave a machine.
const CANARY: &str = "ghp_Qm7Xv2Lp9Rz4Tk8Wn3Bc6Hd1Fj5Gs0Ya2Ue7";

/// One machine: its own data directory, configured for the team store as one member.
struct Machine {
    home: TempDir,
    environment: Vec<(String, String)>,
}

impl Machine {
    fn new(label: &str, rest_url: &str, anon_key: &str, project: &str, token: &str) -> Machine {
        Machine {
            home: TempDir::new(label),
            environment: vec![
                ("SELFHEAL_SUPABASE_REST_URL".into(), rest_url.into()),
                ("SUPABASE_KEY".into(), anon_key.into()),
                ("SELFHEAL_PROJECT".into(), project.into()),
                ("SELFHEAL_TEAM_TOKEN".into(), token.into()),
                ("SELFHEAL_TEAM_RETRY_BASE_MS".into(), "20".into()),
                ("SELFHEAL_TEAM_TIMEOUT".into(), "5".into()),
            ],
        }
    }

    fn selfheal(&self, directory: &Path, arguments: &[&str]) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_selfheal"));
        for variable in LLM_VARIABLES {
            command.env_remove(variable);
        }
        command
            .args(arguments)
            .current_dir(directory)
            .env("SELFHEAL_HOME", self.home.path())
            .env("NO_COLOR", "1")
            .envs(
                self.environment
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str())),
            )
            .output()
            .expect("run selfheal")
    }
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A team project with a maintainer and two members, each with a team token.
struct Team {
    server: TeamServer,
    proxy: FaultProxy,
    project: String,
}

impl Team {
    fn start(project: &str) -> Option<Team> {
        let server = TeamServer::start()?;
        let proxy = FaultProxy::start(&server.rest_url());
        server.create_project(project);
        for (who, role) in [
            ("maintainer", "maintainer"),
            ("alice", "member"),
            ("bob", "member"),
        ] {
            server.add_token(project, &format!("{project}-{who}-token"), role);
        }
        Some(Team {
            server,
            proxy,
            project: project.to_string(),
        })
    }

    fn machine(&self, who: &str) -> Machine {
        Machine::new(
            who,
            &self.proxy.url(),
            &self.server.anon_jwt(),
            &self.project,
            &format!("{}-{who}-token", self.project),
        )
    }

    /// One number from the database, as its superuser sees it.
    fn count(&self, sql: &str) -> i64 {
        self.server.psql(sql).trim().parse().unwrap_or(-1)
    }
}

const GREETING: &str = "def greet(name):\n    return f\"hello {name}\"\n";

fn greet_app(token_line: bool) -> String {
    let token = match token_line {
        true => format!("GITHUB_TOKEN = \"{CANARY}\"\n"),
        false => String::new(),
    };
    format!("\"\"\"Greets.\"\"\"\nfrom greeting import greet\n{token}\nprint(greet())\n")
}

fn python_project(root: &Path, name: &str, app: &str) -> std::path::PathBuf {
    let directory = root.join(name);
    std::fs::create_dir_all(&directory).unwrap();
    std::fs::write(directory.join("greeting.py"), GREETING).unwrap();
    std::fs::write(directory.join("app.py"), app).unwrap();
    directory
}

#[test]
fn a_fix_learned_on_one_machine_is_reviewed_approved_and_fixes_the_same_mistake_on_another() {
    let Some(team) = Team::start("acme") else {
        return;
    };
    let alice = team.machine("alice");
    let bob = team.machine("bob");
    let maintainer = team.machine("maintainer");

    // Alice hits an error no pattern knows, and fixes it by hand between two runs.
    let project = python_project(alice.home.path(), "greeter", &greet_app(true));
    let failed = alice.selfheal(&project, &["run", "--", "python3", "app.py"]);
    assert_eq!(failed.status.code(), Some(1), "{}", text(&failed));
    let fixed = greet_app(true).replace("greet()", "greet(\"world\")");
    std::fs::write(project.join("app.py"), &fixed).unwrap();
    let passed = alice.selfheal(&project, &["run", "--", "python3", "app.py"]);
    assert_eq!(passed.status.code(), Some(0), "{}", text(&passed));
    assert!(text(&passed).contains("learned"), "{}", text(&passed));

    // The run pushed the lesson at its end: a learning and a candidate for the team's review;
    // nothing is left for an explicit sync.
    let synced = alice.selfheal(&project, &["sync"]);
    assert_eq!(synced.status.code(), Some(0), "{}", text(&synced));
    assert!(
        text(&synced).contains("0 new, 0 already there; 0 still queued"),
        "{}",
        text(&synced)
    );
    assert_eq!(
        team.count(
            "select count(*) from team_patterns where project_id = 'acme' and status = 'candidate'"
        ),
        1
    );
    assert_eq!(
        team.count("select count(*) from learnings where project_id = 'acme'"),
        1
    );
    let pattern_id = team
        .server
        .psql("select pattern_id from team_patterns where project_id = 'acme'")
        .trim()
        .to_string();
    assert!(pattern_id.starts_with("python.learned-"), "{pattern_id}");

    // Not offered to anyone yet: Bob's sync pulls no pattern.
    let bob_project = python_project(bob.home.path(), "hello", &greet_app(false));
    let pulled = bob.selfheal(&bob_project, &["sync"]);
    assert!(
        text(&pulled).contains("team patterns: 0 approved"),
        "{}",
        text(&pulled)
    );

    // A member may not approve; the maintainer reviews the change and approves it.
    let refused = bob.selfheal(&bob_project, &["patterns", "approve", &pattern_id]);
    assert_ne!(refused.status.code(), Some(0), "{}", text(&refused));
    assert!(
        text(&refused).contains("only a maintainer"),
        "{}",
        text(&refused)
    );
    let review = maintainer.selfheal(maintainer.home.path(), &["patterns", "review"]);
    assert_eq!(review.status.code(), Some(0), "{}", text(&review));
    assert!(text(&review).contains(&pattern_id), "{}", text(&review));
    assert!(
        text(&review).contains("+print(greet(\"world\"))"),
        "{}",
        text(&review)
    );
    let approved = maintainer.selfheal(
        maintainer.home.path(),
        &["patterns", "approve", &pattern_id],
    );
    assert_eq!(approved.status.code(), Some(0), "{}", text(&approved));
    assert_eq!(
        team.count(
            "select count(*) from healing_audit where project_id = 'acme' and action = 'approved'"
        ),
        1
    );

    // Bob's next sync brings it; `heal` fixes his copy of the mistake with it.
    let pulled = bob.selfheal(&bob_project, &["sync"]);
    assert!(
        text(&pulled).contains("team patterns: 1 approved"),
        "{}",
        text(&pulled)
    );
    let healed = bob.selfheal(&bob_project, &["heal", "--yes", "--", "python3", "app.py"]);
    assert_eq!(healed.status.code(), Some(0), "{}", text(&healed));
    assert_eq!(
        std::fs::read_to_string(bob_project.join("app.py")).unwrap(),
        greet_app(false).replace("greet()", "greet(\"world\")")
    );

    // In Bob's editor the same mistake elsewhere gets the team's fix as a quick fix.
    let editor_project = python_project(bob.home.path(), "editor", &greet_app(false));
    let app = editor_project.join("app.py");
    let output = Command::new("python3")
        .arg("app.py")
        .current_dir(&editor_project)
        .output()
        .unwrap();
    // The editor's server runs in Bob's data directory (where his team patterns are).
    let bob_environment: Vec<(String, String)> = bob.environment.clone();
    let environment: Vec<(&str, &str)> = bob_environment
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let mut client = LspClient::spawn_with(bob.home, &environment);
    client.initialize_default();
    let uri = file_uri(&app);
    client.open(&uri, "python", 1, &greet_app(false));
    client.notify(
        "selfheal/didCaptureOutput",
        json!({"origin": "terminal", "cwd": editor_project, "commandLine": "python3 app.py",
               "exitCode": 1, "output": String::from_utf8_lossy(&output.stderr), "truncated": false}),
    );
    let published = client.notification("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    let diagnostics = published["diagnostics"].clone();
    assert!(!diagnostics.as_array().unwrap().is_empty(), "{published}");
    let response = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": diagnostics[0]["range"],
                   "context": {"diagnostics": diagnostics}}),
        )
        .expect("codeAction");
    assert_eq!(
        actions_titled(&response, "(from your team)").len(),
        1,
        "{response:#}"
    );
    client.shutdown();

    // No secret left Alice's machine: not in any request, not in any row.
    for request in team.proxy.requests() {
        assert!(!request.to_string().contains(CANARY), "{request}");
    }
    let everything = team.server.psql(
        "select string_agg(t::text, ' ') from (select row_to_json(x)::text as t from \
         (select * from learnings) x union all select row_to_json(y)::text from \
         (select * from team_patterns) y union all select row_to_json(z)::text from \
         (select * from healing_audit) z) rows",
    );
    assert!(!everything.contains(CANARY), "{everything}");
    assert!(
        everything.contains("greet"),
        "the rows are there: {everything}"
    );
}

/// A Python file that uses `json` without importing it: a built-in pattern fixes it.
fn json_project(root: &Path, name: &str) -> std::path::PathBuf {
    let directory = root.join(name);
    std::fs::create_dir_all(&directory).unwrap();
    std::fs::write(
        directory.join("report.py"),
        format!(
            "\"\"\"Reports.\"\"\"\nTOKEN = \"{CANARY}\"\nprint(json.dumps({{\"ok\": True}}))\n"
        ),
    )
    .unwrap();
    directory
}

fn outbox_pending(machine: &Machine) -> i64 {
    let status = machine.selfheal(machine.home.path(), &["sync", "--status", "--json"]);
    let status: Value = serde_json::from_slice(&status.stdout).expect("status JSON");
    status["outbox"]["pending"].as_i64().unwrap_or(-1)
}

#[test]
fn the_outbox_survives_the_store_going_down_and_a_lost_answer_counts_once() {
    let Some(team) = Team::start("outage") else {
        return;
    };
    let alice = team.machine("alice");
    // The store is down while three fixes are applied and verified: their three outcomes and
    // three audit rows stay queued (each heal tried to push them at its end).
    team.proxy.set(json!({"mode": "down"}));
    // The secret is in the code and in the projects' paths.
    for name in ["one", "two", "three"] {
        let project = json_project(alice.home.path(), &format!("{name}-{CANARY}"));
        let healed = alice.selfheal(&project, &["heal", "--yes", "--", "python3", "report.py"]);
        assert_eq!(healed.status.code(), Some(0), "{}", text(&healed));
    }
    assert_eq!(outbox_pending(&alice), 6);

    // Still down: the sync says so, and nothing is lost.
    let down = alice.selfheal(alice.home.path(), &["sync"]);
    assert_eq!(down.status.code(), Some(1), "{}", text(&down));
    assert!(text(&down).contains("unreachable"), "{}", text(&down));
    assert_eq!(outbox_pending(&alice), 6);
    let status = alice.selfheal(alice.home.path(), &["sync", "--status"]);
    assert!(text(&status).contains("6 queued"), "{}", text(&status));

    // Back, but the answer to the first outcome is lost after the store took it: the retry is
    // recognised there, and every outcome counts exactly once.
    team.proxy
        .set(json!({"mode": "drop_answer", "count": 1, "path": "/rpc/record_fix_result"}));
    let back = alice.selfheal(alice.home.path(), &["sync"]);
    assert_eq!(back.status.code(), Some(0), "{}", text(&back));
    assert!(
        text(&back).contains("5 new, 1 already there"),
        "{}",
        text(&back)
    );
    assert_eq!(outbox_pending(&alice), 0);
    assert_eq!(
        team.count("select count(*) from fix_results where project_id = 'outage'"),
        3
    );
    assert_eq!(
        team.count("select sum(success_count) from error_patterns where project_id = 'outage'"),
        3
    );
    assert_eq!(
        team.count("select count(*) from healing_audit where project_id = 'outage'"),
        3
    );
    let rows = team.server.psql(
        "select string_agg(t, ' ') from (select row_to_json(e)::text as t from error_patterns e \
         union all select row_to_json(a)::text from healing_audit a \
         union all select row_to_json(f)::text from fix_results f) rows",
    );
    for request in team.proxy.requests() {
        assert!(!request.to_string().contains(CANARY), "{request}");
    }
    assert!(!rows.contains(CANARY), "{rows}");
    assert!(rows.contains("Add `import json`"), "{rows}");

    // A machine with a wrong team token: its writes are refused for who it is, so each sync
    // stops and keeps them all — none is set aside, however often it syncs.
    let mut mallory = team.machine("alice");
    mallory
        .environment
        .retain(|(name, _)| name != "SELFHEAL_TEAM_TOKEN");
    mallory
        .environment
        .push(("SELFHEAL_TEAM_TOKEN".into(), "not-a-team-token".into()));
    let project = json_project(mallory.home.path(), "four");
    let healed = mallory.selfheal(&project, &["heal", "--yes", "--", "python3", "report.py"]);
    assert_eq!(healed.status.code(), Some(0), "{}", text(&healed));
    for _ in 0..3 {
        let refused = mallory.selfheal(mallory.home.path(), &["sync"]);
        assert_eq!(refused.status.code(), Some(1), "{}", text(&refused));
        assert!(
            text(&refused).contains("refused the credentials"),
            "{}",
            text(&refused)
        );
    }
    let status = mallory.selfheal(mallory.home.path(), &["sync", "--status"]);
    assert!(text(&status).contains("2 queued"), "{}", text(&status));
    assert!(text(&status).contains("0 set aside"), "{}", text(&status));
    assert_eq!(
        team.count("select count(*) from healing_audit where project_id = 'outage'"),
        3
    );

    // Another machine's `selfheal run` of the same error hears what the team knows.
    let bob = team.machine("bob");
    let project = json_project(bob.home.path(), "one");
    let run = bob.selfheal(&project, &["run", "--", "python3", "report.py"]);
    assert_eq!(run.status.code(), Some(1), "{}", text(&run));
    assert!(
        text(&run).contains("team (outage): Add `import json` worked 3/3 times"),
        "{}",
        text(&run)
    );
}

#[test]
fn an_error_fixed_on_another_machine_is_answered_from_the_team_without_waiting() {
    let Some(team) = Team::start("tier1") else {
        return;
    };
    let alice = team.machine("alice");
    let project = json_project(alice.home.path(), "service");
    let healed = alice.selfheal(&project, &["heal", "--yes", "--", "python3", "report.py"]);
    assert_eq!(healed.status.code(), Some(0), "{}", text(&healed));
    assert_eq!(alice.selfheal(&project, &["sync"]).status.code(), Some(0));

    // Bob's editor sees the same error; the store answers slowly.
    let bob = team.machine("bob");
    let bob_project = json_project(bob.home.path(), "service");
    let report = bob_project.join("report.py");
    let source = std::fs::read_to_string(&report).unwrap();
    let output = Command::new("python3")
        .arg("report.py")
        .current_dir(&bob_project)
        .output()
        .unwrap();
    let environment: Vec<(String, String)> = bob.environment.clone();
    let environment: Vec<(&str, &str)> = environment
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let mut client = LspClient::spawn_with(bob.home, &environment);
    client.initialize_default();
    let uri = file_uri(&report);
    client.open(&uri, "python", 1, &source);
    team.proxy.set(json!({"mode": "slow", "seconds": 3}));
    client.notify(
        "selfheal/didCaptureOutput",
        json!({"origin": "terminal", "cwd": bob_project, "commandLine": "python3 report.py",
               "exitCode": 1, "output": String::from_utf8_lossy(&output.stderr), "truncated": false}),
    );
    let published = client.notification("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    let position = published["diagnostics"][0]["range"]["start"].clone();
    let hover = |client: &mut LspClient| -> (String, Duration) {
        let started = Instant::now();
        let answer = client
            .request(
                "textDocument/hover",
                json!({"textDocument": {"uri": uri}, "position": position}),
            )
            .expect("hover");
        (
            answer["contents"]["value"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            started.elapsed(),
        )
    };
    // While the store is slow (3 s an answer, within the client's 5 s timeout), the hover
    // answers from what is here: under the store's time even on a loaded machine
    // (milliseconds on an idle one; BENCHMARKS.md).
    let (first, took) = hover(&mut client);
    assert!(
        took < Duration::from_millis(2500),
        "the hover waited {took:?}"
    );
    assert!(first.contains("import json"), "{first}");
    assert!(!first.contains("In your team"), "{first}");
    // Once the answer has arrived (in the background), the hover tells what the team knows.
    let deadline = Instant::now() + Duration::from_secs(30);
    let team_hover = loop {
        let (text, took) = hover(&mut client);
        assert!(
            took < Duration::from_millis(2500),
            "the hover waited {took:?}"
        );
        if text.contains("In your team") {
            break text;
        }
        assert!(Instant::now() < deadline, "no team answer: {text}");
        std::thread::sleep(Duration::from_millis(200));
    };
    assert!(team_hover.contains("In your team (tier1)"), "{team_hover}");
    assert!(team_hover.contains("worked 1/1 times"), "{team_hover}");
    // The editor's stats say how team sync stands, as the server's client sees it.
    let stats = client
        .request(
            "workspace/executeCommand",
            json!({"command": "selfheal.stats", "arguments": [{}]}),
        )
        .expect("stats");
    assert_eq!(stats["team"]["project"], "tier1", "{stats}");
    assert_eq!(stats["team"]["breaker"]["state"], "closed", "{stats}");
    assert_eq!(stats["team"]["outbox"]["pending"], 0, "{stats}");
    client.shutdown();
}

fn client_for(team: &Team, token: &str, timeout: Duration) -> TeamClient {
    TeamClient::with_timing(
        TeamConfig {
            rest_url: team.proxy.url(),
            key: team.server.anon_jwt(),
            project: team.project.clone(),
            team_token: Some(token.to_string()),
            user_jwt: None,
        },
        timeout,
        Duration::from_millis(20),
    )
}

#[test]
fn transient_failures_are_retried_429_waits_as_told_and_the_breaker_opens() {
    let Some(team) = Team::start("failures") else {
        return;
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let token = "failures-alice-token";
    let query = Query::new()
        .select("pattern_id")
        .eq("project_id", "failures");

    // 503 twice, then the store answers: retried, and the answer is the real one.
    team.proxy
        .set(json!({"mode": "status", "status": 503, "count": 2}));
    let client = client_for(&team, token, Duration::from_secs(5));
    let before = team.proxy.requests().len();
    let rows = runtime
        .block_on(client.select("team_patterns", &query))
        .expect("answered");
    assert_eq!(rows, Vec::<Value>::new());
    assert_eq!(team.proxy.requests().len() - before, 3);

    // 429 with Retry-After: 1 — the retry waits a second.
    team.proxy
        .set(json!({"mode": "status", "status": 429, "retry_after": "1", "count": 1}));
    let started = Instant::now();
    runtime
        .block_on(client.select("team_patterns", &query))
        .expect("answered after the wait");
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "{:?}",
        started.elapsed()
    );

    // A 500 is not retried.
    team.proxy
        .set(json!({"mode": "status", "status": 500, "count": 1}));
    let before = team.proxy.requests().len();
    let error = runtime
        .block_on(client.select("team_patterns", &query))
        .unwrap_err();
    assert!(
        matches!(
            error,
            RemoteError::Server {
                status: 500,
                attempts: 1,
                ..
            }
        ),
        "{error}"
    );
    assert_eq!(team.proxy.requests().len() - before, 1);

    // One row asked for and none there: PostgREST's 406 is "none", not an error.
    let none = runtime
        .block_on(
            client.select_one(
                "healing_config",
                &Query::new()
                    .select("similar_distance")
                    .eq("project_id", "failures"),
            ),
        )
        .expect("answered");
    assert_eq!(none, None);

    // Slow: the request gives up at its timeout.
    team.proxy
        .set(json!({"mode": "slow", "seconds": 5, "count": 1}));
    let quick = client_for(&team, token, Duration::from_millis(700));
    let started = Instant::now();
    let error = runtime
        .block_on(quick.select("team_patterns", &query))
        .unwrap_err();
    assert!(matches!(error, RemoteError::Timeout { .. }), "{error}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );

    // Down for good: five failures in a row open the breaker; then no request is made.
    team.proxy.set(json!({"mode": "down"}));
    let _ = runtime.block_on(client.select("team_patterns", &query));
    let _ = runtime.block_on(client.select("team_patterns", &query));
    let before = team.proxy.requests().len();
    let error = runtime
        .block_on(client.select("team_patterns", &query))
        .unwrap_err();
    assert!(matches!(error, RemoteError::BreakerOpen { .. }), "{error}");
    assert_eq!(
        team.proxy.requests().len(),
        before,
        "an open breaker asks nothing"
    );
    assert!(matches!(
        client.breaker_state(),
        selfheal::http::breaker::BreakerState::Open { .. }
    ));
}

#[test]
fn an_error_like_one_a_teammate_fixed_is_found_by_embedding_and_without_a_provider_it_is_off() {
    let Some(team) = Team::start("near") else {
        return;
    };
    // Near enough for the stand-in's bag-of-words vectors (the project's own setting).
    team.server
        .psql("insert into healing_config (project_id, similar_distance) values ('near', 0.5)");
    let embeddings = support::fake_llm::FakeLlm::start(json!([]));
    let with_embeddings = |machine: &mut Machine| {
        machine.environment.extend([
            ("OPENAI_API_KEY".to_string(), embeddings.key().to_string()),
            (
                "SELFHEAL_EMBEDDING_BASE_URL".to_string(),
                embeddings.base_url(),
            ),
        ]);
    };
    let mut alice = team.machine("alice");
    with_embeddings(&mut alice);
    let project = python_project(alice.home.path(), "greeter", &greet_app(false));
    alice.selfheal(&project, &["run", "--", "python3", "app.py"]);
    std::fs::write(
        project.join("app.py"),
        greet_app(false).replace("greet()", "greet(\"world\")"),
    )
    .unwrap();
    let learned = alice.selfheal(&project, &["run", "--", "python3", "app.py"]);
    assert!(text(&learned).contains("learned"), "{}", text(&learned));
    assert_eq!(
        team.server
            .psql("select embedding_model from learnings where project_id = 'near' and embedding is not null")
            .trim(),
        "openai:text-embedding-3-small"
    );

    // Bob's `welcome()` has the same mistake in other words: his run hears of Alice's fix.
    let mut bob = team.machine("bob");
    with_embeddings(&mut bob);
    let bob_project = welcome_project(bob.home.path());
    let run = bob.selfheal(&bob_project, &["run", "--", "python3", "app.py"]);
    assert!(
        text(&run).contains(
            "team (near), a similar error (`greet() missing 1 required positional argument: 'name'`"
        ),
        "{}",
        text(&run)
    );
    assert!(text(&run).contains("Insert `\"world\"`"), "{}", text(&run));
    let asked: Vec<Value> = embeddings
        .requests()
        .into_iter()
        .filter(|request| request["path"] == "/v1/embeddings")
        .collect();
    assert!(
        asked.len() >= 2,
        "one embedding per learning pushed, one per error asked: {asked:?}"
    );
    assert_eq!(asked[0]["body"]["model"], "text-embedding-3-small");

    // Ollama's wire format too: shorter vectors, padded for the store, another model id (so
    // Alice's OpenAI-made learning is not compared with it).
    let mut dave = team.machine("bob");
    dave.environment.extend([
        ("OLLAMA_HOST".to_string(), embeddings.base_url()),
        (
            "SELFHEAL_EMBEDDING_PROVIDER".to_string(),
            "ollama".to_string(),
        ),
    ]);
    let status = dave.selfheal(dave.home.path(), &["sync", "--status"]);
    assert!(
        text(&status).contains("team similarity (Tier 2): on, ollama:nomic-embed-text"),
        "{}",
        text(&status)
    );
    let dave_project = welcome_project(dave.home.path());
    let run = dave.selfheal(&dave_project, &["run", "--", "python3", "app.py"]);
    assert!(!text(&run).contains("a similar error"), "{}", text(&run));
    assert!(
        embeddings
            .requests()
            .iter()
            .any(|r| r["path"] == "/api/embed" && r["body"]["model"] == "nomic-embed-text"),
        "Ollama was asked"
    );

    // Without an embedding provider team similarity is off, says so, and nothing else changes.
    let carol = team.machine("alice");
    let status = carol.selfheal(carol.home.path(), &["sync", "--status"]);
    assert!(
        text(&status).contains("team similarity (Tier 2) is off"),
        "{}",
        text(&status)
    );
    let carol_project = welcome_project(carol.home.path());
    let run = carol.selfheal(&carol_project, &["run", "--", "python3", "app.py"]);
    assert_eq!(run.status.code(), Some(1), "{}", text(&run));
    assert!(!text(&run).contains("a similar error"), "{}", text(&run));
}

/// `welcome()` called without its argument: the greet mistake in other words.
fn welcome_project(root: &Path) -> std::path::PathBuf {
    let directory = root.join("welcomer");
    std::fs::create_dir_all(&directory).unwrap();
    std::fs::write(
        directory.join("greeting.py"),
        "def welcome(name):\n    return name\n",
    )
    .unwrap();
    std::fs::write(
        directory.join("app.py"),
        "from greeting import welcome\nprint(welcome())\n",
    )
    .unwrap();
    directory
}
