#[derive(Debug, Clone, Copy)]
pub struct Rect {
    pub w: f64,
    pub h: f64,
}

pub fn area(r: &Rect) -> f64 {
    r.w * r.h
}

pub fn perimeter(r: &Rect) -> f64 {
    2.0 * (r.w + r.h)
}
