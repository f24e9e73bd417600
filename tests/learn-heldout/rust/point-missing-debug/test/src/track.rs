pub struct Point {
    pub lat: f64,
    pub lon: f64,
    pub t: u64,
}

pub struct Track {
    pub name: String,
    pub points: Vec<Point>,
}

impl Track {
    pub fn bounding_box(&self) -> Option<(Point, Point)> {
        let first = self.points.first()?;
        let mut lo = Point { lat: first.lat, lon: first.lon, t: first.t };
        let mut hi = Point { lat: first.lat, lon: first.lon, t: first.t };
        for p in &self.points {
            lo.lat = lo.lat.min(p.lat);
            lo.lon = lo.lon.min(p.lon);
            hi.lat = hi.lat.max(p.lat);
            hi.lon = hi.lon.max(p.lon);
        }
        Some((lo, hi))
    }

    pub fn dump(&self) -> String {
        let mut s = format!("track {}\n", self.name);
        for p in &self.points {
            s.push_str(&format!("  {:?}\n", p));
        }
        s
    }
}
