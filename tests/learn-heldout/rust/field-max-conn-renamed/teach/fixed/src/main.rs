mod dbconfig;

use dbconfig::DbConfig;

fn describe(cfg: &DbConfig) -> String {
    format!("{} (max {} connections, idle {}s)", cfg.url, cfg.max_connections, cfg.idle_secs)
}

fn main() {
    let cfg = DbConfig::default();
    println!("{}", describe(&cfg));
}
