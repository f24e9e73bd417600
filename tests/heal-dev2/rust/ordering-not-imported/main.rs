#[derive(Debug)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

fn parse(v: &str) -> Option<Version> {
    let mut parts = v.split('.').map(|p| p.parse::<u32>().ok());
    Some(Version { major: parts.next()??, minor: parts.next()??, patch: parts.next()?? })
}

fn compare(a: &Version, b: &Version) -> Ordering {
    a.major.cmp(&b.major)
        .then(a.minor.cmp(&b.minor))
        .then(a.patch.cmp(&b.patch))
}

fn main() {
    let a = parse("1.4.2").unwrap();
    let b = parse("1.10.0").unwrap();
    match compare(&a, &b) {
        Ordering::Less => println!("{:?} is older", a),
        Ordering::Equal => println!("same"),
        Ordering::Greater => println!("{:?} is newer", a),
    }
}
