fn total_bytes(sizes: &[u32]) -> u64 {
    let sum: u32 = sizes.iter().sum();
    sum as u64
}

fn main() {
    println!("{}", total_bytes(&[4096, 512, 100]));
}
