pub fn decay(steps: u32, rate: f64) -> Vec<i32> {
    let r = fixedpoint::from_f64(rate);
    let mut level = fixedpoint::from_f64(1.0);
    let mut out = Vec::new();
    for _ in 0..steps {
        out.push(level);
        level = fixedpoint::mul(level, r);
    }
    out
}
