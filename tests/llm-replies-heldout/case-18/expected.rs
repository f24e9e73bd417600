fn shout(name: &str) -> String {
    name.to_uppercase()
}

fn main() {
    let names = vec![
        String::from("ferris"),
        String::from("corro"),
    ];
    for n in &names {
        println!("{}", shout(&n));
    }
    println!("{} names", names.len());
}
