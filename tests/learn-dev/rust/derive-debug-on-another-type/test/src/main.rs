mod gear;

fn main() {
    let mut g = gear::Gear::Neutral;
    for _ in 0..3 {
        g = gear::shift_up(g);
    }
    println!("now in {:?}", g);
    let _ = gear::Gear::Reverse;
}
