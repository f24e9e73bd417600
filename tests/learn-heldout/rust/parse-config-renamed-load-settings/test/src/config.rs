//! Settings file parsing (`parse_config` was renamed `load_settings`).
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub name: String,
    pub port: u16,
    pub extra: BTreeMap<String, String>,
}

pub fn load_settings(text: &str) -> Result<Settings, String> {
    let mut name = None;
    let mut port = None;
    let mut extra = BTreeMap::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, v) = line
            .split_once('=')
            .ok_or_else(|| format!("line {}: expected key = value", n + 1))?;
        let (k, v) = (k.trim(), v.trim());
        match k {
            "name" => name = Some(v.to_string()),
            "port" => port = Some(v.parse::<u16>().map_err(|e| format!("line {}: {}", n + 1, e))?),
            _ => {
                extra.insert(k.to_string(), v.to_string());
            }
        }
    }
    Ok(Settings {
        name: name.ok_or("missing name")?,
        port: port.unwrap_or(8080),
        extra,
    })
}
