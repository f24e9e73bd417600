fn normalise_base(url: &str) -> String {
    let trimmed = url.trim();
    let no_slash = trimmed.trim_end_maches('/');
    if no_slash.starts_with("http://") || no_slash.starts_with("https://") {
        no_slash.to_string()
    } else {
        format!("https://{}", no_slash)
    }
}

fn join(base: &str, path: &str) -> String {
    format!("{}/{}", normalise_base(base), path.trim_start_matches('/'))
}

fn main() {
    println!("{}", join("example.org/", "/api/v1/users"));
    println!("{}", join("http://localhost:8080//", "health"));
}
