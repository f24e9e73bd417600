pub fn square(side: f64) -> f64 {
    side * side
}
