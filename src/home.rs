//! Where selfheal keeps its data: `$SELFHEAL_HOME`, else the platform's data directory.

use std::path::PathBuf;

/// The data directory (not created here).
pub fn data_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("SELFHEAL_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(home);
    }
    platform_data_dir().join("selfheal")
}

/// Where the user's and the team's own patterns live.
pub fn user_patterns_dir() -> PathBuf {
    data_dir().join("patterns")
}

fn platform_data_dir() -> PathBuf {
    let env = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if cfg!(windows) {
        return env("APPDATA").unwrap_or_else(|| PathBuf::from("."));
    }
    let home = env("HOME").unwrap_or_else(|| PathBuf::from("."));
    if cfg!(target_os = "macos") {
        return home.join("Library/Application Support");
    }
    env("XDG_DATA_HOME").unwrap_or_else(|| home.join(".local/share"))
}
