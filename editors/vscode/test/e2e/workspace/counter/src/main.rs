fn main() {
    let mut counts: HashMap<String, u32> = HashMap::new();
    counts.insert("a".to_string(), 1);
    println!("{}", counts.len());
}
