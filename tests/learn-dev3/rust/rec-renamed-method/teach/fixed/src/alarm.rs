use crate::tank::Tank;

pub fn low(t: &Tank) -> bool {
    t.level_pct() < 20
}
