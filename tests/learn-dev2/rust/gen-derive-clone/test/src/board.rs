use crate::task::{Status, Task};

pub struct Board {
    pub tasks: Vec<Task>,
    history: Vec<Vec<Task>>,
}

impl Board {
    pub fn new(tasks: Vec<Task>) -> Self {
        Board { tasks, history: Vec::new() }
    }

    pub fn finish(&mut self, title: &str) {
        self.history.push(self.tasks.clone());
        for t in self.tasks.iter_mut().filter(|t| t.title == title) {
            t.status = Status::Done;
        }
    }

    pub fn undo(&mut self) {
        if let Some(prev) = self.history.pop() {
            self.tasks = prev;
        }
    }
}
