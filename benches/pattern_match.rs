//! Matching one occurrence against 10,000 patterns: p50/p99/max per lookup.
//!
//! The set is the built-in library plus synthetic patterns shaped like real ones (a code for
//! most, regexes with literals and named captures, spread over the six languages); the
//! occurrences are every one recognised in the recorded fixtures, so lookups hit, miss, and land
//! on busy codes. Run: `cargo bench --bench pattern_match`.

mod support;

use std::time::Instant;

use selfheal::capture::{capture_text, CaptureOptions};
use selfheal::pattern::{builtin_sources, load_patterns, PatternSet};
use support::recorded_outputs;

fn synthetic_patterns(count: usize) -> String {
    support::synthetic_patterns(count, "\\w+", false)
}

fn main() {
    let mut all = Vec::new();
    for (name, text) in builtin_sources() {
        all.extend(load_patterns(name, text).0);
    }
    let builtin = all.len();
    let synthetic = 10_000 - builtin.min(10_000);
    let (patterns, errors) = load_patterns("synthetic", &synthetic_patterns(synthetic));
    assert!(errors.is_empty(), "{errors:?}");
    all.extend(patterns);
    let started = Instant::now();
    let set = PatternSet::new(all).0;
    let build = started.elapsed();

    let occurrences: Vec<_> = recorded_outputs()
        .iter()
        .flat_map(|text| capture_text(text, CaptureOptions::default()))
        .collect();
    // The first lookups compile the regexes they reach; report that apart from steady state.
    let started = Instant::now();
    for occurrence in &occurrences {
        set.match_occurrence(occurrence);
    }
    let warm_up = started.elapsed();
    let mut timings = Vec::with_capacity(occurrences.len() * 200);
    let mut hits = 0;
    for _ in 0..200 {
        for occurrence in &occurrences {
            let started = Instant::now();
            let matched = set.match_occurrence(occurrence);
            timings.push(started.elapsed());
            hits += usize::from(matched.is_some());
        }
    }
    timings.sort();
    let percentile = |p: f64| timings[((timings.len() - 1) as f64 * p) as usize];
    println!(
        "patterns: {} ({builtin} built-in + {synthetic} synthetic), index built in {:.1} ms",
        set.len(),
        build.as_secs_f64() * 1000.0
    );
    println!(
        "occurrences: {} distinct from the fixtures, {} lookups, {:.0}% matched",
        occurrences.len(),
        timings.len(),
        hits as f64 * 100.0 / timings.len() as f64
    );
    println!(
        "first pass over all occurrences (compiles the regexes it reaches): {:.1} ms",
        warm_up.as_secs_f64() * 1000.0
    );
    println!(
        "match_occurrence, warm: p50 {:.2} µs, p99 {:.2} µs, max {:.2} µs",
        percentile(0.50).as_secs_f64() * 1e6,
        percentile(0.99).as_secs_f64() * 1e6,
        timings.last().unwrap().as_secs_f64() * 1e6
    );
}
