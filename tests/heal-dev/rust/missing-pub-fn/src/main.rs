mod text;

fn main() {
    let posts = ["hello, world!", "  Rust ownership: a primer ", "why I like  tabs"];
    for p in posts {
        let title = text::title_case(p.trim());
        let slug = text::slugify(p);
        println!("{:<30} /posts/{}", title, slug);
    }
    assert_eq!(text::slugify("Rust ownership: a primer"), "rust-ownership-a-primer");
}
