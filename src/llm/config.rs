//! Which LLM provider "propose fix" asks, and how: from the editor's `llm` settings, the
//! environment, or the `[llm]` table of `$SELFHEAL_HOME/config.toml`, in that order of precedence.
//! No provider configured is not an error anywhere else: "propose fix" says how to configure one.
//!
//! Environment: `SELFHEAL_LLM_PROVIDER` (`anthropic`, `openai`, `ollama`), `ANTHROPIC_API_KEY`,
//! `OPENAI_API_KEY`, `OLLAMA_HOST`, `SELFHEAL_LLM_BASE_URL`, `SELFHEAL_LLM_MODEL`,
//! `SELFHEAL_LLM_TIMEOUT` (seconds), `SELFHEAL_LLM_DAILY_BUDGET` (requests per UTC day).
//! Without `SELFHEAL_LLM_PROVIDER` the first provider with a key (or `OLLAMA_HOST`) is used:
//! Anthropic, then OpenAI, then Ollama.

use std::time::Duration;

use serde::Deserialize;

/// The three wire formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    /// Anthropic's Messages API (`POST /v1/messages`).
    Anthropic,
    /// Any OpenAI-compatible chat-completions endpoint (`POST {base}/chat/completions`):
    /// OpenAI, llama.cpp's server, vLLM, LM Studio.
    OpenAi,
    /// Ollama (`POST /api/chat`, `stream: false`).
    Ollama,
}

impl ProviderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::Anthropic => "anthropic",
            ProviderKind::OpenAi => "openai",
            ProviderKind::Ollama => "ollama",
        }
    }

    pub fn parse(name: &str) -> Option<ProviderKind> {
        match name.trim().to_ascii_lowercase().as_str() {
            "anthropic" | "claude" => Some(ProviderKind::Anthropic),
            "openai" | "openai-compatible" => Some(ProviderKind::OpenAi),
            "ollama" => Some(ProviderKind::Ollama),
            _ => None,
        }
    }

    /// The base URL when none is configured.
    pub fn default_base_url(self) -> &'static str {
        match self {
            ProviderKind::Anthropic => "https://api.anthropic.com",
            ProviderKind::OpenAi => "https://api.openai.com/v1",
            ProviderKind::Ollama => "http://127.0.0.1:11434",
        }
    }

    /// The model when none is configured.
    pub fn default_model(self) -> &'static str {
        match self {
            ProviderKind::Anthropic => "claude-sonnet-4-5",
            ProviderKind::OpenAi => "gpt-4.1",
            ProviderKind::Ollama => "qwen2.5-coder:7b",
        }
    }

    /// The environment variable holding the key, for providers that need one.
    pub fn key_variable(self) -> Option<&'static str> {
        match self {
            ProviderKind::Anthropic => Some("ANTHROPIC_API_KEY"),
            ProviderKind::OpenAi => Some("OPENAI_API_KEY"),
            ProviderKind::Ollama => None,
        }
    }
}

/// Everything the client needs to ask one provider.
#[derive(Clone, PartialEq)]
pub struct LlmConfig {
    pub provider: ProviderKind,
    pub model: String,
    /// Without a trailing slash: `https://api.anthropic.com`, `http://127.0.0.1:8080/v1`.
    pub base_url: String,
    pub api_key: Option<String>,
    /// One request's timeout.
    pub timeout: Duration,
    /// The hard cap on one proposal, retries and waits included.
    pub deadline: Duration,
    /// Retries after the first try, for 429, 5xx, 529 and connection errors only.
    pub max_retries: u32,
    /// The first backoff; each retry doubles it (full jitter), `retry-after` wins when given.
    pub retry_base: Duration,
    /// The reply's token limit.
    pub max_tokens: u32,
    /// Requests per UTC day, retries included.
    pub daily_budget: u32,
    /// Ask for the whole window rewritten instead of SEARCH/REPLACE blocks (small local models
    /// do better so); on by default for Ollama.
    pub whole_window: bool,
    /// Glob patterns of files never sent (besides `.env` files, keys and credentials, which
    /// never are): matched against the path relative to the workspace and the file name.
    pub exclude: Vec<String>,
}

impl std::fmt::Debug for LlmConfig {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("LlmConfig")
            .field("provider", &self.provider)
            .field("model", &self.model)
            .field("base_url", &self.base_url)
            .field("api_key", &self.api_key.as_ref().map(|_| "<set>"))
            .field("timeout", &self.timeout)
            .field("daily_budget", &self.daily_budget)
            .finish_non_exhaustive()
    }
}

