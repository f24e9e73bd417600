#[derive(PartialEq)]
pub enum Color {
    Red,
    Green,
    Blue,
    Rgb(u8, u8, u8),
}

impl Color {
    pub fn to_rgb(&self) -> (u8, u8, u8) {
        match self {
            Color::Red => (255, 0, 0),
            Color::Green => (0, 255, 0),
            Color::Blue => (0, 0, 255),
            Color::Rgb(r, g, b) => (*r, *g, *b),
        }
    }
}

pub fn palette_contains(palette: &[Color], c: &Color) -> bool {
    palette.iter().any(|p| p == c)
}
