fn main() {
    let shared = Rc::new(String::from("shared"));
    let other = Rc::clone(&shared);
    println!("{} {}", other, Rc::strong_count(&shared));
}
