mod stock;

fn main() {
    println!("{:?}", stock::total(&["A | 3", "B | 4"]));
    println!("{:?}", stock::parse_line("C | x").is_err());
}
