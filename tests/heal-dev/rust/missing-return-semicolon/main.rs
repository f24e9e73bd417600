fn celsius_to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn average(values: &[f64]) -> f64 {
    let sum: f64 = values.iter().sum();
    sum / values.len() as f64;
}

fn main() {
    let temps = [21.5, 19.0, 23.5, 18.0];
    let avg = average(&temps);
    println!("average {:.2} C = {:.2} F", avg, celsius_to_fahrenheit(avg));
    assert_eq!(avg, 20.5);
}
