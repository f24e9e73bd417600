fn parse_port(text: &str) -> Result<u16, Box<dyn Error>> {
    Ok(text.trim().parse()?)
}

fn main() {
    println!("{:?}", parse_port("8080").ok());
}
