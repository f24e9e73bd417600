//! Latency statistics for the load tester.

pub struct Samples {
    pub millis: Vec<u64>,
}

impl Samples {
    pub fn new() -> Self {
        Samples { millis: Vec::new() }
    }

    pub fn push(&mut self, ms: u64) {
        self.millis.push(ms);
    }

    pub fn max(&self) -> u64 {
        self.millis.iter().copied().max().unwrap_or(0)
    }

    pub fn mean(&self) -> f64 {
        if self.millis.is_empty() {
            return 0.0;
        }
        let mut total: u64 = 0;
        for ms in &self.millis {
            total += ms;
        }
        totl as f64 / self.millis.len() as f64
    }
}
