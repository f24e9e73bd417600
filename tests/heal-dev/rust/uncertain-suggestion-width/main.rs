struct Rect {
    w: u32,
    h: u32,
}

fn bounding(rects: &[Rect]) -> (u32, u32) {
    let mut max_width = 0;
    let mut max_h = 0;
    for r in rects {
        max_width = max_width.max(r.w);
        max_h = max_h.max(r.h);
    }
    (max_w, max_h)
}

fn main() {
    let rects = [Rect { w: 30, h: 10 }, Rect { w: 12, h: 40 }, Rect { w: 25, h: 25 }];
    let (w, h) = bounding(&rects);
    println!("bounding box {}x{}", w, h);
    assert_eq!((w, h), (30, 40));
}
