#[derive(Debug, Clone)]
pub struct Settings {
    pub verbose: bool,
    pub retries: u32,
    pub name: String,
}
