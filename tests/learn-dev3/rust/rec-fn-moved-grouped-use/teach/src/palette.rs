use crate::util::{parse_hex, to_rgb};

pub fn swatches(codes: &[&str]) -> Vec<(u8, u8, u8)> {
    codes.iter().filter_map(|c| parse_hex(c)).map(to_rgb).collect()
}
