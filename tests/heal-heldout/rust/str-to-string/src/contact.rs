#[derive(Debug)]
pub struct Contact {
    pub name: String,
    pub email: String,
    pub tags: Vec<String>,
}

impl Contact {
    pub fn display(&self) -> String {
        format!("{} <{}> [{}]", self.name, self.email, self.tags.join(", "))
    }
}
