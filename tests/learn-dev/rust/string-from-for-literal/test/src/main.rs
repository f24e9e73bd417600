mod label;

fn main() {
    let l = label::placeholder(1911);
    println!("{} ({})", l.title, l.year);
}
