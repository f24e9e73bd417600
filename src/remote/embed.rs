//! Embeddings for Tier 2 in the team store (`learnings.embedding`, `match_learnings`): OpenAI's
//! `POST /v1/embeddings` (`text-embedding-3-small`, 1536 dimensions) or Ollama's
//! `POST /api/embed` (`nomic-embed-text` by default; shorter vectors are padded with zeros to the
//! store's 1536, which leaves cosine distances between them as they were). Only scrubbed text
//! is sent. Without a provider, team similarity is off — with a message saying how to turn it
//! on — and nothing else changes: local similarity (FTS5) needs none.
//!
//! Environment: `SELFHEAL_EMBEDDING_PROVIDER` (`openai`, `ollama`; default: OpenAI when
//! `OPENAI_API_KEY` is set, else Ollama when `OLLAMA_HOST` is), `SELFHEAL_EMBEDDING_MODEL`,
//! `SELFHEAL_EMBEDDING_BASE_URL` (another address for the provider).

use std::time::Duration;

use serde_json::{json, Value};

use crate::home::{Environment, ProcessEnvironment};

/// The store's vector size (`extensions.vector(1536)`).
pub const DIMENSIONS: usize = 1536;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbeddingProvider {
    OpenAi,
    Ollama,
}

/// A configured embedding provider.
#[derive(Clone)]
pub struct Embedder {
    pub provider: EmbeddingProvider,
    pub model: String,
    base_url: String,
    key: Option<String>,
}

impl std::fmt::Debug for Embedder {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Embedder")
            .field("provider", &self.provider)
            .field("model", &self.model)
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl Embedder {
    /// The provider of the environment; `Err` says why team similarity is off.
    pub fn resolve() -> Result<Embedder, String> {
        Embedder::resolve_in(&ProcessEnvironment)
    }

    pub fn resolve_in(environment: &dyn Environment) -> Result<Embedder, String> {
        let provider = match environment.var("SELFHEAL_EMBEDDING_PROVIDER").as_deref() {
            Some("openai") => EmbeddingProvider::OpenAi,
            Some("ollama") => EmbeddingProvider::Ollama,
            Some(other) => {
                return Err(format!(
                    "SELFHEAL_EMBEDDING_PROVIDER={other:?}: expected `openai` or `ollama`"
                ))
            }
            None if environment.var("OPENAI_API_KEY").is_some() => EmbeddingProvider::OpenAi,
            None if environment.var("OLLAMA_HOST").is_some() => EmbeddingProvider::Ollama,
            None => {
                return Err(
                    "team similarity (Tier 2) is off: it needs embeddings — set \
                            OPENAI_API_KEY (text-embedding-3-small) or OLLAMA_HOST (with an \
                            embedding model such as nomic-embed-text); similarity with this \
                            machine's own fixes works without"
                        .into(),
                )
            }
        };
        let base = environment.var("SELFHEAL_EMBEDDING_BASE_URL");
        let (base_url, model, key) = match provider {
            EmbeddingProvider::OpenAi => (
                base.unwrap_or_else(|| "https://api.openai.com".into()),
                "text-embedding-3-small",
                Some(
                    environment
                        .var("OPENAI_API_KEY")
                        .ok_or("team similarity with OpenAI needs OPENAI_API_KEY".to_string())?,
                ),
            ),
            EmbeddingProvider::Ollama => (
                base.unwrap_or_else(|| {
                    crate::llm::config::ollama_url(
                        &environment
                            .var("OLLAMA_HOST")
                            .unwrap_or_else(|| "127.0.0.1".into()),
                    )
                }),
                "nomic-embed-text",
                None,
            ),
        };
        let model = environment
            .var("SELFHEAL_EMBEDDING_MODEL")
            .unwrap_or_else(|| model.into());
        Ok(Embedder {
            provider,
            model,
            base_url: base_url.trim_end_matches('/').to_string(),
            key,
        })
    }

    /// What a stored embedding says it came from: `openai:text-embedding-3-small`.
    pub fn model_id(&self) -> String {
        match self.provider {
            EmbeddingProvider::OpenAi => format!("openai:{}", self.model),
            EmbeddingProvider::Ollama => format!("ollama:{}", self.model),
        }
    }

    /// One vector of [`DIMENSIONS`] per text, in order.
    pub async fn embed(&self, texts: &[String]) -> Result<Vec<Vec<f32>>, String> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let (url, body) = match self.provider {
            EmbeddingProvider::OpenAi => (
                format!("{}/v1/embeddings", self.base_url),
                json!({"model": self.model, "input": texts, "dimensions": DIMENSIONS}),
            ),
            EmbeddingProvider::Ollama => (
                format!("{}/api/embed", self.base_url),
                json!({"model": self.model, "input": texts}),
            ),
        };
        // Made here, not when resolved: status lines and the stats page only ask whether a
        // provider is configured, and an HTTP client (its TLS roots) is not free to make.
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(20))
            .connect_timeout(Duration::from_secs(5))
            .build()
            .map_err(|error| error.to_string())?;
        let mut request = http.post(&url).json(&body);
        if let Some(key) = &self.key {
            request = request.bearer_auth(key);
        }
        let response = request
            .send()
            .await
            .map_err(|error| format!("the embedding provider is unreachable: {error}"))?;
        let status = response.status();
        let answer: Value = response
            .json()
            .await
            .map_err(|error| format!("the embedding provider's answer is unreadable: {error}"))?;
        if !status.is_success() {
            let message = answer
                .pointer("/error/message")
                .or_else(|| answer.get("error"))
                .and_then(Value::as_str)
                .unwrap_or("");
            return Err(format!(
                "the embedding provider refused ({status}): {message}"
            ));
        }
        let vectors: Vec<Vec<f32>> = match self.provider {
            EmbeddingProvider::OpenAi => {
                let mut data: Vec<&Value> = answer
                    .get("data")
                    .and_then(Value::as_array)
                    .map(|items| items.iter().collect())
                    .unwrap_or_default();
                data.sort_by_key(|item| item.get("index").and_then(Value::as_u64).unwrap_or(0));
                data.iter()
                    .map(|item| floats(item.get("embedding")))
                    .collect()
            }
            EmbeddingProvider::Ollama => answer
                .get("embeddings")
                .and_then(Value::as_array)
                .map(|items| items.iter().map(|item| floats(Some(item))).collect())
                .unwrap_or_default(),
        };
        if vectors.len() != texts.len() {
            return Err(format!(
                "the embedding provider answered {} vectors for {} texts",
                vectors.len(),
                texts.len()
            ));
        }
        vectors.into_iter().map(to_store_size).collect()
    }
}

