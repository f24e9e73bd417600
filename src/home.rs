//! Where selfheal keeps its data: `$SELFHEAL_HOME`, else the platform's data directory (the rule
//! lives in `store::default_data_directory`; this is the short form for everything else), and
//! where settings come from besides an editor: the environment and `config.toml` there.

use std::path::{Path, PathBuf};

/// The data directory (not created here); `None` when neither `SELFHEAL_HOME` nor a home
/// directory is known.
pub fn data_dir() -> Option<PathBuf> {
    crate::store::default_data_directory().ok()
}

/// Where the user's and the team's own patterns live.
pub fn user_patterns_dir() -> Option<PathBuf> {
    data_dir().map(|dir| dir.join("patterns"))
}

/// Whether the built-in pattern library and the candidate generators are used:
/// `SELFHEAL_BUILTIN=0` (or `off`) leaves only the user's own and learned patterns, to see what
/// those alone do (the learning tests and benchmark measure so).
pub fn builtin_enabled() -> bool {
    !switched_off("SELFHEAL_BUILTIN")
}

/// Whether the environment variable `name` turns something off: `0`, `off`, `false` or `no`.
pub fn switched_off(name: &str) -> bool {
    matches!(
        std::env::var(name).as_deref(),
        Ok("0" | "off" | "false" | "no")
    )
}

/// Where the settings come from besides the editor: the environment and the config file.
pub trait Environment {
    fn var(&self, name: &str) -> Option<String>;
    /// The text of `$SELFHEAL_HOME/config.toml`, when there is one.
    fn config_file(&self) -> Option<String>;
}

/// The process's environment and data directory.
pub struct ProcessEnvironment;

impl Environment for ProcessEnvironment {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name)
            .ok()
            .filter(|value| !value.trim().is_empty())
    }

    fn config_file(&self) -> Option<String> {
        let path = data_dir()?.join("config.toml");
        read_config_file(&path)
    }
}

fn read_config_file(path: &Path) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => {
            tracing::warn!("{} is not readable: {error}", path.display());
            None
        }
    }
}
