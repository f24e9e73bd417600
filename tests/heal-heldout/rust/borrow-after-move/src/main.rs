#[derive(Debug)]
struct Post {
    title: String,
    tags: Vec<String>,
}

fn parse_tags(raw: &str) -> Vec<String> {
    raw.split(',')
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .collect()
}

fn main() {
    let tags = parse_tags("Rust, CLI, , tooling");
    let post = Post {
        title: String::from("Writing a fixer"),
        tags,
    };
    println!("{} has {} tags", post.title, tags.len());
    println!("{:?}", post);
}
