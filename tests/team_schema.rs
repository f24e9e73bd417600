//! The team store's schema (supabase/migrations/) on real servers: PostgreSQL with pgvector and
//! PostgREST (tests/support/team_server.rs), spoken to over HTTP as the selfheal client will.
//! Row-level security per project for members (JWT `sub`), team tokens (`x-selfheal-team-token`),
//! anon and the service_role; the RPCs record_fix_result (idempotent, no lost increments,
//! automatic approval), match_learnings (nearest of the caller's project) and
//! decide_team_pattern (maintainers only, one audit row per decision id).
//!
//! One server for the whole file; each test uses its own project ids. Without the servers
//! installed the tests pass with a note, unless SELFHEAL_REQUIRE_TEAM_SERVER=1.

mod support;

use std::sync::OnceLock;

use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};
use support::team_server::{base64url, hex, hmac_sha256, sha256_hex, sql_literal, TeamServer};

static SERVER: OnceLock<Option<TeamServer>> = OnceLock::new();

fn server() -> Option<&'static TeamServer> {
    SERVER.get_or_init(TeamServer::start).as_ref()
}

/// The data tables members read and write.
const DATA_TABLES: &[&str] = &[
    "error_patterns",
    "fix_results",
    "learnings",
    "causality_edges",
    "healing_audit",
    "team_patterns",
];

/// A uuid unique to (tag, n).
fn uuid(tag: u32, n: u64) -> String {
    format!("{tag:08x}-0000-4000-8000-{n:012x}")
}

/// One request identity: a JWT (or none: PostgREST's anon role) and perhaps a team token.
struct Caller {
    base: String,
    jwt: Option<String>,
    token: Option<String>,
    client: Client,
}

impl Caller {
    fn new(server: &TeamServer, jwt: Option<String>, token: Option<&str>) -> Caller {
        Caller {
            base: server.rest_url(),
            jwt,
            token: token.map(str::to_string),
            client: Client::new(),
        }
    }

    async fn send(&self, method: Method, path: &str, body: Option<Value>) -> (StatusCode, Value) {
        self.send_preferring(method, path, body, "return=representation")
            .await
    }

    /// `prefer`: `return=representation` reads the written rows back (so the SELECT policy
    /// applies to them too); `return=minimal` does not, and so tests a write policy alone.
    async fn send_preferring(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        prefer: &str,
    ) -> (StatusCode, Value) {
        let mut request = self
            .client
            .request(method, format!("{}/{path}", self.base))
            .header("Prefer", prefer);
        if let Some(jwt) = &self.jwt {
            request = request.bearer_auth(jwt);
        }
        if let Some(token) = &self.token {
            request = request.header("x-selfheal-team-token", token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("PostgREST answers");
        let status = response.status();
        let text = response.text().await.expect("a body");
        let value = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, value)
    }

    /// The JWT's claims as PostgREST sets them (`{"role": "anon"}` without a JWT).
    fn claims(&self) -> Value {
        self.jwt
            .as_ref()
            .and_then(|jwt| jwt.split('.').nth(1).map(base64url_decode))
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_else(|| json!({"role": "anon"}))
    }

    /// The request headers the database sees (the team token's).
    fn headers(&self) -> Value {
        match &self.token {
            Some(token) => json!({"x-selfheal-team-token": token}),
            None => json!({}),
        }
    }

    /// The role PostgREST switches to for this caller.
    fn role(&self) -> &'static str {
        match self.claims()["role"].as_str() {
            Some("authenticated") => "authenticated",
            Some("service_role") => "service_role",
            _ => "anon",
        }
    }

    async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.send(Method::GET, path, None).await
    }

    /// The rows of `table` this caller can see (a failed read panics).
    async fn rows(&self, table: &str) -> Vec<Value> {
        let (status, body) = self.get(table).await;
        assert_eq!(status, StatusCode::OK, "GET {table}: {body}");
        body.as_array().cloned().expect("an array of rows")
    }

    async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(Method::POST, path, Some(body)).await
    }

    async fn patch(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(Method::PATCH, path, Some(body)).await
    }

    async fn post_minimal(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.send_preferring(Method::POST, path, Some(body), "return=minimal")
            .await
    }

    async fn patch_minimal(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.send_preferring(Method::PATCH, path, Some(body), "return=minimal")
            .await
    }

    async fn delete(&self, path: &str) -> (StatusCode, Value) {
        self.send(Method::DELETE, path, None).await
    }

    async fn rpc(&self, name: &str, body: Value) -> (StatusCode, Value) {
        self.post(&format!("rpc/{name}"), body).await
    }
}

fn base64url_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'-' => 62,
            _ => 63,
        }
    };
    let mut out = Vec::new();
    for chunk in text.as_bytes().chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &c)| n | (value(c) << (18 - 6 * i)));
        for i in 0..chunk.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}

fn denied(status: StatusCode) -> bool {
    status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN
}

