#[derive(Clone, Copy, PartialEq)]
enum Sky {
    Clear,
    Cloudy,
    Rain,
}

#[derive(Debug)]
struct Forecast {
    day: &'static str,
    high: i32,
    low: i32,
    sky: Sky,
}

fn warmest(f: &[Forecast]) -> Option<&Forecast> {
    f.iter().max_by_key(|d| d.high)
}

fn main() {
    let week = [
        Forecast { day: "mon", high: 18, low: 9, sky: Sky::Cloudy },
        Forecast { day: "tue", high: 22, low: 11, sky: Sky::Clear },
        Forecast { day: "wed", high: 15, low: 10, sky: Sky::Rain },
    ];
    let w = warmest(&week).unwrap();
    println!("{:?}", w);
    assert_eq!(w.day, "tue");
    assert!(week.iter().any(|d| d.sky == Sky::Rain && d.low == 10));
}
