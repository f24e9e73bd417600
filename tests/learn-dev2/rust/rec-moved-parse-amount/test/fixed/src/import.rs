use crate::money::parse_amount;
use crate::util::trim_quotes;

#[derive(Debug)]
pub struct Expense {
    pub label: String,
    pub cents: i64,
}

pub fn parse_line(line: &str) -> Result<Expense, String> {
    let mut parts = line.split(';');
    let label = trim_quotes(parts.next().ok_or("missing label")?).to_string();
    let raw = trim_quotes(parts.next().ok_or("missing amount")?);
    let cents = parse_amount(raw).ok_or_else(|| format!("bad amount {:?}", raw))?;
    Ok(Expense { label, cents })
}
