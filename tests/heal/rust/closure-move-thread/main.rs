use std::thread;

fn main() {
    let greeting = String::from("hello from a thread");
    let handle = thread::spawn(|| {
        println!("{greeting}");
    });
    handle.join().unwrap();
}
