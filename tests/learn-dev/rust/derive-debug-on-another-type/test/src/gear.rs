pub enum Gear {
    Neutral,
    Forward(u8),
    Reverse,
}

pub fn shift_up(g: Gear) -> Gear {
    match g {
        Gear::Neutral => Gear::Forward(1),
        Gear::Forward(n) if n < 6 => Gear::Forward(n + 1),
        other => other,
    }
}