/// A valid new row of `table` for `project`, unique by `n`.
fn row(table: &str, project: &str, n: u64) -> Value {
    // Ids unique to the project too: every test shares the server.
    let tag = u32::from_str_radix(&sha256_hex(project)[..8], 16).expect("hex");
    let id = uuid(tag, n);
    match table {
        "error_patterns" => json!({
            "project_id": project, "fingerprint": format!("fp-{n}"), "fix_key": "k",
            "message": "original", "tool": "rustc",
        }),
        "fix_results" => json!({
            "id": id, "project_id": project, "fingerprint": format!("fp-{n}"), "fix_key": "k",
            "machine_id": "original", "success": true,
        }),
        "learnings" => json!({
            "id": id, "project_id": project, "fingerprint": format!("fp-{n}"),
            "error_text": "original",
        }),
        "causality_edges" => json!({
            "project_id": project, "commit_sha": format!("c{n}"), "fingerprint": "fp",
        }),
        "healing_audit" => json!({
            "id": id, "project_id": project, "action": "applied", "actor": "original",
        }),
        "team_patterns" => json!({
            "project_id": project, "pattern_id": format!("p{n}"), "spec": "original",
        }),
        other => panic!("no row for {other}"),
    }
}

/// A text column of `table` a member may change, for the update checks.
fn text_column(table: &str) -> &'static str {
    match table {
        "error_patterns" => "message",
        "fix_results" => "machine_id",
        "learnings" => "error_text",
        "causality_edges" => "fingerprint",
        "healing_audit" => "actor",
        "team_patterns" => "spec",
        other => panic!("no column for {other}"),
    }
}

/// Inserts one row of every data table (and a config row) for `project`, as the superuser.
fn seed(server: &TeamServer, project: &str, n: u64) {
    server.create_project(project);
    server.psql(&format!(
        "insert into healing_config (project_id) values ({})",
        sql_literal(project)
    ));
    for table in DATA_TABLES {
        let row = row(table, project, n);
        let columns: Vec<&str> = row
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        let columns = columns.join(", ");
        server.psql(&format!(
            "insert into {table} ({columns}) select {columns} \
             from json_populate_record(null::{table}, {}::json)",
            sql_literal(&row.to_string())
        ));
    }
}

/// `select count(*) from table where project_id = project`, as the superuser.
fn count(server: &TeamServer, table: &str, project: &str) -> i64 {
    server
        .psql(&format!(
            "select count(*) from {table} where project_id = {}",
            sql_literal(project)
        ))
        .parse()
        .expect("a count")
}

/// The superuser's view of `table` for `project` (to assert nothing changed).
fn snapshot(server: &TeamServer, table: &str, project: &str) -> String {
    server.psql(&format!(
        "select coalesce(json_agg(t order by t::text), '[]') from {table} t where project_id = {}",
        sql_literal(project)
    ))
}

fn projects_of(rows: &[Value]) -> Vec<String> {
    let mut projects: Vec<String> = rows
        .iter()
        .map(|row| row["project_id"].as_str().unwrap_or("?").to_string())
        .collect();
    projects.dedup();
    projects
}

/// Every way of writing into `project`'s rows of `table` that the caller is not allowed:
/// refused or reaching no row, with and without reading the rows back, and an update with no
/// filter at all. The superuser then sees `project`'s rows unchanged.
async fn assert_cannot_write(
    server: &TeamServer,
    caller: &Caller,
    table: &str,
    project: &str,
    n: u64,
) {
    let column = text_column(table);
    let before = snapshot(server, table, project);
    let (status, body) = caller.post(table, row(table, project, n)).await;
    assert!(
        denied(status),
        "{table}: insert into {project}: {status} {body}"
    );
    let (status, body) = caller
        .post_minimal(table, row(table, project, n + 1000))
        .await;
    assert!(
        denied(status),
        "{table}: insert into {project}, minimal: {status} {body}"
    );
    let change = json!({ column: "changed by an outsider" });
    let filter = format!("{table}?project_id=eq.{project}");
    let (status, body) = caller.patch(&filter, change.clone()).await;
    assert!(
        denied(status) || body == json!([]),
        "{table}: update of {project}'s rows reaches none: {status} {body}"
    );
    let (status, body) = caller.patch_minimal(&filter, change.clone()).await;
    assert!(
        denied(status) || status == StatusCode::NO_CONTENT,
        "{table}: update of {project}'s rows, minimal: {status} {body}"
    );
    let (status, body) = caller.patch_minimal(table, change).await;
    assert!(
        denied(status) || status == StatusCode::NO_CONTENT,
        "{table}: update of every row, minimal: {status} {body}"
    );
    assert_eq!(
        snapshot(server, table, project),
        before,
        "{table}: {project} unchanged"
    );
}

