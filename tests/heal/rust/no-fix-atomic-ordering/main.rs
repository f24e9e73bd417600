use std::sync::atomic::AtomicUsize;

static REQUESTS: AtomicUsize = AtomicUsize::new(0);

fn main() {
    REQUESTS.fetch_add(1, Ordering::SeqCst);
    println!("{}", REQUESTS.load(Ordering::SeqCst));
}
