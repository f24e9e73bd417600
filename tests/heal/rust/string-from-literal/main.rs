struct User {
    name: String,
}

fn main() {
    let user = User { name: "ada" };
    println!("{}", user.name);
}
