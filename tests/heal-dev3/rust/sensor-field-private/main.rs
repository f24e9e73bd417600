mod sensors;

use sensors::Sensor;

fn alarm_needed(sensors: &[Sensor], limit: f64) -> Vec<&str> {
    sensors
        .iter()
        .filter(|s| s.reading > limit)
        .map(|s| s.name())
        .collect()
}

fn main() {
    let all = vec![
        Sensor::new("boiler", 88.5),
        Sensor::new("pump", 41.0),
        Sensor::new("tank", 93.2),
    ];
    let hot = alarm_needed(&all, 85.0);
    println!("alarms: {:?}", hot);
    assert_eq!(hot, vec!["boiler", "tank"]);
}
