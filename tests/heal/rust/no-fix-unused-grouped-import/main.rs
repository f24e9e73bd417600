use std::io::{self, Write};

fn main() {
    let stdin = io::stdin();
    let mut line = String::new();
    let _ = stdin.read_line(&mut line);
    println!("read {} bytes", line.len());
}
