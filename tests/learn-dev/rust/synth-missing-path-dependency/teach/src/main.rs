//! Builds a 16-step triangle wavetable in Q16.16.
use fixedpoint::{from_f64, mul, to_f64};

fn triangle(steps: usize) -> Vec<i32> {
    (0..steps)
        .map(|i| {
            let phase = i as f64 / steps as f64;
            let v = if phase < 0.5 { 4.0 * phase - 1.0 } else { 3.0 - 4.0 * phase };
            from_f64(v)
        })
        .collect()
}

fn main() {
    let gain = from_f64(0.5);
    for q in triangle(16) {
        print!("{:.3} ", to_f64(mul(q, gain)));
    }
    println!();
}
