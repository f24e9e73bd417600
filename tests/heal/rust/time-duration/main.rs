use std::thread;

fn main() {
    let pause = Duration::from_millis(5);
    thread::sleep(pause);
    println!("slept {pause:?}");
}
