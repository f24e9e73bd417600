mod stats;

fn main() {
    let orders = [stats::Order { id: 1, cents: 1999 }, stats::Order { id: 2, cents: 501 }];
    println!("revenue {} avg {} (first #{})", stats::revenue(&orders), stats::average_order(&orders), orders[0].id);
}
