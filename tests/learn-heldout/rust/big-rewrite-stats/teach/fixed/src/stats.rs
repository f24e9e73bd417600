//! Latency statistics for the load tester.
//!
//! Rewritten around a sorted snapshot so that percentiles are available;
//! the running `Samples` vector is kept but all summaries go through `Summary`.

#[derive(Debug, Default)]
pub struct Samples {
    pub millis: Vec<u64>,
}

#[derive(Debug, PartialEq)]
pub struct Summary {
    pub count: usize,
    pub min: u64,
    pub max: u64,
    pub mean: f64,
    pub p50: u64,
    pub p99: u64,
}

impl Samples {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, ms: u64) {
        self.millis.push(ms);
    }

    pub fn max(&self) -> u64 {
        self.summary().map_or(0, |s| s.max)
    }

    pub fn mean(&self) -> f64 {
        self.summary().map_or(0.0, |s| s.mean)
    }

    pub fn summary(&self) -> Option<Summary> {
        let mut v = self.millis.clone();
        if v.is_empty() {
            return None;
        }
        v.sort_unstable();
        let pct = |p: f64| v[(((v.len() - 1) as f64) * p).round() as usize];
        Some(Summary {
            count: v.len(),
            min: v[0],
            max: v[v.len() - 1],
            mean: v.iter().sum::<u64>() as f64 / v.len() as f64,
            p50: pct(0.50),
            p99: pct(0.99),
        })
    }
}
