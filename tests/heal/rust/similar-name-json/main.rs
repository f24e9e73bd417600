fn main() {
    let attempts = 3;
    for i in 0..atempts {
        println!("try {i}");
    }
}
