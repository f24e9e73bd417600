struct Track {
    title: String,
    secs: u32,
}

fn shortest(tracks: &[Track]) -> &str {
    let t = tracks.iter().min_by_key(|t| t.secs).unwrap();
    &t.title
}

fn main() {
    let tracks = vec![
        Track { title: "Intro".to_string(), secs: 62 },
        Track { title: "Long Road".to_string(), secs: 411 },
        Track { title: "Coda".to_string(), secs: 48 },
    ];
    let mins: u32 = tracks.iter().map(|t| t.secs).sum::<u32>() / 60;
    println!("minutes: {}", mins);
    println!("shortest: {}", shortest(&tracks));
}
