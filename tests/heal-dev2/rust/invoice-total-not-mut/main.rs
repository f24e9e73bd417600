struct Line {
    sku: String,
    qty: u32,
    unit_cents: u64,
}

fn subtotal(lines: &[Line]) -> u64 {
    let total = 0u64;
    for line in lines {
        if line.qty == 0 {
            continue;
        }
        total += line.unit_cents * line.qty as u64;
    }
    total
}

fn main() {
    let lines = vec![
        Line { sku: "A-100".to_string(), qty: 2, unit_cents: 1250 },
        Line { sku: "B-200".to_string(), qty: 0, unit_cents: 999 },
        Line { sku: "C-300".to_string(), qty: 1, unit_cents: 400 },
    ];
    for l in &lines {
        println!("{} x{}", l.sku, l.qty);
    }
    println!("subtotal: {}", subtotal(&lines));
}
