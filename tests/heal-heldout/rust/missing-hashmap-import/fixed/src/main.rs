use std::collections::HashMap;

struct Inventory {
    stock: HashMap<String, i32>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { stock: HashMap::new() }
    }

    fn receive(&mut self, item: &str, qty: i32) {
        *self.stock.entry(item.to_string()).or_insert(0) += qty;
    }

    fn ship(&mut self, item: &str, qty: i32) -> Result<(), String> {
        let have = self.stock.get_mut(item).ok_or(format!("no {item} in stock"))?;
        if *have < qty {
            return Err(format!("only {have} {item} left"));
        }
        *have -= qty;
        Ok(())
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.receive("bolt", 40);
    inv.ship("bolt", 15).unwrap();
    println!("bolts left: {}", inv.stock["bolt"]);
    println!("{:?}", inv.ship("nut", 1));
}
