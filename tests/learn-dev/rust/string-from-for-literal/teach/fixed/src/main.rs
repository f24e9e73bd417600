struct Blend {
    name: String,
    leaves: Vec<(String, u32)>,
}

impl Blend {
    fn grams(&self) -> u32 {
        self.leaves.iter().map(|(_, g)| g).sum()
    }
}

fn house_blend() -> Blend {
    let mut leaves = Vec::new();
    leaves.push((String::from("assam"), 60));
    leaves.push((String::from("keemun"), 30));
    leaves.push((String::from("lapsang"), 10));
    Blend { name: String::from("harbour fog"), leaves }
}

fn main() {
    let b = house_blend();
    println!("{}: {} g", b.name, b.grams());
}
