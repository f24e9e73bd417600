fn main() {
    let total = 40 + 2
    println!("{total}");
}
