pub struct Stop {
    pub name: &'static str,
    pub delay_s: Vec<u64>,
}

pub fn average_delay(stop: &Stop) -> f64 {
    let total: u64 = stop.delay_s.iter().sum();
    total / stop.delay_s.len()
}
