#[derive(Debug, Clone)]
struct Document {
    lines: Vec<String>,
}

struct Editor {
    doc: Document,
    history: Vec<Document>,
}

impl Editor {
    fn insert(&mut self, line: &str) {
        self.history.push(self.doc.clone());
        self.doc.lines.push(line.to_string());
    }

    fn undo(&mut self) {
        if let Some(prev) = self.history.pop() {
            self.doc = prev;
        }
    }
}

fn main() {
    let mut ed = Editor { doc: Document { lines: vec![] }, history: vec![] };
    ed.insert("hello");
    ed.insert("world");
    ed.undo();
    println!("{:?}", ed.doc);
}
