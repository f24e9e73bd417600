struct Job {
    title: String,
    pages: u32,
}

fn print_queue_length(queue: &[Job]) {
    println!("{} jobs, {} pages", queue.len(), queue.iter().map(|j| j.pages).sum::<u32>());
}

fn print_next(queue: &[Job]) {
    if let Some(first) = queue.first() {
        println!("next up: {} ({} pages)", first.title, first.pages);
    }
}

fn main() {
    let queue = vec![
        Job { title: "quarterly.pdf".into(), pages: 14 },
        Job { title: "badge.png".into(), pages: 1 },
    ];
    print_queue_length(&queue);
    print_next(&queue);
}
