mod money;

fn main() {
    println!("{}", money::Money { cents: 12345 });
}