/// What a caller that belongs to `own` (and not to `other`) can do to every data table: see
/// only `own`'s rows, insert and update there, and neither write `other`'s rows nor move rows
/// to it nor delete.
async fn assert_member_of_only(
    server: &TeamServer,
    caller: &Caller,
    own: &str,
    other: &str,
    n: u64,
) {
    for table in DATA_TABLES {
        let column = text_column(table);
        let seen = caller.rows(table).await;
        assert_eq!(
            seen.len() as i64,
            count(server, table, own),
            "{table}: sees all of {own}'s rows and no others: {seen:?}"
        );
        assert_eq!(
            projects_of(&seen),
            vec![own.to_string()],
            "{table}: {seen:?}"
        );

        // Writing into the other project: refused, nothing changes.
        assert_cannot_write(server, caller, table, other, n).await;

        // Writing into the own project works.
        let (status, body) = caller.post(table, row(table, own, n)).await;
        assert_eq!(
            status,
            StatusCode::CREATED,
            "{table}: insert into {own}: {body}"
        );
        if *table != "team_patterns" {
            let (status, body) = caller
                .patch(
                    &format!("{table}?project_id=eq.{own}"),
                    json!({ column: "changed by a member" }),
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{table}: update in {own}: {body}");
            assert_eq!(
                body.as_array().map(Vec::len).unwrap_or(0) as i64,
                count(server, table, own),
                "{table}: every row of {own} updated: {body}"
            );
            // … but a row cannot be moved to the other project.
            let before_own = snapshot(server, table, own);
            let (status, body) = caller
                .patch(
                    &format!("{table}?project_id=eq.{own}"),
                    json!({ "project_id": other }),
                )
                .await;
            assert!(
                denied(status),
                "{table}: moving rows to {other}: {status} {body}"
            );
            let (status, body) = caller
                .patch_minimal(
                    &format!("{table}?project_id=eq.{own}"),
                    json!({ "project_id": other }),
                )
                .await;
            assert!(
                denied(status),
                "{table}: moving rows, minimal: {status} {body}"
            );
            assert_eq!(
                snapshot(server, table, own),
                before_own,
                "{table}: {own} unchanged"
            );
        }

        // Nobody but the service_role deletes.
        let before_own = snapshot(server, table, own);
        let (status, body) = caller.delete(&format!("{table}?project_id=eq.{own}")).await;
        assert!(
            denied(status) || body == json!([]),
            "{table}: delete refused: {status} {body}"
        );
        assert_eq!(
            snapshot(server, table, own),
            before_own,
            "{table}: nothing deleted"
        );
    }

    // Straight SQL as the same identity (as another Supabase API than PostgREST would run it,
    // with no RETURNING to bring the SELECT policy in): an update with no filter reaches only
    // the own rows and cannot move them to the other project.
    {
        let (claims, headers) = (caller.claims(), caller.headers());
        for table in DATA_TABLES {
            let column = text_column(table);
            let before_other = snapshot(server, table, other);
            let _ = server.psql_as(
                caller.role(),
                &claims,
                &headers,
                &format!("update {table} set {column} = 'changed by SQL'"),
            );
            assert_eq!(
                snapshot(server, table, other),
                before_other,
                "{table}: {other} unchanged by SQL"
            );
            let before_own = snapshot(server, table, own);
            let moved = server.psql_as(
                caller.role(),
                &claims,
                &headers,
                &format!("update {table} set project_id = {}", sql_literal(other)),
            );
            // (Members update no team pattern at all: there, nothing is reached.)
            assert!(
                moved.is_err() || *table == "team_patterns",
                "{table}: moving rows by SQL refused: {moved:?}"
            );
            assert_eq!(
                snapshot(server, table, own),
                before_own,
                "{table}: {own} unchanged by SQL"
            );
            assert_eq!(
                snapshot(server, table, other),
                before_other,
                "{table}: {other} unchanged by SQL"
            );
        }
    }

    // The registry tables: readable for the own project, not writable.
    for table in [
        "projects",
        "project_members",
        "project_tokens",
        "healing_config",
    ] {
        let key = if table == "projects" {
            "id"
        } else {
            "project_id"
        };
        let seen = caller.rows(table).await;
        assert!(
            seen.iter().all(|row| row[key] == json!(own)),
            "{table}: only {own}'s rows: {seen:?}"
        );
        if table == "projects" || table == "healing_config" {
            assert_eq!(seen.len(), 1, "{table}: {own}'s row is readable: {seen:?}");
        }
    }
    let (status, body) = caller
        .post("projects", json!({"id": format!("{own}-new")}))
        .await;
    assert!(denied(status), "creating a project: {status} {body}");
    let (status, body) = caller
        .patch(
            &format!("healing_config?project_id=eq.{own}"),
            json!({"approve_after_successes": 1}),
        )
        .await;
    assert!(denied(status), "changing the config: {status} {body}");
    assert_eq!(
        server.psql(&format!(
            "select approve_after_successes from healing_config where project_id = {}",
            sql_literal(own)
        )),
        "3"
    );
    let (status, body) = caller
        .post(
            "project_members",
            json!({"project_id": other, "user_id": uuid(0xbad, 1)}),
        )
        .await;
    assert!(denied(status), "joining {other}: {status} {body}");
    assert_eq!(
        server.psql(&format!(
            "select count(*) from project_members where user_id = {}",
            sql_literal(&uuid(0xbad, 1))
        )),
        "0"
    );
}

/// A caller that may do nothing: sees no rows, writes none.
async fn assert_outsider(server: &TeamServer, caller: &Caller, projects: &[&str], n: u64) {
    for table in DATA_TABLES {
        let seen = caller.rows(table).await;
        assert_eq!(
            seen,
            Vec::<Value>::new(),
            "{table}: an outsider sees nothing"
        );
        for project in projects {
            assert_cannot_write(server, caller, table, project, n).await;
        }
    }
    for table in [
        "projects",
        "project_members",
        "project_tokens",
        "healing_config",
    ] {
        assert_eq!(caller.rows(table).await, Vec::<Value>::new(), "{table}");
    }
}

#[test]
fn jwt_signing_matches_the_standards() {
    // RFC 4231 test case 2, and RFC 4648's base64url vectors.
    assert_eq!(
        hex(&hmac_sha256(b"Jefe", b"what do ya want for nothing?")),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
    assert_eq!(base64url(b"f"), "Zg");
    assert_eq!(base64url(b"fo"), "Zm8");
    assert_eq!(base64url(b"foo"), "Zm9v");
    assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_see_and_write_only_their_own_project() {
    let Some(server) = server() else { return };
    let (a, b) = ("rls-a", "rls-b");
    seed(server, a, 1);
    seed(server, b, 2);
    let alice = uuid(0xa11ce, 1);
    let bob = uuid(0xb0b, 1);
    server.add_member(a, &alice, "member");
    server.add_member(b, &bob, "member");

    let alice_caller = Caller::new(server, Some(server.user_jwt(&alice)), None);
    assert_member_of_only(server, &alice_caller, a, b, 10).await;
    let bob_caller = Caller::new(server, Some(server.user_jwt(&bob)), None);
    assert_member_of_only(server, &bob_caller, b, a, 20).await;

    // Someone signed in who belongs to no project.
    let stranger = Caller::new(server, Some(server.user_jwt(&uuid(0x5, 1))), None);
    assert_outsider(server, &stranger, &[a, b], 30).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn team_tokens_and_anon() {
    let Some(server) = server() else { return };
    let (a, b) = ("tok-a", "tok-b");
    seed(server, a, 1);
    seed(server, b, 2);
    server.add_token(a, "team-token-of-a", "member");
    server.add_token(b, "team-token-of-b", "member");
    assert_eq!(
        server.psql(&format!(
            "select token_sha256 from project_tokens where project_id = {}",
            sql_literal(a)
        )),
        sha256_hex("team-token-of-a")
    );

    // A correct token, with the anon key or with no JWT at all, is a member of its project.
    let with_anon_key = Caller::new(server, Some(server.anon_jwt()), Some("team-token-of-a"));
    assert_member_of_only(server, &with_anon_key, a, b, 10).await;
    let bare = Caller::new(server, None, Some("team-token-of-a"));
    assert_member_of_only(server, &bare, a, b, 20).await;

    // A wrong token, or none: nothing.
    let wrong = Caller::new(server, Some(server.anon_jwt()), Some("team-token-of-c"));
    assert_outsider(server, &wrong, &[a, b], 30).await;
    let empty = Caller::new(server, None, Some(""));
    assert_outsider(server, &empty, &[a, b], 40).await;
    let anon = Caller::new(server, Some(server.anon_jwt()), None);
    assert_outsider(server, &anon, &[a, b], 50).await;
    let nobody = Caller::new(server, None, None);
    assert_outsider(server, &nobody, &[a, b], 60).await;

    // The token's hash is what counts, not its prefix or case.
    let near = Caller::new(server, None, Some("TEAM-TOKEN-OF-A"));
    assert_eq!(near.rows("error_patterns").await, Vec::<Value>::new());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn service_role_sees_and_writes_everything() {
    let Some(server) = server() else { return };
    let (a, b) = ("svc-a", "svc-b");
    seed(server, a, 1);
    seed(server, b, 2);
    let service = Caller::new(server, Some(server.service_jwt()), None);
    for table in DATA_TABLES {
        let (status, body) = service
            .get(&format!("{table}?project_id=in.({a},{b})&order=project_id"))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(
            projects_of(body.as_array().expect("rows")),
            vec![a.to_string(), b.to_string()],
            "{table}: {body}"
        );
    }
    let (status, body) = service
        .post(
            "projects",
            json!({"id": "svc-c", "name": "made by the service"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, body) = service
        .patch(
            &format!("healing_config?project_id=eq.{a}"),
            json!({"approve_after_successes": 5}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body[0]["approve_after_successes"], json!(5));
    // The RPCs: the service_role records results and decides like a maintainer.
    server.psql(&format!(
        "insert into team_patterns (project_id, pattern_id, spec) values ({}, 'sp', 'x')",
        sql_literal(a)
    ));
    let (status, body) = service
        .rpc(
            "record_fix_result",
            json!({
                "p_id": uuid(0x5e, 1), "p_project": a, "p_fingerprint": "fp-svc",
                "p_fix_key": "k", "p_machine": "ci", "p_success": true, "p_pattern_id": "sp",
            }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body,
        json!([{"success_count": 1, "failure_count": 0, "recorded": true}])
    );
    let (status, body) = decide(&service, a, "sp", "rejected", 900).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        server.psql(&format!(
            "select status || '|' || success_count || '|' || array_to_string(machines, ',') \
             from team_patterns where project_id = {} and pattern_id = 'sp'",
            sql_literal(a)
        )),
        "rejected|1|ci"
    );

    let (status, body) = service
        .delete(&format!("error_patterns?project_id=eq.{b}"))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(count(server, "error_patterns", b), 0);
    assert_eq!(count(server, "error_patterns", a), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn record_fix_result_counts_each_result_once() {
    let Some(server) = server() else { return };
    let (a, b) = ("rec-a", "rec-b");
    server.create_project(a);
    server.create_project(b);
    let alice = uuid(0xa11ce, 2);
    server.add_member(a, &alice, "member");
    server.add_member(b, &uuid(0xb0b, 2), "member");
    let caller = Caller::new(server, Some(server.user_jwt(&alice)), None);

    // A candidate team pattern, proposed by a member.
    let (status, body) = caller
        .post(
            "team_patterns",
            json!({"project_id": a, "pattern_id": "conc", "spec": "[[pattern]]", "proposed_by": "alice"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");

    // 40 concurrent results (distinct ids) from 4 machines: 26 successes, 14 failures.
    let calls = (0..40u64).map(|n| {
        let caller = &caller;
        async move {
            let (status, body) = caller
                .rpc(
                    "record_fix_result",
                    json!({
                        "p_id": uuid(0x4ec, n), "p_project": a, "p_fingerprint": "fp-conc",
                        "p_fix_key": "fix-1", "p_machine": format!("m{}", n % 4),
                        "p_success": n % 3 != 0, "p_tool": "rustc", "p_code": "E0308",
                        "p_message": "mismatched types", "p_pattern_id": "conc",
                        "p_fix_title": "convert", "p_fix": {"edit": n},
                    }),
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{body}");
            assert_eq!(body[0]["recorded"], json!(true), "{body}");
            body[0].clone()
        }
    });
    let answers = futures_join_all(calls).await;
    let successes = (0..40u64).filter(|n| n % 3 != 0).count() as i64;
    let failures = 40 - successes;
    assert_eq!((successes, failures), (26, 14));
    // Each answer shows the counts right after its own increment: all distinct totals.
    let mut totals: Vec<i64> = answers
        .iter()
        .map(|answer| {
            answer["success_count"].as_i64().unwrap() + answer["failure_count"].as_i64().unwrap()
        })
        .collect();
    totals.sort();
    assert_eq!(totals, (1..=40).collect::<Vec<i64>>());
    assert_eq!(
        server.psql(&format!(
            "select success_count, failure_count, tool, code from error_patterns where project_id = {}",
            sql_literal(a)
        )),
        format!("{successes}|{failures}|rustc|E0308")
    );
    assert_eq!(count(server, "fix_results", a), 40);

    // The team pattern counted every result too, on all 4 machines, and was approved once.
    assert_eq!(
        server.psql(&format!(
            "select success_count, failure_count, array_to_string(array(select unnest(machines) order by 1), ','), status, decided_by \
             from team_patterns where project_id = {} and pattern_id = 'conc'",
            sql_literal(a)
        )),
        format!("{successes}|{failures}|m0,m1,m2,m3|approved|auto")
    );
    assert_eq!(
        server.psql(&format!(
            "select count(*) from healing_audit where project_id = {} and pattern_id = 'conc' and action = 'approved' and actor = 'auto'",
            sql_literal(a)
        )),
        "1"
    );

    // A retry of a recorded id counts nothing.
    let (status, body) = caller
        .rpc(
            "record_fix_result",
            json!({
                "p_id": uuid(0x4ec, 7), "p_project": a, "p_fingerprint": "fp-conc",
                "p_fix_key": "fix-1", "p_machine": "m3", "p_success": true, "p_pattern_id": "conc",
            }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body,
        json!([{"success_count": successes, "failure_count": failures, "recorded": false}])
    );
    assert_eq!(count(server, "fix_results", a), 40);
    assert_eq!(
        server.psql(&format!(
            "select success_count from team_patterns where project_id = {} and pattern_id = 'conc'",
            sql_literal(a)
        )),
        successes.to_string()
    );

    // A member of another project records nothing here.
    let bob = Caller::new(server, Some(server.user_jwt(&uuid(0xb0b, 2))), None);
    let (status, body) = bob
        .rpc(
            "record_fix_result",
            json!({
                "p_id": uuid(0x4ec, 100), "p_project": a, "p_fingerprint": "fp-conc",
                "p_fix_key": "fix-1", "p_machine": "m9", "p_success": true, "p_pattern_id": "conc",
            }),
        )
        .await;
    assert!(denied(status), "{status} {body}");
    assert_eq!(count(server, "fix_results", a), 40);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn record_fix_result_approves_at_the_thresholds() {
    let Some(server) = server() else { return };
    let (a, b) = ("appr-a", "appr-b");
    server.create_project(a);
    server.create_project(b);
    let token = "token-of-appr-a";
    server.add_token(a, token, "member");
    // Project b asks for 2 successes on 1 machine.
    server.psql(&format!(
        "insert into healing_config (project_id, approve_after_successes, approve_after_machines) values ({}, 2, 1)",
        sql_literal(b)
    ));
    server.add_token(b, "token-of-appr-b", "member");
    for project in [a, b] {
        server.psql(&format!(
            "insert into team_patterns (project_id, pattern_id, spec) values ({}, 'p', '[[pattern]]')",
            sql_literal(project)
        ));
    }
    let status_of = |project: &str| {
        server.psql(&format!(
            "select status || '|' || coalesce(decided_by, '-') || '|' || success_count || '|' || failure_count \
             from team_patterns where project_id = {} and pattern_id = 'p'",
            sql_literal(project)
        ))
    };
    let approvals = |project: &str| {
        server.psql(&format!(
            "select count(*) from healing_audit where project_id = {} and action = 'approved'",
            sql_literal(project)
        ))
    };
    // No config row: 3 successes on 2 machines. The team token records.
    let member = Caller::new(server, None, Some(token));
    record(&member, a, 1, "m1", true).await;
    record(&member, a, 2, "m1", true).await;
    record(&member, a, 3, "m2", false).await;
    record(&member, a, 4, "m1", true).await;
    assert_eq!(
        status_of(a),
        "candidate|-|3|1",
        "3 successes, but on one machine"
    );
    assert_eq!(approvals(a), "0");
    record(&member, a, 5, "m2", true).await;
    assert_eq!(status_of(a), "approved|auto|4|1");
    assert_eq!(approvals(a), "1");
    record(&member, a, 6, "m3", true).await;
    assert_eq!(status_of(a), "approved|auto|5|1");
    assert_eq!(approvals(a), "1", "approved once");

    // The project's own thresholds.
    let member_b = Caller::new(server, None, Some("token-of-appr-b"));
    record(&member_b, b, 101, "m1", true).await;
    assert_eq!(status_of(b), "candidate|-|1|0");
    record(&member_b, b, 102, "m1", true).await;
    assert_eq!(status_of(b), "approved|auto|2|0");
    assert_eq!(approvals(b), "1");

    // A member cannot approve by hand, nor propose a pattern already approved or counted.
    server.psql(&format!(
        "insert into team_patterns (project_id, pattern_id, spec) values ({}, 'q', '[[pattern]]')",
        sql_literal(a)
    ));
    let (status, body) = member
        .patch(
            &format!("team_patterns?project_id=eq.{a}&pattern_id=eq.q"),
            json!({"status": "approved"}),
        )
        .await;
    assert!(denied(status) || body == json!([]), "{status} {body}");
    assert_eq!(
        server.psql(&format!(
            "select status from team_patterns where project_id = {} and pattern_id = 'q'",
            sql_literal(a)
        )),
        "candidate"
    );
    for forged in [
        json!({"project_id": a, "pattern_id": "r", "spec": "x", "status": "approved"}),
        json!({"project_id": a, "pattern_id": "r", "spec": "x", "success_count": 99}),
        json!({"project_id": a, "pattern_id": "r", "spec": "x", "machines": ["m1", "m2"]}),
    ] {
        let (status, body) = member.post("team_patterns", forged.clone()).await;
        assert!(denied(status), "{forged}: {status} {body}");
    }
    assert_eq!(
        server.psql(&format!(
            "select count(*) from team_patterns where project_id = {} and pattern_id = 'r'",
            sql_literal(a)
        )),
        "0"
    );
}

/// One record_fix_result for pattern `p`, which must be recorded.
async fn record(caller: &Caller, project: &str, n: u64, machine: &str, success: bool) {
    let body = json!({
        "p_id": uuid(0xab, n), "p_project": project, "p_fingerprint": "fp",
        "p_fix_key": "k", "p_machine": machine, "p_success": success, "p_pattern_id": "p",
    });
    let (status, body) = caller.rpc("record_fix_result", body).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body[0]["recorded"], json!(true));
}

/// decide_team_pattern with actor "someone" and audit id `audit`.
async fn decide(
    caller: &Caller,
    project: &str,
    pattern: &str,
    decision: &str,
    audit: u64,
) -> (StatusCode, Value) {
    caller
        .rpc(
            "decide_team_pattern",
            json!({
                "p_project": project, "p_pattern_id": pattern, "p_decision": decision,
                "p_actor": "someone", "p_audit_id": uuid(0xa0d, audit),
            }),
        )
        .await
}

/// A unit vector of 1536 dimensions at cosine distance `distance` from the first axis.
fn at_distance(distance: f64) -> Vec<f64> {
    let cos = 1.0 - distance;
    let sin = (1.0 - cos * cos).max(0.0).sqrt();
    let mut vector = vec![0.0; 1536];
    vector[0] = cos;
    vector[1] = sin;
    vector
}

fn vector_literal(vector: &[f64]) -> String {
    let items: Vec<String> = vector.iter().map(|x| format!("{x}")).collect();
    format!("[{}]", items.join(","))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn match_learnings_finds_the_nearest_of_the_own_project() {
    let Some(server) = server() else { return };
    let (a, b, c) = ("ml-a", "ml-b", "ml-c");
    for project in [a, b, c] {
        server.create_project(project);
    }
    let alice = uuid(0xa11ce, 3);
    server.add_member(a, &alice, "member");
    server.add_member(c, &alice, "member");
    let learnings = [
        (a, 1, 0.01, "a-near"),
        (a, 2, 0.03, "a-middle"),
        (a, 3, 0.2, "a-far"),
        (b, 4, 0.0, "b-exact"),
        (b, 5, 0.005, "b-nearer"),
        (c, 6, 0.001, "c-nearest"),
    ];
    for (project, n, distance, text) in learnings {
        server.psql(&format!(
            "insert into learnings (id, project_id, fingerprint, error_text, fix_title, fix, embedding, embedding_model) \
             values ({}, {}, {}, {}, 'fix it', '{{\"n\": {n}}}', {}, 'text-embedding-3-small')",
            sql_literal(&uuid(0x1ea, n)),
            sql_literal(project),
            sql_literal(&format!("fp-{n}")),
            sql_literal(text),
            sql_literal(&vector_literal(&at_distance(distance)))
        ));
    }
    // One without an embedding yet.
    server.psql(&format!(
        "insert into learnings (id, project_id, fingerprint, error_text) values ({}, {}, 'fp-7', 'a-unembedded')",
        sql_literal(&uuid(0x1ea, 7)),
        sql_literal(a)
    ));
    let query = at_distance(0.0);
    let caller = Caller::new(server, Some(server.user_jwt(&alice)), None);
    let search = |threshold: f64, count: i64, project: &str| {
        let body = json!({
            "query_embedding": query, "match_threshold": threshold, "match_count": count,
            "p_project": project,
        });
        let future = caller.rpc("match_learnings", body);
        async move {
            let (status, body) = future.await;
            assert_eq!(status, StatusCode::OK, "{body}");
            body.as_array().cloned().expect("rows")
        }
    };
    let texts = |rows: &[Value]| -> Vec<String> {
        rows.iter()
            .map(|row| row["error_text"].as_str().unwrap_or("?").to_string())
            .collect()
    };

    let rows = search(0.1, 10, a).await;
    assert_eq!(texts(&rows), ["a-near", "a-middle"], "{rows:?}");
    assert!(
        (rows[0]["distance"].as_f64().unwrap() - 0.01).abs() < 1e-4,
        "{rows:?}"
    );
    assert!(
        (rows[1]["distance"].as_f64().unwrap() - 0.03).abs() < 1e-4,
        "{rows:?}"
    );
    assert_eq!(rows[0]["id"], json!(uuid(0x1ea, 1)));
    assert_eq!(rows[0]["fingerprint"], json!("fp-1"));
    assert_eq!(rows[0]["fix_title"], json!("fix it"));
    assert_eq!(rows[0]["fix"], json!({"n": 1}));
    assert_eq!(rows[0]["embedding_model"], json!("text-embedding-3-small"));

    assert_eq!(
        texts(&search(1.0, 10, a).await),
        ["a-near", "a-middle", "a-far"]
    );
    assert_eq!(texts(&search(1.0, 1, a).await), ["a-near"]);
    assert_eq!(texts(&search(0.02, 10, a).await), ["a-near"]);
    assert_eq!(texts(&search(0.005, 10, a).await), Vec::<String>::new());
    // Another project of the same member is searched only when asked for.
    assert_eq!(texts(&search(0.1, 10, c).await), ["c-nearest"]);
    // Project b's rows are out of reach even when asked for by name.
    assert_eq!(texts(&search(1.0, 10, b).await), Vec::<String>::new());

    // The service_role reaches project b.
    let service = Caller::new(server, Some(server.service_jwt()), None);
    let (status, body) = service
        .rpc(
            "match_learnings",
            json!({"query_embedding": query, "match_threshold": 0.1, "match_count": 10, "p_project": b}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(texts(body.as_array().unwrap()), ["b-exact", "b-nearer"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn decide_team_pattern_is_for_maintainers() {
    let Some(server) = server() else { return };
    let (a, b) = ("dec-a", "dec-b");
    server.create_project(a);
    server.create_project(b);
    let member = uuid(0x3e3, 1);
    let maintainer = uuid(0x3a1, 1);
    server.add_member(a, &member, "member");
    server.add_member(a, &maintainer, "maintainer");
    server.add_member(b, &maintainer, "member");
    server.add_token(a, "maintainer-token-of-dec-a", "maintainer");
    for (project, pattern) in [(a, "p1"), (a, "p2"), (b, "p1")] {
        server.psql(&format!(
            "insert into team_patterns (project_id, pattern_id, spec) values ({}, {}, '[[pattern]]')",
            sql_literal(project),
            sql_literal(pattern)
        ));
    }
    let state = |project: &str, pattern: &str| {
        server.psql(&format!(
            "select status || '|' || coalesce(decided_by, '-') || '|' || (decided_at is not null) \
             from team_patterns where project_id = {} and pattern_id = {}",
            sql_literal(project),
            sql_literal(pattern)
        ))
    };
    let audits = |project: &str| -> i64 {
        server
            .psql(&format!(
                "select count(*) from healing_audit where project_id = {}",
                sql_literal(project)
            ))
            .parse()
            .unwrap()
    };
    // A plain member: refused (403, as the error carries SQLSTATE 42501), nothing written.
    let member_caller = Caller::new(server, Some(server.user_jwt(&member)), None);
    let (status, body) = decide(&member_caller, a, "p1", "approved", 1).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(body["code"], json!("42501"), "{body}");
    assert!(
        body["message"]
            .as_str()
            .unwrap_or("")
            .contains("maintainer"),
        "{body}"
    );
    assert_eq!(state(a, "p1"), "candidate|-|false");
    assert_eq!(audits(a), 0);

    // A maintainer of a but only a member of b: refused in b.
    let maintainer_caller = Caller::new(server, Some(server.user_jwt(&maintainer)), None);
    let (status, body) = decide(&maintainer_caller, b, "p1", "approved", 2).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(state(b, "p1"), "candidate|-|false");

    // A decision that is neither: a clear error.
    let (status, body) = decide(&maintainer_caller, a, "p1", "maybe", 3).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(
        body["message"]
            .as_str()
            .unwrap_or("")
            .contains("'approved' or 'rejected'"),
        "{body}"
    );
    assert_eq!(state(a, "p1"), "candidate|-|false");

    // The maintainer approves; a retry with the same audit id writes no second row.
    for _ in 0..2 {
        let (status, body) = decide(&maintainer_caller, a, "p1", "approved", 4).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body[0]["status"], json!("approved"), "{body}");
        assert_eq!(body[0]["decided_by"], json!("someone"), "{body}");
        assert_eq!(state(a, "p1"), "approved|someone|true");
        assert_eq!(audits(a), 1);
    }
    assert_eq!(
        server.psql(&format!(
            "select id || '|' || action || '|' || actor || '|' || pattern_id from healing_audit where project_id = {}",
            sql_literal(a)
        )),
        format!("{}|approved|someone|p1", uuid(0xa0d, 4))
    );

    // A maintainer's team token rejects.
    let token_caller = Caller::new(server, None, Some("maintainer-token-of-dec-a"));
    let (status, body) = decide(&token_caller, a, "p2", "rejected", 5).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(state(a, "p2"), "rejected|someone|true");
    assert_eq!(audits(a), 2);

    // An unknown pattern: an error, no audit row.
    let (status, body) = decide(&maintainer_caller, a, "nope", "approved", 6).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert_eq!(audits(a), 2);

    // A plain member cannot change the status directly either.
    let (status, body) = member_caller
        .patch(
            &format!("team_patterns?project_id=eq.{a}&pattern_id=eq.p2"),
            json!({"status": "approved"}),
        )
        .await;
    assert!(denied(status) || body == json!([]), "{status} {body}");
    assert_eq!(state(a, "p2"), "rejected|someone|true");
}

/// Runs the futures concurrently and collects their outputs in order (no extra crate: each
/// on its own tokio task).
async fn futures_join_all<F>(futures: impl Iterator<Item = F>) -> Vec<F::Output>
where
    F: std::future::Future,
{
    // The futures borrow the test's caller, so they cannot be spawned as 'static tasks: poll
    // them together instead.
    let mut pending: Vec<std::pin::Pin<Box<F>>> = futures.map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = pending.iter().map(|_| None).collect();
    std::future::poll_fn(move |context| {
        let mut all_done = true;
        for (index, future) in pending.iter_mut().enumerate() {
            if outputs[index].is_none() {
                match future.as_mut().poll(context) {
                    std::task::Poll::Ready(output) => outputs[index] = Some(output),
                    std::task::Poll::Pending => all_done = false,
                }
            }
        }
        if all_done {
            std::task::Poll::Ready(outputs.iter_mut().map(|o| o.take().unwrap()).collect())
        } else {
            std::task::Poll::Pending
        }
    })
    .await
}
