mod cache;

fn main() {
    let mut c = cache::Cache::new(2);
    c.put("a".into(), vec![1]);
    c.put("b".into(), vec![2]);
    c.put("c".into(), vec![3]);
    println!("{:?} {:?}", c.get("a"), c.get("c"));
}
