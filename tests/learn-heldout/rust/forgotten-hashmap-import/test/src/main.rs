mod index;

fn main() {
    let mut idx = index::Index::new();
    idx.add("Rust is fast");
    idx.add("Go is simple");
    idx.add("rust has traits");
    println!("{:?}", idx.search("rust"));
}
