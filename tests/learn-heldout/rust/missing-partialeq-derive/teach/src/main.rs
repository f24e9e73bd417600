mod money;

use money::Money;

fn main() {
    let a = Money::eur(250).add(&Money::eur(250));
    let b = Money::eur(500);
    if a == b {
        println!("balanced: {} {}", a.cents, a.currency);
    } else {
        println!("mismatch");
    }
}
