mod stats;

fn main() {
    println!("{:.2}", stats::mean::mean(&[2.5, 3.5, 9.0]));
}
