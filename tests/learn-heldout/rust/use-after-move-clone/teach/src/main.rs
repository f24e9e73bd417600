#[derive(Debug)]
struct Team {
    name: String,
    members: Vec<String>,
}

fn register(name: String) -> Team {
    Team { name, members: Vec::new() }
}

fn main() {
    let name = String::from("platform");
    let team = register(name);
    let mut log = Vec::new();
    log.push(format!("registered {}", name));
    println!("{:?} {:?}", team, log);
}
