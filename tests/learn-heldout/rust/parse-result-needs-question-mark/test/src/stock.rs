use std::num::ParseIntError;

#[derive(Debug, PartialEq)]
pub struct Stock {
    pub sku: String,
    pub count: usize,
}

/// Parse lines like "SKU-1 | 12".
pub fn parse_line(line: &str) -> Result<Stock, ParseIntError> {
    let parts: Vec<&str> = line.split('|').map(str::trim).collect();
    let count: usize = parts[1].parse();
    Ok(Stock { sku: parts[0].to_string(), count })
}

pub fn total(lines: &[&str]) -> Result<usize, ParseIntError> {
    let mut sum = 0;
    for l in lines {
        sum += parse_line(l)?.count;
    }
    Ok(sum)
}
