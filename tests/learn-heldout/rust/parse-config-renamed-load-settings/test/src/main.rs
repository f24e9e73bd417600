mod config;
mod server;

fn main() {
    let srv = server::Server::from_text("name = api\nport = 7000\nworkers = 8\n").expect("settings");
    println!("{} with {} workers", srv.addr, srv.workers);
}
