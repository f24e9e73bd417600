mod board;
mod task;

use task::{Status, Task};

fn main() {
    let mut b = board::Board::new(vec![
        Task { title: "login page".into(), points: 3, status: Status::Doing },
        Task { title: "audit log".into(), points: 5, status: Status::Todo },
    ]);
    b.finish("login page");
    println!("{:?}", b.tasks[0].status);
    b.undo();
    println!("{:?}", b.tasks[0].status);
}
