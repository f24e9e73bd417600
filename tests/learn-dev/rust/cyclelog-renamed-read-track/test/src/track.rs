//! Minimal track reader for a cycling log (one "lat,lon,ele" per line).

#[derive(Debug, Clone, Copy)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
    pub ele: f64,
}

fn parse_line(line: &str) -> Option<Point> {
    let mut it = line.split(',').map(|s| s.trim().parse::<f64>());
    let lat = it.next()?.ok()?;
    let lon = it.next()?.ok()?;
    let ele = it.next()?.ok()?;
    Some(Point { lat, lon, ele })
}

/// Renamed from `parse_gpx` once the format stopped being GPX.
pub fn read_track(text: &str) -> Vec<Point> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(parse_line)
        .collect()
}

pub fn climb(points: &[Point]) -> f64 {
    points
        .windows(2)
        .map(|w| (w[1].ele - w[0].ele).max(0.0))
        .sum()
}
