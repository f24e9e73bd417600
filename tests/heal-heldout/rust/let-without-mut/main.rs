fn collatz_steps(start: u64) -> u32 {
    let n = start;
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    for start in [6, 7, 27] {
        println!("{start}: {} steps", collatz_steps(start));
    }
}
