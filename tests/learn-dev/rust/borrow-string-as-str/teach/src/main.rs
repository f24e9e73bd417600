fn greeting(name: &str, lang: &str) -> String {
    match lang {
        "fi" => format!("Hei {name}!"),
        "pt" => format!("Olá {name}!"),
        _ => format!("Hello {name}!"),
    }
}

fn main() {
    let rows = vec![("Aino Korhonen", "fi"), ("João Reis", "pt"), ("Sam Lee", "en")];
    for (full, lang) in rows {
        let first: String = full.split(' ').next().unwrap_or(full).to_string();
        println!("{}", greeting(first, lang));
    }
}
