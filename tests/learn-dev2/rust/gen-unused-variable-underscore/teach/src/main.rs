#![deny(unused_variables)]

struct Frame {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

fn render(frame: &Frame, scale: f32) -> String {
    let mut out = String::new();
    for row in frame.pixels.chunks(frame.width) {
        out.extend(row.iter().map(|&p| if p > 127 { '#' } else { '.' }));
        out.push('\n');
    }
    out
}

fn main() {
    let f = Frame { width: 4, height: 2, pixels: vec![0, 200, 200, 0, 255, 0, 0, 255] };
    print!("{}", render(&f, 1.0));
    println!("{} rows", f.height);
}
