fn main() {
    let prices = [3.50, 12.25, 7.00, 1.75];
    let mut running_total = 0.0;
    for p in prices.iter() {
        running_total += p;
    }
    let average = running_totl / prices.len() as f64;
    println!("total {:.2}, average {:.2}", running_total, average);
}
