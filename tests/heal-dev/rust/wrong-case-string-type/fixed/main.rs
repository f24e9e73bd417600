#[derive(Debug)]
struct Contact {
    name: String,
    email: String,
    age: u8,
}

fn parse(line: &str) -> Option<Contact> {
    let mut parts = line.split(',').map(|p| p.trim());
    let name = parts.next()?.to_string();
    let email = parts.next()?.to_string();
    let age = parts.next()?.parse().ok()?;
    if !email.contains('@') {
        return None;
    }
    Some(Contact { name, email, age })
}

fn main() {
    let input = "Ada Lovelace, ada@example.org, 36\nbroken line\nAlan Turing, alan@example.org, 41";
    let contacts: Vec<Contact> = input.lines().filter_map(parse).collect();
    for c in &contacts {
        println!("{} <{}> {}", c.name, c.email, c.age);
    }
    assert_eq!(contacts.len(), 2);
}
