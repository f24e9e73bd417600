mod geometry;

use crate::geometry::{perimeter, polygon_area, Point};

fn main() {
    let square = [
        Point { x: 0.0, y: 0.0 },
        Point { x: 4.0, y: 0.0 },
        Point { x: 4.0, y: 4.0 },
        Point { x: 0.0, y: 4.0 },
    ];
    let area = polygon_area(&square);
    let per = perimeter(&square);
    println!("area {:.1} perimeter {:.1}", area, per);
    assert_eq!(area, 16.0);
    assert_eq!(per, 16.0);
}
