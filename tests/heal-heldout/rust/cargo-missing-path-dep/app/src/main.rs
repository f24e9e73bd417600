use textutil::slugify;

fn main() {
    for title in ["Hello, World!", "  Rust 2024 edition: what's new? "] {
        println!("/posts/{}", slugify(title));
    }
}
