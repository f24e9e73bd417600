mod config;

const DEFAULT: &str = "
# service settings
name = inventory
port = 9001
region = eu-west
";

fn main() {
    let settings = match config::load_settings(DEFAULT) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("bad settings: {}", e);
            std::process::exit(2);
        }
    };
    println!("{} on :{}", settings.name, settings.port);
    for (k, v) in &settings.extra {
        println!("  {} = {}", k, v);
    }
}
