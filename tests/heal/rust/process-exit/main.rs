fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() > 5 {
        eprintln!("too many arguments");
        exit(2);
    }
    println!("ok");
}
