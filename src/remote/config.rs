//! Which team store selfheal talks to, and as whom: from the environment, or the `[team]` table
//! of `$SELFHEAL_HOME/config.toml` (the environment wins). Nothing configured is not an error
//! anywhere: local memory works alone, and `selfheal sync` says how to set a team up.
//!
//! Environment: `SUPABASE_URL` (the project's address; its REST API is `${SUPABASE_URL}/rest/v1`),
//! `SUPABASE_KEY` (the project's anon or publishable key, or a service key in CI),
//! `SELFHEAL_PROJECT` (the team project's id in the store), `SELFHEAL_TEAM_TOKEN` (a team's
//! shared token, for teams without Supabase Auth accounts), `SELFHEAL_SUPABASE_JWT` (a signed-in
//! member's access token), `SELFHEAL_SUPABASE_REST_URL` (the REST base itself, when it is not at
//! `/rest/v1`: a bare PostgREST serves at `/`).

use serde::Deserialize;

use crate::home::{Environment, ProcessEnvironment};

/// A team store to sync with.
#[derive(Clone, PartialEq, Eq)]
pub struct TeamConfig {
    /// The REST base: `${SUPABASE_URL}/rest/v1`, or `SELFHEAL_SUPABASE_REST_URL`. No trailing `/`.
    pub rest_url: String,
    /// Sent as `apikey` on every request.
    pub key: String,
    /// The project's id in the team store (`projects.id`).
    pub project: String,
    /// Sent as `x-selfheal-team-token` (its sha256 is what the store keeps).
    pub team_token: Option<String>,
    /// A signed-in member's JWT, sent as `Authorization: Bearer` (else the key, when it is a JWT).
    pub user_jwt: Option<String>,
}

impl std::fmt::Debug for TeamConfig {
    /// Keys and tokens are never printed.
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("TeamConfig")
            .field("rest_url", &self.rest_url)
            .field("project", &self.project)
            .field("team_token", &self.team_token.as_ref().map(|_| "…"))
            .field("user_jwt", &self.user_jwt.as_ref().map(|_| "…"))
            .finish_non_exhaustive()
    }
}

/// Why there is no team store: what is missing, said so that a person can fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotConfigured(pub String);

impl std::fmt::Display for NotConfigured {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl std::error::Error for NotConfigured {}

/// The `[team]` table of config.toml; both spellings of each key are taken.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct Settings {
    url: Option<String>,
    key: Option<String>,
    project: Option<String>,
    #[serde(alias = "teamToken")]
    token: Option<String>,
    #[serde(alias = "restUrl")]
    rest_url: Option<String>,
    #[serde(alias = "userJwt")]
    user_jwt: Option<String>,
}

impl TeamConfig {
    /// The team store of the process environment and `$SELFHEAL_HOME/config.toml`.
    pub fn resolve() -> Result<TeamConfig, NotConfigured> {
        TeamConfig::resolve_in(&ProcessEnvironment)
    }

    /// Whether a team store is configured at all (cheap: for deciding whether to queue).
    pub fn configured() -> bool {
        TeamConfig::resolve().is_ok()
    }

    pub fn resolve_in(environment: &dyn Environment) -> Result<TeamConfig, NotConfigured> {
        let file: Settings = match environment.config_file() {
            Some(text) => {
                #[derive(Deserialize, Default)]
                struct File {
                    #[serde(default)]
                    team: Settings,
                }
                toml::from_str::<File>(&text)
                    .map_err(|error| NotConfigured(format!("config.toml: {error}")))?
                    .team
            }
            None => Settings::default(),
        };
        let pick = |variable: &str, from_file: Option<String>| {
            environment
                .var(variable)
                .or(from_file)
                .map(|value| value.trim().to_string())
                .filter(|value| !value.is_empty())
        };
        let url = pick("SUPABASE_URL", file.url);
        let rest_url = pick("SELFHEAL_SUPABASE_REST_URL", file.rest_url);
        let key = pick("SUPABASE_KEY", file.key);
        let project = pick("SELFHEAL_PROJECT", file.project);
        let team_token = pick("SELFHEAL_TEAM_TOKEN", file.token);
        let user_jwt = pick("SELFHEAL_SUPABASE_JWT", file.user_jwt);
        if url.is_none() && rest_url.is_none() && key.is_none() {
            return Err(NotConfigured(
                "team sync is not configured: set SUPABASE_URL, SUPABASE_KEY and SELFHEAL_PROJECT \
                 (or a [team] table in $SELFHEAL_HOME/config.toml). See the README, \"Team memory \
                 (Supabase)\"."
                    .into(),
            ));
        }
        let rest_url = match (rest_url, url) {
            (Some(rest), _) => rest,
            (None, Some(url)) => format!("{}/rest/v1", url.trim_end_matches('/')),
            (None, None) => {
                return Err(NotConfigured(
                    "team sync needs SUPABASE_URL (the project's address)".into(),
                ))
            }
        };
        if !(rest_url.starts_with("https://") || rest_url.starts_with("http://")) {
            return Err(NotConfigured(format!(
                "team sync: SUPABASE_URL must start with https:// (found {rest_url:?})"
            )));
        }
        let key = key.ok_or_else(|| {
            NotConfigured("team sync needs SUPABASE_KEY (the project's anon key)".into())
        })?;
        let project = project.ok_or_else(|| {
            NotConfigured(
                "team sync needs SELFHEAL_PROJECT (the team project's id in the store)".into(),
            )
        })?;
        Ok(TeamConfig {
            rest_url: rest_url.trim_end_matches('/').to_string(),
            key,
            project,
            team_token,
            user_jwt,
        })
    }

