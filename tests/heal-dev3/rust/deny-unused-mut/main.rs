#![deny(unused)]

struct Reading {
    sensor: &'static str,
    celsius: f64,
}

fn average(readings: &[Reading]) -> f64 {
    let sum: f64 = readings.iter().map(|r| r.celsius).sum();
    sum / readings.len() as f64
}

fn hottest(readings: &[Reading]) -> &Reading {
    let mut best = &readings[0];
    for r in readings {
        if r.celsius > best.celsius {
            best = r;
        }
    }
    best
}

fn main() {
    let mut readings = vec![
        Reading { sensor: "attic", celsius: 31.5 },
        Reading { sensor: "cellar", celsius: 12.0 },
        Reading { sensor: "kitchen", celsius: 22.5 },
    ];
    let avg = average(&readings);
    let hot = hottest(&readings);
    println!("average {:.1} C, hottest {} at {:.1} C", avg, hot.sensor, hot.celsius);
    assert_eq!(hot.sensor, "attic");
}
