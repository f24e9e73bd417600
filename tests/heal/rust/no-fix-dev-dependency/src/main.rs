use memchr::memchr;

fn main() {
    println!("{:?}", memchr(b'o', b"hello"));
}
