use std::fmt::Display;

struct Version(u32, u32);

impl Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.0, self.1)
    }
}

fn main() {
    println!("{}", Version(1, 2));
}
