mod text;

use crate::utils::slugify;

fn main() {
    let titles = ["Hello, World!", "  Rust 2021 -- edition notes", "Ünïcode & more"];
    for t in titles {
        println!("{:<30} {}", slugify(t), t);
    }
}
