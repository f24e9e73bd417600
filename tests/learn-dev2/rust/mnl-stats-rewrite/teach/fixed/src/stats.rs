/// Running statistics, updated one sample at a time.
#[derive(Default)]
struct Accumulator {
    count: u64,
    mean: f64,
    max: Option<u32>,
}

impl Accumulator {
    fn push(&mut self, x: u32) {
        self.count += 1;
        let delta = f64::from(x) - self.mean;
        self.mean += delta / self.count as f64;
        self.max = Some(match self.max {
            Some(m) if m >= x => m,
            _ => x,
        });
    }

    fn over(xs: &[u32]) -> Self {
        let mut acc = Accumulator::default();
        for &x in xs {
            acc.push(x);
        }
        acc
    }
}

pub fn mean(xs: &[u32]) -> f64 {
    Accumulator::over(xs).mean
}

pub fn max(xs: &[u32]) -> Option<u32> {
    Accumulator::over(xs).max
}
