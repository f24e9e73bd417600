fn main() {
    println!("{}", area(2, 3));
}

fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn perimeter(w: u32, h: u32) -> u32 {
    2 * (w + h)
}
