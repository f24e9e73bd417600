mod color;
mod palette;
mod util;

fn main() {
    for (r, g, b) in palette::swatches(&["#ff8800", "#00ccff", "oops"]) {
        println!("{} {} {} (r clamped {})", r, g, b, util::clamp(r as i32, 0, 200));
    }
}
