fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn main() {
    let phrases = vec![
        String::from("A man, a plan, a canal: Panama"),
        String::from("Never odd or even"),
        String::from("Rust is fun"),
    ];
    let mut count = 0;
    for p in phrases {
        let joined = format!("{}", p);
        if is_palindrome(joined) {
            count += 1;
            println!("palindrome: {}", p);
        }
    }
    assert_eq!(count, 2);
}
