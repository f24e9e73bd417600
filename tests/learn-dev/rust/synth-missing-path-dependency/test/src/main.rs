mod envelope;

fn main() {
    println!("{:?}", envelope::decay(6, 0.7));
}
