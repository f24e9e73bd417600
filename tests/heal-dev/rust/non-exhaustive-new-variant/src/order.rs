#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Status {
    Placed,
    Paid,
    Shipped,
    Delivered,
    Refunded,
}

pub struct Order {
    pub id: u32,
    pub cents: i64,
    pub status: Status,
}
