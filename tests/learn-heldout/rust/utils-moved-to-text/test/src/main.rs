mod blog;
mod text;

fn main() {
    let p = blog::Post::new("Why we moved to Rust", "short body text for now");
    println!("{} ({} min)", p.path(), p.reading_minutes());
}
