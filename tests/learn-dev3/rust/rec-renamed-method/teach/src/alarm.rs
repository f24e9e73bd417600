use crate::tank::Tank;

pub fn low(t: &Tank) -> bool {
    t.fill_level() < 20
}
