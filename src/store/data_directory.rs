//! Where the database lives when no path is given: `$SELFHEAL_HOME`, else the platform's data
//! directory. Computed here rather than with a crate because it is four environment variables.

use std::ffi::OsString;
use std::path::PathBuf;

use super::StoreError;

/// The operating systems whose conventions for per-user data differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlatformConvention {
    /// Linux and the BSDs: the XDG base directory specification.
    Xdg,
    MacOs,
    Windows,
}

impl PlatformConvention {
    pub fn of_this_build() -> PlatformConvention {
        if cfg!(target_os = "macos") {
            PlatformConvention::MacOs
        } else if cfg!(windows) {
            PlatformConvention::Windows
        } else {
            PlatformConvention::Xdg
        }
    }
}

/// The directory for `selfheal.db` under this process's environment.
pub fn default_data_directory() -> Result<PathBuf, StoreError> {
    data_directory_for(PlatformConvention::of_this_build(), |name| {
        std::env::var_os(name)
    })
}

/// The directory for `selfheal.db` given a platform and a way to read the environment (so every
/// platform's rule can be tested on any one). Empty variables count as unset, as most tools do;
/// a relative `XDG_DATA_HOME` is ignored, as the XDG specification says.
pub fn data_directory_for(
    platform: PlatformConvention,
    environment_variable: impl Fn(&str) -> Option<OsString>,
) -> Result<PathBuf, StoreError> {
    let variable = |name: &str| environment_variable(name).filter(|value| !value.is_empty());
    if let Some(home) = variable("SELFHEAL_HOME") {
        return Ok(PathBuf::from(home));
    }
    match platform {
        PlatformConvention::Xdg => {
            let xdg_data_home = variable("XDG_DATA_HOME")
                .map(PathBuf::from)
                .filter(|path| path.is_absolute());
            match (xdg_data_home, variable("HOME")) {
                (Some(data_home), _) => Ok(data_home.join("selfheal")),
                (None, Some(home)) => Ok(PathBuf::from(home).join(".local/share/selfheal")),
                (None, None) => Err(StoreError::NoDataDirectory {
                    looked_at: "SELFHEAL_HOME, XDG_DATA_HOME, HOME",
                }),
            }
        }
        PlatformConvention::MacOs => match variable("HOME") {
            Some(home) => Ok(PathBuf::from(home).join("Library/Application Support/selfheal")),
            None => Err(StoreError::NoDataDirectory {
                looked_at: "SELFHEAL_HOME, HOME",
            }),
        },
        PlatformConvention::Windows => match variable("APPDATA") {
            Some(app_data) => Ok(PathBuf::from(app_data).join("selfheal")),
            None => Err(StoreError::NoDataDirectory {
                looked_at: "SELFHEAL_HOME, APPDATA",
            }),
        },
    }
}
