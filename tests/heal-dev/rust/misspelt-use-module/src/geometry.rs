#[derive(Debug, Clone, Copy)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

pub fn polygon_area(points: &[Point]) -> f64 {
    let n = points.len();
    let mut acc = 0.0;
    for i in 0..n {
        let a = points[i];
        let b = points[(i + 1) % n];
        acc += a.x * b.y - b.x * a.y;
    }
    acc.abs() / 2.0
}

pub fn perimeter(points: &[Point]) -> f64 {
    let n = points.len();
    (0..n)
        .map(|i| {
            let a = points[i];
            let b = points[(i + 1) % n];
            ((b.x - a.x).powi(2) + (b.y - a.y).powi(2)).sqrt()
        })
        .sum()
}
