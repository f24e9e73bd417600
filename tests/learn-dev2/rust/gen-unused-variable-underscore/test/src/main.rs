#![deny(unused_variables)]

mod scan;

fn main() {
    let entries = scan::fake_listing();
    let total = scan::total_bytes(&entries);
    println!("{} entries, {} bytes", entries.len(), total);
}
