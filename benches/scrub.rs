//! `scrub` throughput on the same 50 MB mixed build log as the ingest benchmark (a line carrying
//! a secret every thousand lines or so), through the streaming `Scrubber` in the CLI's chunk size.
//! Run: `cargo bench --bench scrub`.

mod support;

use selfheal::scrub::Scrubber;
use support::{best_of, mb_per_s, mixed_log_file, LOG_BYTES};

fn main() {
    let path = mixed_log_file(LOG_BYTES);
    let log = std::fs::read(&path).unwrap();
    let (time, (output_len, redactions)) = best_of(5, || {
        let mut scrubber = Scrubber::new();
        let mut out = Vec::with_capacity(log.len());
        for chunk in log.chunks(256 * 1024) {
            scrubber.feed(chunk, &mut out);
        }
        scrubber.finish(&mut out);
        let redactions = out.windows(10).filter(|w| w == b"<redacted:").count();
        (out.len(), redactions)
    });
    println!(
        "scrub: {:.1} MB in {:.1} ms = {:.0} MB/s (best of 5, 1 thread); {redactions} redactions; {} bytes out",
        log.len() as f64 / 1048576.0,
        time.as_secs_f64() * 1000.0,
        mb_per_s(log.len(), time),
        output_len
    );
}
