/// Database limits. `max_conn` was renamed `max_connections`.
#[derive(Debug, Clone)]
pub struct DbConfig {
    pub url: String,
    pub max_connections: u32,
    pub idle_secs: u64,
}

impl Default for DbConfig {
    fn default() -> Self {
        DbConfig { url: "postgres://localhost/app".into(), max_connections: 10, idle_secs: 300 }
    }
}
