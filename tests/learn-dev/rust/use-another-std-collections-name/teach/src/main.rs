use std::collections::BTreeMap;

fn ratings() -> BTreeMap<&'static str, u32> {
    let mut m = BTreeMap::new();
    m.insert("Adebayo", 1820);
    m.insert("Lindqvist", 2011);
    m.insert("Moreau", 1655);
    m
}

fn by_club(players: &[(&'static str, &'static str)]) -> HashMap<&'static str, Vec<&'static str>> {
    let mut out: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    for (name, club) in players {
        out.entry(*club).or_default().push(*name);
    }
    out
}

fn main() {
    let r = ratings();
    let clubs = by_club(&[("Adebayo", "Rook & Pawn"), ("Moreau", "Rook & Pawn"), ("Lindqvist", "Gambit")]);
    for (club, names) in &clubs {
        let avg: u32 = names.iter().map(|n| r[n]).sum::<u32>() / names.len() as u32;
        println!("{club}: {avg}");
    }
}
