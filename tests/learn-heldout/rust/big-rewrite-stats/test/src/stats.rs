//! Order statistics for the shop dashboard.

pub struct Order {
    pub id: u32,
    pub cents: u64,
}

pub fn revenue(orders: &[Order]) -> u64 {
    let mut total = 0;
    for o in orders {
        total += o.cents;
    }
    totl
}

pub fn average_order(orders: &[Order]) -> u64 {
    if orders.is_empty() {
        0
    } else {
        revenue(orders) / orders.len() as u64
    }
}
