use crate::helpers::format_money;

pub struct Line {
    pub label: &'static str,
    pub cents: u64,
}

pub fn render(lines: &[Line]) -> String {
    let total: u64 = lines.iter().map(|l| l.cents).sum();
    let mut out = String::new();
    for l in lines {
        out.push_str(&format!("{:<12}{:>14}\n", l.label, format_money(l.cents)));
    }
    out.push_str(&format!("{:<12}{:>14}\n", "total", format_money(total)));
    out
}
