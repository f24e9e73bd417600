mod shared;

use crate::helpers::parse_date;

fn main() {
    for s in ["2026-12-06", "2026-13-01", "nonsense"] {
        match parse_date(s) {
            Some((y, m, d)) => println!("{} -> {}/{}/{}", s, d, m, y),
            None => println!("{} -> invalid", s),
        }
    }
}
