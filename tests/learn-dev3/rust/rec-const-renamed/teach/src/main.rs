mod proto;
mod sender;

fn main() {
    let data = vec![7u8; 2500];
    println!("{} frames", sender::frames(&data).len());
}
