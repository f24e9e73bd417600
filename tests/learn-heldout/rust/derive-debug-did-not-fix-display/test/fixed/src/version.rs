use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

pub fn parse(s: &str) -> Option<Version> {
    let mut it = s.trim_start_matches('v').split('.').map(|p| p.parse::<u32>().ok());
    Some(Version { major: it.next()??, minor: it.next()??, patch: it.next()?? })
}

pub fn banner(v: Version) -> String {
    format!("tool {}", v)
}
