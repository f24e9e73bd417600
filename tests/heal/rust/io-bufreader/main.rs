use std::io::BufRead;

fn main() {
    let reader = BufReader::new("one\ntwo\n".as_bytes());
    println!("{}", reader.lines().count());
}
