mod geom;

use geom::{centroid, Point};

fn main() {
    let pts = vec![Point::new(0.0, 0.0), Point::new(4.0, 0.0), Point::new(2.0, 3.0)];
    let c = centroid(&pts);
    println!("centroid = {:?}", c);
    println!("first edge = {:.2}", pts[0].dist(&pts[1]));
}
