use crate::track;

pub struct Summary {
    pub rides: usize,
    pub metres_up: f64,
}

pub fn summarise(files: &[&str]) -> Summary {
    let mut s = Summary { rides: 0, metres_up: 0.0 };
    for text in files {
        let pts = track::parse_gpx(text);
        if pts.is_empty() {
            continue;
        }
        s.rides += 1;
        s.metres_up += track::climb(&pts);
    }
    s
}
