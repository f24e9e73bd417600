fn longest_leg<'a>(legs: &[(&'a str, u32)]) -> &'a str {
    let mut best = legs[0];
    for leg in legs {
        if leg.1 > best.1 {
            best = *leg;
        }
    }
    best
}

fn main() {
    let legs = [("Bergen-Voss", 106), ("Voss-Myrdal", 51), ("Myrdal-Oslo", 337)];
    let total: u32 = legs.iter().map(|l| l.1).sum();
    println!("total: {} km", total);
    println!("longest: {}", longest_leg(&legs));
}
