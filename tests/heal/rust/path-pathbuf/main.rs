fn config_path(home: &str) -> PathBuf {
    let mut path = std::path::PathBuf::from(home);
    path.push(".config");
    path
}

fn main() {
    println!("{}", config_path("/home/ada").display());
}
