//! Builds the listening address from the settings file.
use crate::config;

pub struct Server {
    pub addr: String,
    pub workers: usize,
}

impl Server {
    pub fn from_text(text: &str) -> Result<Server, String> {
        let s = config::parse_config(text)?;
        let workers = s
            .extra
            .get("workers")
            .map(|w| w.parse::<usize>().map_err(|e| e.to_string()))
            .transpose()?
            .unwrap_or(4);
        Ok(Server {
            addr: format!("0.0.0.0:{}", s.port),
            workers,
        })
    }
}
