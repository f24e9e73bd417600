fn initials(full_name: &str) -> String {
    full_name
        .split(' ')
        .filter_map(|part| part.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn main() {
    let people = vec![String::from("ada lovelace"), String::from("alan mathison turing")];
    for person in &people {
        let name = person.clone();
        let short = initials(&name);
        println!("{name} -> {short}");
    }
}
