
pub struct Row {
    pub name: String,
    pub score: u32,
}

/// Serialise rows as CSV into any byte buffer.
pub fn to_csv(rows: &[Row]) -> Vec<u8> {
    let mut buf: Vec<u8> = Vec::new();
    writeln!(buf, "name,score").unwrap();
    for r in rows {
        writeln!(buf, "{},{}", r.name.replace(',', " "), r.score).unwrap();
    }
    buf
}

fn main() {
    let rows = vec![
        Row { name: "ada".into(), score: 91 },
        Row { name: "bob, jr".into(), score: 78 },
    ];
    let out = to_csv(&rows);
    print!("{}", String::from_utf8(out).unwrap());
}
