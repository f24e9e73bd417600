#[derive(Debug, Clone)]
struct Packet {
    variety: String,
    grams: u32,
}

struct Bank {
    shelves: Vec<Vec<Packet>>,
}

impl Bank {
    fn store(&mut self, shelf: usize, p: Packet) {
        while self.shelves.len() <= shelf {
            self.shelves.push(Vec::new());
        }
        self.shelves[shelf].push(p);
    }
}

fn main() {
    let mut bank = Bank { shelves: Vec::new() };
    let p = Packet { variety: "Cherokee Purple".into(), grams: 3 };
    bank.store(0, p);
    println!("stored {:?} ({} shelves)", p, bank.shelves.len());
}
