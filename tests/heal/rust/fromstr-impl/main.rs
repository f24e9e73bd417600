#[derive(Debug)]
struct Rgb(u8, u8, u8);

impl FromStr for Rgb {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<u8> = s.split(',').map(|p| p.trim().parse().map_err(|_| s.to_string())).collect::<Result<_, _>>()?;
        match parts[..] {
            [r, g, b] => Ok(Rgb(r, g, b)),
            _ => Err(s.to_string()),
        }
    }
}

fn main() {
    println!("{:?}", "1, 2, 3".parse::<Rgb>());
}