/// Defaults of the limits.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(180);
pub const DEFAULT_MAX_RETRIES: u32 = 3;
pub const DEFAULT_RETRY_BASE: Duration = Duration::from_millis(500);
pub const DEFAULT_MAX_TOKENS: u32 = 2048;
pub const DEFAULT_DAILY_BUDGET: u32 = 100;

/// No provider is configured, or its configuration is incomplete; `Display` says how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct NotConfigured(pub String);

impl NotConfigured {
    fn none() -> NotConfigured {
        NotConfigured(
            "\"propose fix\" is not configured: no LLM provider is set. Set one of: ANTHROPIC_API_KEY \
             (Anthropic), OPENAI_API_KEY (OpenAI, or any OpenAI-compatible server with \
             SELFHEAL_LLM_PROVIDER=openai and SELFHEAL_LLM_BASE_URL), OLLAMA_HOST (a local \
             Ollama); or the `llm` settings of your editor; or an [llm] table in \
             $SELFHEAL_HOME/config.toml. See the README, \"Propose fix with an LLM\"."
                .to_string(),
        )
    }
}

/// Settings as the editor sends them (`llm` in the server's settings) or the config file holds
/// them (`[llm]`); both spellings of each key are taken.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct Settings {
    provider: Option<String>,
    model: Option<String>,
    #[serde(alias = "baseUrl")]
    base_url: Option<String>,
    #[serde(alias = "apiKey")]
    api_key: Option<String>,
    #[serde(alias = "timeoutSeconds")]
    timeout_seconds: Option<f64>,
    #[serde(alias = "deadlineSeconds")]
    deadline_seconds: Option<f64>,
    #[serde(alias = "maxRetries")]
    max_retries: Option<u32>,
    #[serde(alias = "retryBaseMs")]
    retry_base_ms: Option<u64>,
    #[serde(alias = "maxTokens")]
    max_tokens: Option<u32>,
    #[serde(alias = "dailyBudget")]
    daily_budget: Option<u32>,
    #[serde(alias = "wholeWindow")]
    whole_window: Option<bool>,
    exclude: Option<Vec<String>>,
}

impl Settings {
    /// `self` with what it does not say taken from `other`.
    fn or(self, other: Settings) -> Settings {
        Settings {
            provider: self.provider.or(other.provider),
            model: self.model.or(other.model),
            base_url: self.base_url.or(other.base_url),
            api_key: self.api_key.or(other.api_key),
            timeout_seconds: self.timeout_seconds.or(other.timeout_seconds),
            deadline_seconds: self.deadline_seconds.or(other.deadline_seconds),
            max_retries: self.max_retries.or(other.max_retries),
            retry_base_ms: self.retry_base_ms.or(other.retry_base_ms),
            max_tokens: self.max_tokens.or(other.max_tokens),
            daily_budget: self.daily_budget.or(other.daily_budget),
            whole_window: self.whole_window.or(other.whole_window),
            exclude: match (self.exclude, other.exclude) {
                (Some(mut mine), Some(theirs)) => {
                    mine.extend(theirs);
                    Some(mine)
                }
                (mine, theirs) => mine.or(theirs),
            },
        }
    }
}

pub use crate::home::{Environment, ProcessEnvironment};

impl LlmConfig {
    /// The provider configured by the editor's `llm` settings, the process environment and
    /// `$SELFHEAL_HOME/config.toml`.
    pub fn resolve(
        editor_settings: Option<&serde_json::Value>,
    ) -> Result<LlmConfig, NotConfigured> {
        LlmConfig::resolve_in(editor_settings, &ProcessEnvironment)
    }

