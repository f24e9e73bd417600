async fn fetch_count() -> u32 {
    3
}

fn main() {
    let pending = fetch_count();
    drop(pending);
    println!("scheduled");
}
