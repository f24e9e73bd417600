fn main() {
    let mut buffer: Vec<u8> = Vec::new();
    buffer.write_all(b"log line\n").unwrap();
    println!("{}", buffer.len());
}
