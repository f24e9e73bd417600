#[derive(Debug)]
struct Task {
    id: u32,
    title: String,
    done: bool,
}

fn pending(tasks: &[Task]) -> Vec<&Task> {
    tasks.iter().filter(|t| !t.done).collect()
}

fn main() {
    let tasks = Vec::new();
    for (i, title) in ["write report", "review PR", "book flights"].iter().enumerate() {
        tasks.push(Task { id: i as u32 + 1, title: title.to_string(), done: i == 1 });
    }
    for t in pending(&tasks) {
        println!("#{} {}", t.id, t.title);
    }
    assert_eq!(pending(&tasks).len(), 2);
}
