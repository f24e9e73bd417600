fn render_table(rows: &[(&str, u32)]) -> String {
    let width = rows.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    let mut out = String::new();
    for (name, qty) in rows {
        out.push_str(&format!("{:<width$} | {:>4}\n", name, qty, width = width));
    }
    out
}

fn main() {
    let rows = [("apples", 12), ("kiwis", 7), ("dragonfruit", 1)];
    print!("{}", render_table(&rows));
}
