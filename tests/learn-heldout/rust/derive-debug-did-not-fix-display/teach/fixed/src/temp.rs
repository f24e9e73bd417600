#[derive(Debug)]
pub struct Temperature {
    pub celsius: f64,
}

impl Temperature {
    pub fn fahrenheit(&self) -> f64 {
        self.celsius * 9.0 / 5.0 + 32.0
    }
}

pub fn report(readings: &[Temperature]) -> Vec<String> {
    readings
        .iter()
        .map(|t| format!("{} ({:.1} F)", t, t.fahrenheit()))
        .collect()
}
