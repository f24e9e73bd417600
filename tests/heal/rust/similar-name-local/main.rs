fn main() {
    let total = 41;
    println!("{}", totl + 1);
}