    pub fn resolve_in(
        editor_settings: Option<&serde_json::Value>,
        environment: &dyn Environment,
    ) -> Result<LlmConfig, NotConfigured> {
        let editor: Settings = match editor_settings {
            Some(value) if value.is_object() => serde_json::from_value(value.clone())
                .map_err(|error| NotConfigured(format!("the editor's `llm` settings: {error}")))?,
            _ => Settings::default(),
        };
        let file: Settings = match environment.config_file() {
            Some(text) => {
                #[derive(Deserialize, Default)]
                struct File {
                    #[serde(default)]
                    llm: Settings,
                }
                toml::from_str::<File>(&text)
                    .map_err(|error| NotConfigured(format!("config.toml: {error}")))?
                    .llm
            }
            None => Settings::default(),
        };
        let var = |name: &str| environment.var(name);
        let from_environment = Settings {
            provider: var("SELFHEAL_LLM_PROVIDER"),
            model: var("SELFHEAL_LLM_MODEL"),
            base_url: var("SELFHEAL_LLM_BASE_URL"),
            timeout_seconds: var("SELFHEAL_LLM_TIMEOUT").and_then(|v| v.parse().ok()),
            daily_budget: var("SELFHEAL_LLM_DAILY_BUDGET").and_then(|v| v.parse().ok()),
            retry_base_ms: var("SELFHEAL_LLM_RETRY_BASE_MS").and_then(|v| v.parse().ok()),
            ..Settings::default()
        };
        let settings = editor.or(from_environment).or(file);
        let provider = match settings
            .provider
            .as_deref()
            .filter(|p| !p.trim().is_empty())
        {
            Some(name) => ProviderKind::parse(name).ok_or_else(|| {
                NotConfigured(format!(
                    "unknown LLM provider {name:?}: use anthropic, openai or ollama"
                ))
            })?,
            None if var("ANTHROPIC_API_KEY").is_some() => ProviderKind::Anthropic,
            None if var("OPENAI_API_KEY").is_some() => ProviderKind::OpenAi,
            None if var("OLLAMA_HOST").is_some() => ProviderKind::Ollama,
            None => return Err(NotConfigured::none()),
        };
        let api_key = settings
            .api_key
            .or_else(|| provider.key_variable().and_then(var));
        let explicit_base = settings.base_url.is_some();
        let base_url = settings
            .base_url
            .or_else(|| match provider {
                ProviderKind::Ollama => var("OLLAMA_HOST").map(|host| ollama_url(&host)),
                _ => None,
            })
            .unwrap_or_else(|| provider.default_base_url().to_string());
        // A hosted provider needs its key; an OpenAI-compatible server of one's own may not.
        if api_key.is_none() {
            match provider {
                ProviderKind::Anthropic => {
                    return Err(NotConfigured(
                        "the Anthropic provider needs ANTHROPIC_API_KEY (or `apiKey` in the \
                         settings)"
                            .to_string(),
                    ))
                }
                ProviderKind::OpenAi if !explicit_base => {
                    return Err(NotConfigured(
                        "the OpenAI provider needs OPENAI_API_KEY, or SELFHEAL_LLM_BASE_URL for \
                         an OpenAI-compatible server that takes no key"
                            .to_string(),
                    ))
                }
                _ => {}
            }
        }
        let seconds = |value: Option<f64>, default: Duration| match value {
            Some(s) if s.is_finite() && s > 0.0 => Duration::from_secs_f64(s),
            _ => default,
        };
        Ok(LlmConfig {
            provider,
            model: settings
                .model
                .unwrap_or_else(|| provider.default_model().to_string()),
            base_url: base_url.trim_end_matches('/').to_string(),
            api_key,
            timeout: seconds(settings.timeout_seconds, DEFAULT_TIMEOUT),
            deadline: seconds(settings.deadline_seconds, DEFAULT_DEADLINE),
            max_retries: settings.max_retries.unwrap_or(DEFAULT_MAX_RETRIES),
            retry_base: settings
                .retry_base_ms
                .map(Duration::from_millis)
                .unwrap_or(DEFAULT_RETRY_BASE),
            max_tokens: settings.max_tokens.unwrap_or(DEFAULT_MAX_TOKENS),
            daily_budget: settings.daily_budget.unwrap_or(DEFAULT_DAILY_BUDGET),
            whole_window: settings
                .whole_window
                .unwrap_or(provider == ProviderKind::Ollama),
            exclude: settings.exclude.unwrap_or_default(),
        })
    }

    /// `anthropic (claude-sonnet-4-5)`: how the provider is named to a person.
    pub fn describe(&self) -> String {
        format!("{} ({})", self.provider.as_str(), self.model)
    }
}

