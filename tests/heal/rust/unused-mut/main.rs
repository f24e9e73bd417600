fn main() {
    let mut name = String::from("ada");
    println!("{name}");
}
