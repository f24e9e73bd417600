fn parse_percent(s: &str) -> Result<u8> {
    let n: u32 = s.trim_end_matches('%').parse().map_err(|e| format!("{s}: {e}"))?;
    if n > 100 {
        return Err(format!("{s}: more than 100%"));
    }
    Ok(n as u8)
}

fn main() {
    for s in ["45%", "100", "130%", "abc"] {
        match parse_percent(s) {
            Ok(p) => println!("{s} -> {p}"),
            Err(e) => println!("error: {e}"),
        }
    }
}
