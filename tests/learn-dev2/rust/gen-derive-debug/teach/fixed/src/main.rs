#[derive(Debug)]
struct Sensor {
    id: u32,
    celsius: f32,
}

fn main() {
    let sensors = vec![Sensor { id: 1, celsius: 3.5 }, Sensor { id: 2, celsius: 7.9 }];
    for s in sensors.iter().filter(|s| s.celsius > 5.0) {
        println!("too warm: {:?}", s);
    }
}
