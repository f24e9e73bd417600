/// Parses "1h30m", "45s", "2m5s" into seconds.
pub fn parse_duration(s: &str) -> Result<u64, String> {
    let mut total = 0u64;
    let mut num = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: u64 = num.parse().map_err(|_| format!("missing number before '{}'", c))?;
        num.clear();
        total += match c {
            'h' => n * 3600,
            'm' => n * 60,
            's' => n,
            _ => return Err(format!("unknown unit '{}'", c)),
        };
    }
    if !num.is_empty() {
        return Err("trailing number without unit".to_string());
    }
    Ok(total)
}

pub fn format_duration(secs: u64) -> String {
    format!("{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}
