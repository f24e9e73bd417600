mod config;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let cfg = config::DeployConfig::from_args(&args);
    println!("deploying {} replicas to {}", cfg.replicas, cfg.region);
}
