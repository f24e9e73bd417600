//! Shared helpers (moved from src/helpers.rs into src/shared/helpers.rs).

/// Parse YYYY-MM-DD into (year, month, day).
pub fn parse_date(s: &str) -> Option<(u32, u32, u32)> {
    let mut it = s.trim().splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    if (1..=12).contains(&m) && (1..=31).contains(&d) {
        Some((y, m, d))
    } else {
        None
    }
}
