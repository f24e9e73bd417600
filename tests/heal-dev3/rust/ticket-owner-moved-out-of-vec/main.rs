#[derive(Debug)]
struct Ticket {
    id: u32,
    owner: String,
    open: bool,
}

fn owner_of_oldest_open(tickets: &Vec<Ticket>) -> Option<String> {
    let mut best: Option<usize> = None;
    for (i, t) in tickets.iter().enumerate() {
        if t.open && best.map_or(true, |b| t.id < tickets[b].id) {
            best = Some(i);
        }
    }
    match best {
        Some(i) => {
            let owner = tickets[i].owner;
            Some(owner)
        }
        None => None,
    }
}

fn main() {
    let tickets = vec![
        Ticket { id: 42, owner: String::from("dana"), open: true },
        Ticket { id: 17, owner: String::from("eli"), open: false },
        Ticket { id: 23, owner: String::from("farah"), open: true },
    ];
    let owner = owner_of_oldest_open(&tickets);
    println!("oldest open ticket belongs to {:?}", owner);
    assert_eq!(owner.as_deref(), Some("farah"));
    println!("{} tickets in total", tickets.len());
}
