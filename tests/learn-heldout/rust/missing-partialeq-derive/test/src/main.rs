mod color;

use color::Color;

fn main() {
    let palette = [Color::Red, Color::Rgb(10, 20, 30)];
    println!("{}", color::palette_contains(&palette, &Color::Rgb(10, 20, 30)));
    println!("{:?}", Color::Blue.to_rgb());
}
