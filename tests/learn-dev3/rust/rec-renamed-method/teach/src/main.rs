mod alarm;
mod tank;

fn main() {
    let t = tank::Tank { capacity: 500, volume: 60 };
    println!("low: {}", alarm::low(&t));
}
