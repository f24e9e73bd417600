mod geometry;

use crate::geometry::{area, perimeter, Rect};

fn main() {
    let rooms = [
        Rect { w: 3.0, h: 4.0 },
        Rect { w: 2.5, h: 2.5 },
    ];
    for r in &rooms {
        println!("{:?}: area {:.2}, skirting {:.2}", r, area(r), perimeter(r));
    }
}
