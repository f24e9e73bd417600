mod dbconfig;
mod limits;

fn main() {
    let cfg = dbconfig::DbConfig::default();
    println!("{} each, overcommitted: {}", limits::per_worker(&cfg, 4), limits::overcommitted(&cfg, 4, 3));
}
