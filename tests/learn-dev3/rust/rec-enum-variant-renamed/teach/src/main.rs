mod controller;
mod signal;

fn main() {
    let mut s = signal::Signal::Red;
    for _ in 0..4 {
        println!("{:?} slow={}", s, controller::must_slow(s));
        s = s.next();
    }
}
