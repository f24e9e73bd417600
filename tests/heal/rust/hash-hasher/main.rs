use std::hash::Hash;

struct UserId(u64);

impl Hash for UserId {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

fn main() {
    let id = UserId(7);
    println!("{}", id.0);
}
