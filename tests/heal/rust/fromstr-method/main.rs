fn main() {
    let port = u16::from_str("8080").unwrap();
    println!("{port}");
}
