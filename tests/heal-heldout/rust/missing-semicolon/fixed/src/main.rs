fn c_to_f(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn main() {
    let readings = [-3.5, 0.0, 21.4, 37.0];
    let converted: Vec<f64> = readings.iter().map(|&c| c_to_f(c)).collect();
    let hottest = converted.iter().cloned().fold(f64::MIN, f64::max);
    for (c, f) in readings.iter().zip(&converted) {
        println!("{c:>6.1} C = {f:>6.1} F");
    }
    println!("hottest: {hottest:.1} F");
}
