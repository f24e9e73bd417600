mod config;

fn main() {
    let raw = "host=db.internal\nport=5433\n";
    let port = config::parse_port(raw).unwrap_or(5432);
    println!("connecting on port {}", port);
}
