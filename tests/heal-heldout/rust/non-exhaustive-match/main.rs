enum Shape {
    Circle { r: f64 },
    Square { side: f64 },
    Triangle { base: f64, height: f64 },
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { r } => std::f64::consts::PI * r * r,
        Shape::Square { side } => side * side,
    }
}

fn main() {
    let shapes = [
        Shape::Circle { r: 1.0 },
        Shape::Square { side: 2.0 },
        Shape::Triangle { base: 3.0, height: 4.0 },
    ];
    let total: f64 = shapes.iter().map(area).sum();
    println!("total area {total:.3}");
}
