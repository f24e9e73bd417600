use std::collections::BTreeMap;

#[derive(Debug)]
struct Packet {
    variety: String,
    grams: u32,
}

#[derive(Default)]
struct Bank {
    packets: Vec<Packet>,
    by_shelf: BTreeMap<usize, Vec<usize>>,
}

impl Bank {
    fn store(&mut self, shelf: usize, p: Packet) -> usize {
        let id = self.packets.len();
        self.packets.push(p);
        self.by_shelf.entry(shelf).or_default().push(id);
        id
    }

    fn get(&self, id: usize) -> &Packet {
        &self.packets[id]
    }

    fn total_grams(&self) -> u32 {
        self.packets.iter().map(|p| p.grams).sum()
    }
}

fn main() {
    let mut bank = Bank::default();
    let id = bank.store(0, Packet { variety: "Cherokee Purple".into(), grams: 3 });
    let p = bank.get(id);
    println!(
        "stored {} ({} shelves, {} g total)",
        p.variety,
        bank.by_shelf.len(),
        bank.total_grams()
    );
}
