mod route;

fn main() {
    for p in ["/", "/articles/borrowck-tips", "/archive/2024", "/x/y/z"] {
        let r = route::parse(p);
        println!("{:<24} -> {:?}", p, r);
    }
}
