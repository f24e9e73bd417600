#[derive(Debug, PartialEq)]
struct Version {
    major: u16,
    minor: u16,
    patch: u16,
}

impl FromStr for Version {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.trim_start_matches('v').split('.').collect();
        if parts.len() != 3 {
            return Err(format!("expected three parts in {:?}", s));
        }
        let num = |p: &str| u16::from_str(p).map_err(|e| format!("{}: {}", p, e));
        Ok(Version { major: num(parts[0])?, minor: num(parts[1])?, patch: num(parts[2])? })
    }
}

fn main() {
    let mut versions: Vec<Version> = ["v1.2.3", "0.9.12", "v1.10.0"]
        .iter()
        .map(|s| s.parse().expect("valid version"))
        .collect();
    versions.sort_by_key(|v| (v.major, v.minor, v.patch));
    println!("{:?}", versions.last());
    assert_eq!(versions[2], Version { major: 1, minor: 10, patch: 0 });
    assert!("1.x.3".parse::<Version>().is_err());
}
