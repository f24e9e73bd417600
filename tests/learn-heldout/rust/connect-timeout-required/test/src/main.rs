mod net;
mod pool;

fn main() {
    let p = pool::Pool::open("queue.internal:5672", 3).expect("pool");
    println!("pool of {}", p.size());
}