    /// What `Authorization: Bearer` carries: the member's JWT, else the key when it is one (a
    /// Supabase anon or service key); `None` for publishable keys (`sb_publishable_…`), which go
    /// as `apikey` only.
    pub fn bearer(&self) -> Option<&str> {
        self.user_jwt
            .as_deref()
            .or_else(|| is_jwt(&self.key).then_some(self.key.as_str()))
    }
}

/// Three base64url parts, the first a JSON header (`eyJ…`).
fn is_jwt(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    parts.len() == 3
        && parts[0].starts_with("eyJ")
        && parts.iter().all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Fake(HashMap<&'static str, &'static str>, Option<&'static str>);

    impl Environment for Fake {
        fn var(&self, name: &str) -> Option<String> {
            self.0.get(name).map(|value| value.to_string())
        }
        fn config_file(&self) -> Option<String> {
            self.1.map(str::to_string)
        }
    }

    fn environment(vars: &[(&'static str, &'static str)], file: Option<&'static str>) -> Fake {
        Fake(vars.iter().copied().collect(), file)
    }

    #[test]
    fn nothing_configured_says_what_to_set() {
        let error = TeamConfig::resolve_in(&environment(&[], None)).unwrap_err();
        assert!(
            error.0.starts_with("team sync is not configured"),
            "{error}"
        );
        assert!(error.0.contains("SUPABASE_URL") && error.0.contains("SELFHEAL_PROJECT"));
    }

    #[test]
    fn the_rest_api_is_under_rest_v1_and_the_environment_beats_the_file() {
        let file = "[team]\nurl = \"https://file.supabase.co\"\nkey = \"k\"\nproject = \"p\"\n";
        let config = TeamConfig::resolve_in(&environment(
            &[("SUPABASE_URL", "https://abc.supabase.co/")],
            Some(file),
        ))
        .unwrap();
        assert_eq!(config.rest_url, "https://abc.supabase.co/rest/v1");
        assert_eq!(config.project, "p");
        let bare = TeamConfig::resolve_in(&environment(
            &[("SELFHEAL_SUPABASE_REST_URL", "http://127.0.0.1:3000/")],
            Some(file),
        ))
        .unwrap();
        assert_eq!(bare.rest_url, "http://127.0.0.1:3000");
    }

    #[test]
    fn a_missing_part_is_named() {
        let error = TeamConfig::resolve_in(&environment(
            &[
                ("SUPABASE_URL", "https://abc.supabase.co"),
                ("SUPABASE_KEY", "k"),
            ],
            None,
        ))
        .unwrap_err();
        assert!(error.0.contains("SELFHEAL_PROJECT"), "{error}");
        let error = TeamConfig::resolve_in(&environment(
            &[
                ("SUPABASE_URL", "abc.supabase.co"),
                ("SUPABASE_KEY", "k"),
                ("SELFHEAL_PROJECT", "p"),
            ],
            None,
        ))
        .unwrap_err();
        assert!(error.0.contains("https://"), "{error}");
    }

    #[test]
    fn the_key_is_the_bearer_only_when_it_is_a_jwt_and_a_member_token_wins() {
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJl";
        let base = [
            ("SUPABASE_URL", "https://a.supabase.co"),
            ("SELFHEAL_PROJECT", "p"),
        ];
        let with = |extra: &[(&'static str, &'static str)]| {
            let vars: Vec<_> = base.iter().chain(extra).copied().collect();
            TeamConfig::resolve_in(&environment(&vars, None)).unwrap()
        };
        assert_eq!(with(&[("SUPABASE_KEY", jwt)]).bearer(), Some(jwt));
        assert_eq!(
            with(&[("SUPABASE_KEY", "sb_publishable_abc")]).bearer(),
            None
        );
        assert_eq!(
            with(&[
                ("SUPABASE_KEY", jwt),
                ("SELFHEAL_SUPABASE_JWT", "eyJa.eyJb.c")
            ])
            .bearer(),
            Some("eyJa.eyJb.c")
        );
        let printed = format!(
            "{:?}",
            with(&[("SUPABASE_KEY", jwt), ("SELFHEAL_TEAM_TOKEN", "t0k")])
        );
        assert!(
            !printed.contains(jwt) && !printed.contains("t0k"),
            "{printed}"
        );
    }
}
