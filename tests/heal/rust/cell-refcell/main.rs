use std::rc::Rc;

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    log.borrow_mut().push("started");
    println!("{:?}", log.borrow());
}
