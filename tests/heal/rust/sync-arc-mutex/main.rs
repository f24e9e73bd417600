use std::thread;

fn main() {
    let counter = Arc::new(std::sync::Mutex::new(0));
    let worker = {
        let counter = counter.clone();
        thread::spawn(move || *counter.lock().unwrap() += 1)
    };
    worker.join().unwrap();
    println!("{}", counter.lock().unwrap());
}
