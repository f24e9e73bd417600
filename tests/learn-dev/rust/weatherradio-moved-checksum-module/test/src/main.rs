mod codec;
mod transmit;

fn main() {
    println!("{:02x?}", transmit::encode(1, -42, 80));
}
