use crate::rates::{base_rate, zone_surcharge};

pub struct Parcel {
    pub grams: u32,
    pub zone: u8,
}

fn weight_steps(grams: u32) -> u32 {
    (grams + 499) / 500
}

pub fn parcel_cost(parcel: &Parcel) -> u32 {
    base_rate() + weight_steps(parcel.grams) * 350 + zone_surcharge(parcel.zone)
}
