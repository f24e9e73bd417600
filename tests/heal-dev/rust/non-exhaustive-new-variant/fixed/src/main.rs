mod order;

use order::{Order, Status};

fn label(s: Status) -> &'static str {
    match s {
        Status::Placed => "waiting for payment",
        Status::Paid => "being packed",
        Status::Shipped => "on its way",
        Status::Delivered => "delivered",
        Status::Refunded => "refunded",
    }
}

fn revenue(orders: &[Order]) -> i64 {
    orders
        .iter()
        .filter(|o| matches!(o.status, Status::Paid | Status::Shipped | Status::Delivered))
        .map(|o| o.cents)
        .sum()
}

fn main() {
    let orders = vec![
        Order { id: 1, cents: 1200, status: Status::Delivered },
        Order { id: 2, cents: 800, status: Status::Refunded },
        Order { id: 3, cents: 450, status: Status::Placed },
    ];
    for o in &orders {
        println!("order {}: {}", o.id, label(o.status));
    }
    assert_eq!(revenue(&orders), 1200);
}
