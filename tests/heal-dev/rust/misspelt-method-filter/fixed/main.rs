struct Reading {
    sensor: &'static str,
    celsius: f64,
}

fn above(readings: &[Reading], limit: f64) -> Vec<&Reading> {
    readings.iter().filter(|r| r.celsius > limit).collect()
}

fn mean(readings: &[Reading]) -> f64 {
    if readings.is_empty() {
        return 0.0;
    }
    readings.iter().map(|r| r.celsius).sum::<f64>() / readings.len() as f64
}

fn main() {
    let data = vec![
        Reading { sensor: "attic", celsius: 31.5 },
        Reading { sensor: "cellar", celsius: 12.0 },
        Reading { sensor: "kitchen", celsius: 22.25 },
        Reading { sensor: "garage", celsius: 27.0 },
    ];
    let hot = above(&data, 25.0);
    for r in &hot {
        println!("{} is warm: {:.1}", r.sensor, r.celsius);
    }
    println!("mean {:.2}", mean(&data));
    assert_eq!(hot.len(), 2);
}
