#[derive(Debug, PartialEq)]
pub enum Status {
    Todo,
    Doing,
    Done,
}

#[derive(Debug, PartialEq)]
pub struct Task {
    pub title: String,
    pub points: u8,
    pub status: Status,
}
