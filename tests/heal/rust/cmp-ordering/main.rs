fn describe(a: i32, b: i32) -> &'static str {
    match a.cmp(&b) {
        Ordering::Less => "less",
        Ordering::Equal => "equal",
        Ordering::Greater => "greater",
    }
}

fn main() {
    println!("{}", describe(1, 2));
}
