fn main() {
    let hours: Vec<f64> = vec![7.2, 6.5, 8.1, 5.9, 7.7];
    let mean = hours.mean();
    println!("mean {:.2} h over {} nights", mean, hours.len());
}
