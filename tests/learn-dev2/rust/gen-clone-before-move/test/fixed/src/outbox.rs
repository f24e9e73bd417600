#[derive(Debug, Clone)]
pub struct Message {
    pub to: String,
    pub body: String,
}

#[derive(Default)]
pub struct Outbox {
    archive: Vec<Message>,
    sent: usize,
}

impl Outbox {
    pub fn send(&mut self, message: Message) {
        self.archive.push(message.clone());
        self.sent += 1;
        notify(&message);
    }

    pub fn sent(&self) -> usize {
        self.sent
    }
}

fn notify(m: &Message) {
    println!("-> {}: {}", m.to, m.body);
}
