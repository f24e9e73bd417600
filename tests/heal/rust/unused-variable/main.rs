fn main() {
    let values = vec![1, 2, 3];
    let doubled: Vec<i32> = values.iter().map(|v| v * 2).collect();
    println!("{:?}", values);
}
