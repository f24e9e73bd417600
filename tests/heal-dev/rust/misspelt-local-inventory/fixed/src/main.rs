use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Category {
    Hardware,
    Software,
    Service,
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Category::Hardware => "hardware",
            Category::Software => "software",
            Category::Service => "service",
        };
        write!(f, "{}", s)
    }
}

#[derive(Debug, Clone)]
struct Item {
    sku: String,
    name: String,
    category: Category,
    unit_cents: u64,
    quantity: u32,
}

impl Item {
    fn new(sku: &str, name: &str, category: Category, unit_cents: u64, quantity: u32) -> Self {
        Item {
            sku: sku.to_string(),
            name: name.to_string(),
            category,
            unit_cents,
            quantity,
        }
    }

    fn value_cents(&self) -> u64 {
        self.unit_cents * self.quantity as u64
    }
}

struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: Vec::new() }
    }

    fn add(&mut self, item: Item) {
        if let Some(existing) = self.items.iter_mut().find(|i| i.sku == item.sku) {
            existing.quantity += item.quantity;
        } else {
            self.items.push(item);
        }
    }

    fn remove(&mut self, sku: &str, qty: u32) -> Result<(), String> {
        match self.items.iter_mut().find(|i| i.sku == sku) {
            Some(item) if item.quantity >= qty => {
                item.quantity -= qty;
                Ok(())
            }
            Some(item) => Err(format!("only {} of {} left", item.quantity, item.name)),
            None => Err(format!("unknown sku {}", sku)),
        }
    }

    fn by_category(&self) -> BTreeMap<String, u64> {
        let mut out = BTreeMap::new();
        for item in &self.items {
            *out.entry(item.category.to_string()).or_insert(0) += item.value_cents();
        }
        out
    }

    fn total_value(&self) -> u64 {
        let mut total = 0;
        for item in &self.items {
            total += item.value_cents();
        }
        total
    }

    fn low_stock(&self, threshold: u32) -> Vec<&Item> {
        self.items.iter().filter(|i| i.quantity < threshold).collect()
    }
}

fn cents(v: u64) -> String {
    format!("{}.{:02}", v / 100, v % 100)
}

fn main() {
    let mut inv = Inventory::new();
    inv.add(Item::new("HW-1", "keyboard", Category::Hardware, 4599, 10));
    inv.add(Item::new("HW-2", "mouse", Category::Hardware, 1999, 3));
    inv.add(Item::new("SW-1", "editor licence", Category::Software, 8900, 5));
    inv.add(Item::new("SV-1", "setup", Category::Service, 15000, 1));
    inv.add(Item::new("HW-1", "keyboard", Category::Hardware, 4599, 2));

    if let Err(e) = inv.remove("HW-2", 5) {
        println!("warning: {}", e);
    }
    inv.remove("SW-1", 1).expect("licence removal");

    for (cat, value) in inv.by_category() {
        println!("{:<10} {:>10}", cat, cents(value));
    }
    for item in inv.low_stock(4) {
        println!("low: {} ({} left)", item.name, item.quantity);
    }
    let total = inv.total_value();
    println!("total {}", cents(total));
    assert_eq!(total, 4599 * 12 + 1999 * 3 + 8900 * 4 + 15000);
}
