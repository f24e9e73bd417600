use std::env;

fn greeting(name: &str, excited: bool) -> String {
    let punct = if excited { "!" } else { "." };
    format!("Hello, {}{}", name, punct)
}

fn main() {
    let name = env::args().nth(1).unwrap_or_else(|| "world".to_string());
    let excited = env::args().any(|a| a == "--excited");
    println!("{}", greeting(&name, excited));
}
