#[derive(Debug)]
struct Task {
    id: u32,
    title: String,
}

fn main() {
    let mut queue = Vec::new();
    for (i, title) in ["write docs", "fix ci", "release"].iter().enumerate() {
        queue.push(Task { id: i as u32 + 1, title: title.to_string() });
    }
    for t in &queue {
        println!("#{} {}", t.id, t.title);
    }
}
