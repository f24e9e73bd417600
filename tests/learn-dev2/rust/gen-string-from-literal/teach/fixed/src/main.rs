struct Ticket {
    id: u32,
    title: String,
    assignee: Option<String>,
}

fn main() {
    let mut queue = Vec::new();
    queue.push(Ticket { id: 301, title: "Printer on 3rd floor jams".to_string(), assignee: None });
    queue.push(Ticket { id: 302, title: String::from("VPN drops every hour"), assignee: Some("noor".to_string()) });
    for t in &queue {
        println!("#{} {} [{}]", t.id, t.title, t.assignee.as_deref().unwrap_or("unassigned"));
    }
}
