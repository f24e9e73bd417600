use std::collections::hash_map::DefaultHasher;
use std::hash::Hash;

fn fingerprint<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

fn main() {
    println!("{}", fingerprint(&"abc") != 0);
}