fn floats(value: Option<&Value>) -> Vec<f32> {
    value
        .and_then(Value::as_array)
        .map(|numbers| {
            numbers
                .iter()
                .filter_map(Value::as_f64)
                .map(|x| x as f32)
                .collect()
        })
        .unwrap_or_default()
}

/// Padded with zeros to [`DIMENSIONS`] (cosine distances unchanged); longer is refused.
fn to_store_size(mut vector: Vec<f32>) -> Result<Vec<f32>, String> {
    match vector.len() {
        0 => Err("the embedding provider answered an empty vector".into()),
        n if n > DIMENSIONS => Err(format!(
            "the embedding model gives {n} dimensions; the team store holds {DIMENSIONS}"
        )),
        _ => {
            vector.resize(DIMENSIONS, 0.0);
            Ok(vector)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Fake(HashMap<&'static str, &'static str>);

    impl Environment for Fake {
        fn var(&self, name: &str) -> Option<String> {
            self.0.get(name).map(|value| value.to_string())
        }
        fn config_file(&self) -> Option<String> {
            None
        }
    }

    #[test]
    fn without_a_provider_team_similarity_is_off_and_says_how_to_turn_it_on() {
        let error = Embedder::resolve_in(&Fake(HashMap::new())).unwrap_err();
        assert!(
            error.contains("OPENAI_API_KEY") && error.contains("OLLAMA_HOST"),
            "{error}"
        );
        let openai = Embedder::resolve_in(&Fake([("OPENAI_API_KEY", "sk-x")].into())).unwrap();
        assert_eq!(openai.model_id(), "openai:text-embedding-3-small");
        let ollama = Embedder::resolve_in(&Fake([("OLLAMA_HOST", "gpu-box")].into())).unwrap();
        assert_eq!(ollama.base_url, "http://gpu-box:11434");
        assert_eq!(ollama.model_id(), "ollama:nomic-embed-text");
    }

    #[test]
    fn shorter_vectors_are_padded_and_longer_ones_refused() {
        assert_eq!(to_store_size(vec![0.5; 768]).unwrap().len(), DIMENSIONS);
        assert!(to_store_size(vec![0.5; 3072]).is_err());
    }
}
