mod stats;

fn main() {
    let mut s = stats::Samples::new();
    for ms in [12, 15, 9, 40, 11] {
        s.push(ms);
    }
    println!("max {} ms, mean {:.1} ms", s.max(), s.mean());
}
