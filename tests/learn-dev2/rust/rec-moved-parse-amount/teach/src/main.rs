mod money;
mod util;

use crate::util::parse_amount;

fn main() {
    let rows = ["coffee,3.40", "books,27.5", "rent,950.00"];
    let mut total = 0;
    for row in rows {
        let (_, amount) = row.split_once(',').unwrap();
        total += parse_amount(amount).unwrap_or(0);
    }
    println!("spent {} cents", total);
}
