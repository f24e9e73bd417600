mod export;

fn main() {
    let mut buf = Vec::new();
    export::write_csv(&mut buf, &[("apples".to_string(), 3)]).unwrap();
    print!("{}", String::from_utf8_lossy(&buf));
}
