#[derive(Debug)]
pub struct Client {
    pub host: String,
    pub port: u16,
    pub retries: u32,
}

pub fn connect(host: &str, port: u16, retries: u32) -> Client {
    Client { host: host.to_string(), port, retries }
}
