//! Where selfheal keeps its data: `$SELFHEAL_HOME`, else the platform's data directory (the rule
//! lives in `store::default_data_directory`; this is the short form for everything else).

use std::path::PathBuf;

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
