use memchr::memchr;

fn main() {
    let haystack = b"hello, world";
    println!("{:?}", memchr(b',', haystack));
}
