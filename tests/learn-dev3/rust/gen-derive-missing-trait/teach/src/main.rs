#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 2 };
    if a == b {
        println!("same point {:?}", a);
    }
    println!("{}", b.x + b.y);
}
