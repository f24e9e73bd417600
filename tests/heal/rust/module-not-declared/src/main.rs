use utils::helper;

fn main() {
    println!("{}", helper());
}
