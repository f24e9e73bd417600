mod version;

fn main() {
    let v = version::parse("v1.12.3").expect("version");
    println!("{}", version::banner(v));
}
