//! Throughput of the streaming scrubber on a realistic build log.
//!
//! The log mixes cargo/rustc, pytest, npm, go test and docker output (with the repository's
//! recorded fixtures) and carries a few secrets per MB, taken from the corpus' positive cases.
//! By default a 4 MB log is scrubbed as a smoke test (debug builds are slow; nothing is asserted
//! about speed). For a measurement:
//!
//! ```text
//! SELFHEAL_SCRUB_BENCH_MB=50 cargo test --release --test scrub_throughput -- --nocapture
//! ```
//!
//! `SELFHEAL_SCRUB_BENCH_OUT=FILE` also writes the log to FILE, to time the `selfheal scrub`
//! command on it (`benches/peers/scrub/throughput.sh`).

#[path = "scrub/corpus.rs"]
mod corpus;

use std::time::Instant;

use selfheal::scrub::Scrubber;

const SECRETS_PER_MB: usize = 5;

/// Lines of ordinary build output, with `{n}` and `{hex}` filled in per use.
const TEMPLATES: &[&str] = &[
    "   Compiling serde_derive v1.0.{n}",
    "   Compiling tokio v1.37.{n} (/home/ci/.cargo/registry/src/index.crates.io-6f17d22bba15001f/tokio-1.37.0)",
    "warning: unused variable: `response`",
    "  --> src/handlers/orders.rs:{n}:13",
    "   |",
    "{n} |         let response = client.get(url).send().await?;",
    "   |             ^^^^^^^^ help: if this is intentional, prefix it with an underscore: `_response`",
    "   = note: `#[warn(unused_variables)]` on by default",
    "error[E0308]: mismatched types",
    "    Finished `dev` profile [unoptimized + debuginfo] target(s) in {n}.42s",
    "     Running unittests src/lib.rs (target/debug/deps/api-{hex})",
    "test handlers::orders::tests::creates_order_{n} ... ok",
    "test result: ok. {n} passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.{n}s",
    "tests/test_orders.py::test_create_order[{n}] PASSED                      [ 42%]",
    "tests/test_orders.py::test_refund[{n}] FAILED                            [ 43%]",
    "E       assert 200 == 404",
    "E        +  where 200 = <Response [200]>.status_code",
    "    def test_refund(client, order):",
    ">       assert client.post(f\"/orders/{order.id}/refund\").status_code == 404",
    "npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory.",
    "npm http fetch GET 200 https://registry.npmjs.org/react-dom 12ms (cache revalidated)",
    "added {n} packages, and audited 1290 packages in 9s",
    "=== RUN   TestOrderService_Create/case_{n}",
    "--- PASS: TestOrderService_Create/case_{n} (0.00s)",
    "ok  \tgithub.com/acme/api/internal/orders\t0.{n}s",
    "#12 [builder 4/7] RUN cargo build --release --locked",
    "#12 {n}.31    Compiling hyper v1.3.1",
    "#14 exporting layers 0.{n}s done",
    "#14 writing image sha256:{hex}{hex}{hex}{hex} done",
    "2024-05-01T12:00:{n}.123Z INFO  api::server: listening on 0.0.0.0:8080",
    "2024-05-01T12:00:{n}.456Z DEBUG hyper::proto::h1::io: flushed {n} bytes",
    "src/components/OrderList.tsx({n},7): error TS2322: Type 'string' is not assignable to type 'number'.",
    "  {n}:5  warning  Unexpected console statement  no-console",
    "",
];

/// A realistic log of about `megabytes` MB with `SECRETS_PER_MB` corpus secrets per MB.
fn build_log(megabytes: usize) -> (Vec<u8>, usize) {
    let fixtures = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/generic/make-style/output.txt"),
    )
    .unwrap_or_default();
    let positives: Vec<corpus::Case> = corpus::cases()
        .into_iter()
        .filter(|case| !case.negative)
        .collect();
    let target = megabytes * 1_000_000;
    let secret_every = 1_000_000 / SECRETS_PER_MB;
    let mut rng = corpus::Rng::new(42);
    let mut log = Vec::with_capacity(target + 4096);
    let mut next_secret = secret_every / 2;
    let mut secrets = 0;
    while log.len() < target {
        if log.len() >= next_secret {
            let case = rng.pick(&positives);
            log.extend_from_slice(case.text.as_bytes());
            secrets += case.secrets.len();
            next_secret += secret_every;
            continue;
        }
        if rng.below(500) == 0 {
            log.extend_from_slice(fixtures.as_bytes());
            continue;
        }
        let template = rng.pick(TEMPLATES);
        let number = rng.below(400).to_string();
        let hex = rng.string(b"0123456789abcdef", 16);
        let line = template.replace("{n}", &number).replace("{hex}", &hex);
        log.extend_from_slice(line.as_bytes());
        log.push(b'\n');
    }
    (log, secrets)
}

/// CPU time of this thread in seconds, where Linux tells it: on a shared machine wall-clock
/// time measures the neighbours as much as the scrubber.
fn thread_cpu_seconds() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanoseconds: f64 = text.split_whitespace().next()?.parse().ok()?;
    Some(nanoseconds / 1e9)
}

struct Rates {
    wall: f64,
    cpu: Option<f64>,
    redactions: usize,
}

fn measure(log: &[u8], chunk: usize) -> Rates {
    let mut scrubber = Scrubber::new();
    let mut out = Vec::with_capacity(chunk * 2);
    let mut redactions = 0;
    let cpu_started = thread_cpu_seconds();
    let started = Instant::now();
    for piece in log.chunks(chunk) {
        out.clear();
        scrubber.feed(piece, &mut out);
        redactions += memchr::memmem::find_iter(&out, b"<redacted:").count();
    }
    out.clear();
    scrubber.finish(&mut out);
    redactions += memchr::memmem::find_iter(&out, b"<redacted:").count();
    let seconds = started.elapsed().as_secs_f64();
    let megabytes = log.len() as f64 / 1e6;
    let cpu = match (cpu_started, thread_cpu_seconds()) {
        (Some(before), Some(after)) if after > before => Some(megabytes / (after - before)),
        _ => None,
    };
    Rates {
        wall: megabytes / seconds,
        cpu,
        redactions,
    }
}

#[test]
fn scrub_throughput() {
    let megabytes = std::env::var("SELFHEAL_SCRUB_BENCH_MB")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(4);
    let (log, secrets) = build_log(megabytes);
    if let Some(path) = std::env::var_os("SELFHEAL_SCRUB_BENCH_OUT") {
        std::fs::write(path, &log).expect("write the log");
    }
    // Warm up the lazily built detector.
    measure(&log[..log.len().min(100_000)], 64 * 1024);
    let mut best_wall = 0.0f64;
    let mut best_cpu = 0.0f64;
    let mut redactions = 0;
    for _ in 0..3 {
        let rates = measure(&log, 64 * 1024);
        best_wall = best_wall.max(rates.wall);
        best_cpu = best_cpu.max(rates.cpu.unwrap_or(0.0));
        redactions = rates.redactions;
    }
    println!(
        "scrub throughput: {:.1} MB/s of CPU time, {:.1} MB/s wall clock, on a {:.1} MB build log ({} secrets planted, {} redactions, 64 KiB chunks, best of 3, {} build)",
        best_cpu,
        best_wall,
        log.len() as f64 / 1e6,
        secrets,
        redactions,
        match cfg!(debug_assertions) {
            true => "debug",
            false => "release",
        }
    );
    assert!(redactions >= secrets, "every planted secret is redacted");
}
