mod proto;
mod receiver;

fn main() {
    let mut r = receiver::Receiver::new();
    println!("{:?}", r.accept(&[0, 3, 1, 2, 3]));
}
