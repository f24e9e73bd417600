/// Parses "12.34" into cents.
pub fn parse_amount(s: &str) -> Option<i64> {
    let (whole, frac) = s.trim().split_once('.').unwrap_or((s.trim(), "0"));
    let whole: i64 = whole.parse().ok()?;
    let frac: i64 = format!("{:0<2}", frac).get(..2)?.parse().ok()?;
    Some(whole * 100 + frac)
}
