fn main() {
    let legs = [("Bergen-Voss", 106), ("Voss-Myrdal", 51), ("Myrdal-Oslo", 337)];
    let total: u32 = legs.iter().map(|l| l.1).sum();
    println!("total: {} km", total);
}
