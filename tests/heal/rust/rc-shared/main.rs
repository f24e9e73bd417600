struct Node {
    value: i32,
}

fn main() {
    let first = Rc::new(Node { value: 1 });
    let second = first.clone();
    println!("{} {}", first.value, std::rc::Rc::strong_count(&second));
}
