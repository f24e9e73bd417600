fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let mut best = (1, 0);
    for start in 1..10_000u64 {
        let len = collatz_len(start)
        if len > best.1 {
            best = (start, len);
        }
    }
    println!("longest chain below 10000 starts at {} ({} steps)", best.0, best.1);
    assert_eq!(best, (6171, 261));
}
