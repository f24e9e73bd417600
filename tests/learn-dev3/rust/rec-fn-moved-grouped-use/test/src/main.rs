mod color;
mod theme;
mod util;

fn main() {
    let t = theme::Theme::from_code("#8040c0");
    println!("{:?}", t.dimmed(100));
}
