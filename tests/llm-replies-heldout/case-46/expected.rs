#[derive(Clone, Copy, Debug)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

pub fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

pub fn path_length(points: &[Point]) -> f64 {
    let mut len = 0.0;
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        let d = distance(a, b);
        len += d;
    }
    len
}
