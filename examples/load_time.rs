//! Times the parts of loading the built-in pattern library (for tuning start-up).
use std::time::Instant;

fn main() {
    let started = Instant::now();
    let mut all = Vec::new();
    for (name, text) in selfheal::pattern::builtin_sources() {
        all.extend(selfheal::pattern::load_patterns(name, text).0);
    }
    let loaded = started.elapsed();
    let count = all.len();
    let started = Instant::now();
    let set = selfheal::pattern::PatternSet::new(all).0;
    println!(
        "{count} patterns: load+compile {:?}, index {:?}, {}",
        loaded,
        started.elapsed(),
        set.len()
    );
    let started = Instant::now();
    for (_, text) in selfheal::pattern::builtin_sources() {
        let _: toml::Value = toml::from_str(text).unwrap();
    }
    println!("toml alone {:?}", started.elapsed());
}
