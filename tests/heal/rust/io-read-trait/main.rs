fn main() {
    let mut input = "hello".as_bytes();
    let mut text = String::new();
    input.read_to_string(&mut text).unwrap();
    println!("{text}");
}
