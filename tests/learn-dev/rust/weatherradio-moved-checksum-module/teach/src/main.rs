mod codec;
mod frame;

fn main() {
    let mut raw = vec![3u8, 0x00, 0xd7, 61];
    raw.push(codec::checksum::crc8(&raw));
    println!("{:?}", frame::decode(&raw));
}