/// `OLLAMA_HOST` as Ollama itself reads it: `host`, `host:port` or a URL.
pub(crate) fn ollama_url(host: &str) -> String {
    let host = host.trim();
    let with_scheme = match host.contains("://") {
        true => host.to_string(),
        false => format!("http://{host}"),
    };
    let after_scheme = with_scheme
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or("");
    let authority = after_scheme.split('/').next().unwrap_or("");
    match authority.contains(':') {
        true => with_scheme,
        false => format!("{}:11434", with_scheme.trim_end_matches('/')),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Fake(HashMap<&'static str, &'static str>, Option<&'static str>);

    impl Environment for Fake {
        fn var(&self, name: &str) -> Option<String> {
            self.0.get(name).map(|v| v.to_string())
        }
        fn config_file(&self) -> Option<String> {
            self.1.map(str::to_string)
        }
    }

    fn environment(vars: &[(&'static str, &'static str)], file: Option<&'static str>) -> Fake {
        Fake(vars.iter().copied().collect(), file)
    }

    #[test]
    fn nothing_configured_says_how_to_configure_a_provider() {
        let error = LlmConfig::resolve_in(None, &environment(&[], None)).unwrap_err();
        assert!(error.0.contains("ANTHROPIC_API_KEY"), "{error}");
        assert!(error.0.contains("OLLAMA_HOST"), "{error}");
    }

    #[test]
    fn the_first_provider_with_a_key_is_chosen_and_anthropic_comes_first() {
        let both = environment(
            &[("OPENAI_API_KEY", "sk-o"), ("ANTHROPIC_API_KEY", "sk-a")],
            None,
        );
        let config = LlmConfig::resolve_in(None, &both).unwrap();
        assert_eq!(config.provider, ProviderKind::Anthropic);
        assert_eq!(config.api_key.as_deref(), Some("sk-a"));
        assert_eq!(config.base_url, "https://api.anthropic.com");
        let openai = environment(&[("OPENAI_API_KEY", "sk-o")], None);
        let config = LlmConfig::resolve_in(None, &openai).unwrap();
        assert_eq!(config.provider, ProviderKind::OpenAi);
        assert!(!config.whole_window);
        assert!(
            !format!("{config:?}").contains("sk-o"),
            "keys never reach logs"
        );
    }

    #[test]
    fn ollama_host_is_read_as_ollama_reads_it() {
        let config =
            LlmConfig::resolve_in(None, &environment(&[("OLLAMA_HOST", "127.0.0.1")], None))
                .unwrap();
        assert_eq!(config.provider, ProviderKind::Ollama);
        assert_eq!(config.base_url, "http://127.0.0.1:11434");
        assert!(config.whole_window);
        assert_eq!(ollama_url("http://box:8000/"), "http://box:8000/");
        assert_eq!(ollama_url("box:9"), "http://box:9");
    }

    #[test]
    fn editor_settings_beat_the_environment_which_beats_the_file() {
        let file = "[llm]\nprovider = \"ollama\"\nmodel = \"from-file\"\ndaily_budget = 7\n\
                    exclude = [\"secrets/*\"]\n";
        let env = environment(
            &[
                ("SELFHEAL_LLM_PROVIDER", "openai"),
                ("SELFHEAL_LLM_BASE_URL", "http://127.0.0.1:8080/v1/"),
                ("SELFHEAL_LLM_TIMEOUT", "1.5"),
            ],
            Some(file),
        );
        let config = LlmConfig::resolve_in(None, &env).unwrap();
        assert_eq!(config.provider, ProviderKind::OpenAi);
        assert_eq!(config.base_url, "http://127.0.0.1:8080/v1");
        assert_eq!(
            config.api_key, None,
            "an own OpenAI-compatible server needs no key"
        );
        assert_eq!(config.model, "from-file");
        assert_eq!(config.daily_budget, 7);
        assert_eq!(config.timeout, Duration::from_millis(1500));
        assert_eq!(config.exclude, vec!["secrets/*".to_string()]);
        let editor = serde_json::json!({"provider": "anthropic", "apiKey": "k", "model": "m"});
        let config = LlmConfig::resolve_in(Some(&editor), &env).unwrap();
        assert_eq!(config.provider, ProviderKind::Anthropic);
        assert_eq!(config.model, "m");
    }

    #[test]
    fn a_hosted_provider_without_its_key_is_refused_with_the_variable_named() {
        let env = environment(&[("SELFHEAL_LLM_PROVIDER", "anthropic")], None);
        let error = LlmConfig::resolve_in(None, &env).unwrap_err();
        assert!(error.0.contains("ANTHROPIC_API_KEY"));
        let env = environment(&[("SELFHEAL_LLM_PROVIDER", "gemini")], None);
        assert!(LlmConfig::resolve_in(None, &env)
            .unwrap_err()
            .0
            .contains("gemini"));
    }
}
