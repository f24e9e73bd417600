#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Todo,
    Doing,
    Done,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    pub title: String,
    pub points: u8,
    pub status: Status,
}
