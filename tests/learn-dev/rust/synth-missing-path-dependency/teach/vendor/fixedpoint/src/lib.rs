/// Q16.16 fixed point helpers vendored into the repository.
pub fn from_f64(x: f64) -> i32 {
    (x * 65536.0).round() as i32
}

pub fn to_f64(q: i32) -> f64 {
    q as f64 / 65536.0
}

pub fn mul(a: i32, b: i32) -> i32 {
    ((a as i64 * b as i64) >> 16) as i32
}
