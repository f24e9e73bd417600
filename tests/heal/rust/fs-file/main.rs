fn main() {
    match File::open("/definitely/not/here.txt") {
        Ok(_) => println!("opened"),
        Err(error) => println!("cannot open: {error}"),
    }
}
