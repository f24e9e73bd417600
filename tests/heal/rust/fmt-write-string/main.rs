fn render(items: &[&str]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        writeln!(out, "{i}: {item}").unwrap();
    }
    out
}

fn main() {
    print!("{}", render(&["a", "b"]));
}
