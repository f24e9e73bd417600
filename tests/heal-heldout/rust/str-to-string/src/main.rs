mod contact;

use contact::Contact;

fn main() {
    let owner = String::from("Grace Hopper");
    let c = Contact {
        name: owner,
        email: "grace@example.com",
        tags: vec!["navy".to_string(), "cobol".to_string()],
    };
    println!("{}", c.display());
}
