mod receipt;

use receipt::Receipt;

fn render(r: &Receipt) -> String {
    let mut out = String::new();
    for line in &r.lines {
        out.push_str(&format!("{:<12}{:>8.2}\n", line.label, line.cents as f64 / 100.0));
    }
    out.push_str(&format!("{:<12}{:>8.2}\n", "TOTAL", r.total() as f64 / 100.0));
    out
}

fn main() {
    let mut r = Receipt::new(8);
    r.add("coffee", 350);
    r.add("bagel", 275);
    r.add("juice", 420);
    print!("{}", render(&r));
    assert_eq!(r.total(), 1129);
}
