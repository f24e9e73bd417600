mod track;

const RIDE: &str = "\
# morning loop
45.10,7.60,240
45.11,7.61,262
45.12,7.63,255
45.13,7.64,301
";

fn main() {
    let pts = track::parse_gpx(RIDE);
    println!("{} points, {:.0} m climbed", pts.len(), track::climb(&pts));
}
