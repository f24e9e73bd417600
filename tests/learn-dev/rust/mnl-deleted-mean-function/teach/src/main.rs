/// 500 m split times of an erg session, in seconds.
fn splits() -> Vec<f64> {
    vec![112.4, 110.9, 111.7, 109.8]
}

fn fastest(s: &[f64]) -> f64 {
    s.iter().copied().fold(f64::INFINITY, f64::min)
}

fn average_split(s: &Vec<f64>) -> f64 {
    s.mean()
}

fn main() {
    let s = splits();
    println!("fastest {:.1}", fastest(&s));
    println!("average {:.1}", average_split(&s));
}
