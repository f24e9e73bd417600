mod track;

fn main() {
    let t = track::Track {
        name: "morning run".into(),
        points: vec![
            track::Point { lat: 52.1, lon: 4.3, t: 0 },
            track::Point { lat: 52.2, lon: 4.4, t: 60 },
        ],
    };
    print!("{}", t.dump());
    println!("{}", t.bounding_box().is_some());
}
