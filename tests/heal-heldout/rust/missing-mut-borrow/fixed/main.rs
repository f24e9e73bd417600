fn normalize(values: &mut Vec<f64>) {
    let max = values.iter().cloned().fold(f64::MIN, f64::max);
    if max > 0.0 {
        for v in values.iter_mut() {
            *v /= max;
        }
    }
}

fn main() {
    let mut readings = vec![2.0, 8.0, 4.0, 1.0];
    normalize(&mut readings);
    let shown: Vec<String> = readings.iter().map(|r| format!("{r:.2}")).collect();
    println!("{}", shown.join(" "));
}
