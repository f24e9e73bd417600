fn greet(name: &str) -> String {
    format!("Hello, {}!", name)
}

fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn main() {
    let users = vec!["ada".to_string(), "grace".to_string()];
    for u in &users {
        let name = format!("{} (admin)", u);
        println!("{}", shout(&greet(&name)));
    }
}
