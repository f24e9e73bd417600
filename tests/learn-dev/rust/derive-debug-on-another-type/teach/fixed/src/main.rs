use std::fmt::Write as _;

#[derive(Clone, Copy, PartialEq, Debug)]
struct Reading {
    tank: u8,
    nitrate_ppm: f32,
    temp_c: f32,
}

fn worst(readings: &[Reading]) -> Option<Reading> {
    readings
        .iter()
        .copied()
        .max_by(|a, b| a.nitrate_ppm.total_cmp(&b.nitrate_ppm))
}

fn main() {
    let rs = [
        Reading { tank: 1, nitrate_ppm: 12.0, temp_c: 25.5 },
        Reading { tank: 2, nitrate_ppm: 41.0, temp_c: 26.1 },
    ];
    let mut log = String::new();
    writeln!(log, "worst tank: {:?}", worst(&rs)).unwrap();
    print!("{log}");
}
