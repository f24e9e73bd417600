pub fn base_rate() -> u32 {
    400
}

pub fn zone_surcharge(zone: u8) -> u32 {
    match zone {
        1 => 0,
        2 => 120,
        _ => 300,
    }
}
