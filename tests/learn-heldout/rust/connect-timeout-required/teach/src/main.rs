mod net;

fn main() {
    let targets = ["db.internal:5432", "cache.internal:6379"];
    for t in targets {
        match net::connect(t) {
            Ok(c) => println!("connected to {} (timeout {:?})", c.addr, c.timeout),
            Err(e) => eprintln!("failed: {}", e),
        }
    }
}
