use std::collections::HashSet;

fn unique_domains(emails: &[&str]) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for e in emails {
        if let Some((_, domain)) = e.rsplit_once('@') {
            let d = domain.to_ascii_lowercase();
            if seen.insert(d.clone()) {
                out.push(d);
            }
        }
    }
    out
}

fn main() {
    let emails = ["a@Example.com", "b@example.com", "c@rust-lang.org", "broken"];
    println!("{:?}", unique_domains(&emails));
}
