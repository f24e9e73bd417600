//! Shared helpers (now under src/shared/).

/// 123456 -> "1,234.56"
pub fn format_money(cents: u64) -> String {
    let whole = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{}.{:02}", grouped, cents % 100)
}
