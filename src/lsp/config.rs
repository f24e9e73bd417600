//! The server's settings, from `initializationOptions` and `workspace/didChangeConfiguration`.
//! Settings may come flat or under a `selfheal` key (VS Code sends its whole configuration
//! section); a value of the wrong type is ignored with a warning, never fatal.

use std::collections::BTreeMap;

use super::lsp_ext::SettingsPayload;

/// The confidence below which a fix is not offered, unless configured otherwise: the one default
/// of the CLI, the server and both editors.
pub use crate::engine::DEFAULT_MIN_CONFIDENCE;

/// Learned fixes at least this confident are preferred (`isPreferred`) and, with fix-all on
/// save, applied (Governance, `docs/architecture.md`).
pub const PREFERRED_CONFIDENCE: f64 = 0.75;

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Fixes whose confidence is below this are not offered.
    pub min_confidence: f64,
    /// Offer `source.fixAll.selfheal` (learned fixes ≥ 0.75 only). Off unless configured.
    pub fix_all_on_save: bool,
    /// Named commands for `selfheal.runTask` (`{"build": "cargo build"}`).
    pub task_commands: BTreeMap<String, String>,
    /// Remote (Supabase) and LLM settings, kept for the parts that will use them.
    pub remote: Option<serde_json::Value>,
    pub llm: Option<serde_json::Value>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            min_confidence: DEFAULT_MIN_CONFIDENCE,
            fix_all_on_save: false,
            task_commands: BTreeMap::new(),
            remote: None,
            llm: None,
        }
    }
}

impl Config {
    /// Applies the settings found in `value`; what it does not mention keeps its current value.
    pub fn update_from(&mut self, value: &serde_json::Value) {
        let section = match value.get("selfheal") {
            Some(section) => section,
            None => value,
        };
        if !section.is_object() {
            return;
        }
        let payload: SettingsPayload = match serde_json::from_value(section.clone()) {
            Ok(payload) => payload,
            Err(error) => {
                tracing::warn!("ignoring selfheal settings that do not parse: {error}");
                return;
            }
        };
        match payload.min_confidence {
            Some(value) if (0.0..=1.0).contains(&value) => self.min_confidence = value,
            Some(value) => tracing::warn!("ignoring minConfidence {value}: must be within 0..=1"),
            None => {}
        }
        if let Some(fix_all_on_save) = payload.fix_all_on_save {
            self.fix_all_on_save = fix_all_on_save;
        }
        if let Some(task_commands) = payload.task_commands {
            self.task_commands = task_commands;
        }
        if payload.remote.is_some() {
            self.remote = payload.remote;
        }
        if payload.llm.is_some() {
            self.llm = payload.llm;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_flat_and_nested_settings_and_ignores_bad_values() {
        let mut config = Config::default();
        config.update_from(&serde_json::json!({"minConfidence": 0.6, "fixAllOnSave": true}));
        assert_eq!(config.min_confidence, 0.6);
        assert!(config.fix_all_on_save);
        config.update_from(&serde_json::json!({"selfheal": {
            "taskCommands": {"build": "cargo build"}, "minConfidence": 7.0}}));
        assert_eq!(config.min_confidence, 0.6);
        assert_eq!(config.task_commands["build"], "cargo build");
        config.update_from(&serde_json::json!({"fixAllOnSave": "yes"}));
        assert!(config.fix_all_on_save);
    }
}
