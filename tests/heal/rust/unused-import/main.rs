use std::collections::HashMap;
use std::collections::HashSet;

fn main() {
    let seen: HashSet<u32> = [1, 2, 2].into_iter().collect();
    println!("{}", seen.len());
}
