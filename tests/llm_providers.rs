//! The LLM client against `tests/support/fake_llm.py`, a local stand-in that speaks each
//! provider's documented wire format: what is sent (checked in the server's request log), how
//! replies and errors are read, retries and `retry-after`, timeouts, the circuit breaker and
//! the request budget.

mod support;

use std::net::TcpListener;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use selfheal::llm::client::{Budget, LlmClient, LlmError, Unlimited};
use selfheal::llm::config::{LlmConfig, ProviderKind};
use selfheal::llm::wire::{ChatMessage, ChatRequest, ChatRole, Completion};
use serde_json::json;
use support::fake_llm::{FakeLlm, KEY};

const PROVIDERS: [ProviderKind; 3] = [
    ProviderKind::Anthropic,
    ProviderKind::OpenAi,
    ProviderKind::Ollama,
];

/// One test per provider running `$check`, so that they run in parallel.
macro_rules! per_provider {
    ($check:ident: $anthropic:ident, $openai:ident, $ollama:ident) => {
        #[tokio::test]
        async fn $anthropic() {
            $check(ProviderKind::Anthropic).await;
        }
        #[tokio::test]
        async fn $openai() {
            $check(ProviderKind::OpenAi).await;
        }
        #[tokio::test]
        async fn $ollama() {
            $check(ProviderKind::Ollama).await;
        }
    };
}

/// The base URL a user would configure for `provider` against the stand-in.
fn base_url(server: &FakeLlm, provider: ProviderKind) -> String {
    match provider {
        ProviderKind::OpenAi => format!("{}/v1", server.base_url()),
        _ => server.base_url(),
    }
}

fn config_for(server: &FakeLlm, provider: ProviderKind) -> LlmConfig {
    config(provider, base_url(server, provider))
}

fn config(provider: ProviderKind, base_url: String) -> LlmConfig {
    LlmConfig {
        provider,
        model: format!("{}-test-model", provider.as_str()),
        base_url,
        api_key: provider.key_variable().map(|_| KEY.to_string()),
        timeout: Duration::from_secs(5),
        deadline: Duration::from_secs(15),
        max_retries: 3,
        retry_base: Duration::from_millis(5),
        max_tokens: 64,
        daily_budget: 100,
        whole_window: false,
        exclude: Vec::new(),
    }
}

fn chat() -> ChatRequest {
    ChatRequest {
        system: "You fix code.".to_string(),
        messages: vec![ChatMessage {
            role: ChatRole::User,
            content: "error[E0425]: cannot find value `x`".to_string(),
        }],
    }
}

async fn ask(config: &LlmConfig) -> Result<Completion, LlmError> {
    LlmClient::new(config)
        .unwrap()
        .complete(&chat(), &Unlimited)
        .await
}

async fn success_sends_the_documented_shape(provider: ProviderKind) {
    let server = FakeLlm::start(json!([{"text": "the fix"}]));
    let config = config_for(&server, provider);
    let completion = ask(&config).await.unwrap();
    assert_eq!(
        completion,
        Completion {
            text: "the fix".to_string(),
            truncated: false,
            model: config.model.clone()
        }
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let sent = &requests[0];
    let header = |name: &str| sent["headers"][name].as_str().map(str::to_string);
    assert_eq!(header("content-type").as_deref(), Some("application/json"));
    let user = json!({"role": "user", "content": "error[E0425]: cannot find value `x`"});
    let system = json!({"role": "system", "content": "You fix code."});
    match provider {
        ProviderKind::Anthropic => {
            assert_eq!(sent["path"], "/v1/messages");
            assert_eq!(header("x-api-key").as_deref(), Some(KEY));
            assert_eq!(header("anthropic-version").as_deref(), Some("2023-06-01"));
            assert_eq!(header("authorization"), None);
            assert_eq!(
                sent["body"],
                json!({"model": config.model, "max_tokens": 64, "system": "You fix code.",
                       "messages": [user], "temperature": 0})
            );
        }
        ProviderKind::OpenAi => {
            assert_eq!(sent["path"], "/v1/chat/completions");
            assert_eq!(header("authorization"), Some(format!("Bearer {KEY}")));
            assert_eq!(header("x-api-key"), None);
            assert_eq!(
                sent["body"],
                json!({"model": config.model, "messages": [system, user], "max_tokens": 64,
                       "temperature": 0})
            );
        }
        ProviderKind::Ollama => {
            assert_eq!(sent["path"], "/api/chat");
            assert_eq!(header("authorization"), None);
            assert_eq!(
                sent["body"],
                json!({"model": config.model, "messages": [system, user], "stream": false,
                       "options": {"temperature": 0, "num_predict": 64}})
            );
        }
    }
}

per_provider!(success_sends_the_documented_shape: anthropic_success, openai_success, ollama_success);

#[tokio::test]
async fn truncated_replies_are_flagged_for_every_provider() {
    let server = FakeLlm::start(json!([{"text": "half a fi", "stop": "max_tokens"}]));
    for provider in PROVIDERS {
        let completion = ask(&config_for(&server, provider)).await.unwrap();
        assert!(completion.truncated, "{provider:?}");
        assert_eq!(completion.text, "half a fi");
    }
}

#[tokio::test]
async fn an_openai_compatible_server_without_a_key_gets_no_authorization_header() {
    let server = FakeLlm::start(json!([{"text": "ok"}]));
    let mut config = config_for(&server, ProviderKind::OpenAi);
    config.base_url = format!("http://127.0.0.1:{}", server.port());
    config.api_key = None;
    // The server requires a key: the refusal is read from OpenAI's documented error body.
    let error = ask(&config).await.unwrap_err();
    assert_eq!(error.reason(), "unauthorized");
    let requests = server.requests();
    assert_eq!(requests[0]["path"], "/chat/completions");
    assert!(requests[0]["headers"].get("authorization").is_none());
}

#[tokio::test]
async fn a_wrong_key_is_unauthorized_at_once_and_names_the_variable() {
    let server = FakeLlm::start(json!([{"text": "never"}]));
    for provider in [ProviderKind::Anthropic, ProviderKind::OpenAi] {
        let mut config = config_for(&server, provider);
        config.api_key = Some("sk-wrong-canary-key-9876543210".to_string());
        let before = server.requests().len();
        let error = ask(&config).await.unwrap_err();
        assert_eq!(error.reason(), "unauthorized", "{error}");
        let variable = provider.key_variable().unwrap();
        let text = error.to_string();
        assert!(text.contains(variable), "{text}");
        assert!(!text.contains("sk-wrong-canary-key"), "{text}");
        assert_eq!(server.requests().len(), before + 1, "no retry of a 401");
    }
    // Ollama takes no key: a 401 from whatever is in front of it is still not retried.
    let server = FakeLlm::start(json!([{"status": 401}]));
    let error = ask(&config_for(&server, ProviderKind::Ollama))
        .await
        .unwrap_err();
    assert_eq!(error.reason(), "unauthorized");
    assert_eq!(server.requests().len(), 1);
}

async fn rate_limit_then_success(provider: ProviderKind) {
    let server = FakeLlm::start(json!([
        {"status": 429, "retry_after": "1", "code": "rate_limit_exceeded"},
        {"text": "after the wait"}
    ]));
    let started = Instant::now();
    let completion = ask(&config_for(&server, provider)).await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(completion.text, "after the wait");
    assert_eq!(server.requests().len(), 2);
    assert!(
        elapsed >= Duration::from_secs(1),
        "retry-after is honoured: {elapsed:?}"
    );
    // Not the 60 s cap nor a second wait (bounds loose enough for a loaded CI machine).
    assert!(elapsed < Duration::from_secs(8), "{elapsed:?}");
}

per_provider!(rate_limit_then_success:
    anthropic_rate_limit_waits_for_retry_after,
    openai_rate_limit_waits_for_retry_after,
    ollama_rate_limit_waits_for_retry_after);

#[tokio::test]
async fn openai_insufficient_quota_is_not_retried() {
    let server = FakeLlm::start(json!([
        {"status": 429, "code": "insufficient_quota", "retry_after": "1"},
        {"text": "never"}
    ]));
    let error = ask(&config_for(&server, ProviderKind::OpenAi))
        .await
        .unwrap_err();
    assert_eq!(error.reason(), "quota-exceeded", "{error}");
    assert!(error.to_string().contains("quota"), "{error}");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn anthropic_low_credit_balance_is_not_retried() {
    let server = FakeLlm::start(json!([
        {"status": 400, "message": "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."},
        {"text": "never"}
    ]));
    let error = ask(&config_for(&server, ProviderKind::Anthropic))
        .await
        .unwrap_err();
    assert_eq!(error.reason(), "quota-exceeded", "{error}");
    assert!(error.to_string().contains("credit balance is too low"));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn anthropic_overloaded_is_retried() {
    let server = FakeLlm::start(json!([{"status": 529}, {"status": 529}, {"text": "at last"}]));
    let completion = ask(&config_for(&server, ProviderKind::Anthropic))
        .await
        .unwrap();
    assert_eq!(completion.text, "at last");
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn server_errors_give_up_after_the_retries() {
    // A server each: the breaker is per base URL, and Anthropic's and Ollama's are the same
    // here; 8 failed attempts in a row would open it.
    for provider in PROVIDERS {
        let server = FakeLlm::start(json!([{"status": 500}]));
        let before = server.requests().len();
        let config = config_for(&server, provider);
        let error = ask(&config).await.unwrap_err();
        assert!(
            matches!(
                error,
                LlmError::Server {
                    status: 500,
                    attempts: 4,
                    ..
                }
            ),
            "{error:?}"
        );
        assert_eq!(error.reason(), "server-error");
        assert!(error.to_string().contains("HTTP 500"), "{error}");
        assert_eq!(
            server.requests().len() - before,
            config.max_retries as usize + 1
        );
    }
}

#[tokio::test]
async fn a_slow_reply_times_out() {
    let server = FakeLlm::start(json!([{"text": "too late", "delay_ms": 4000}]));
    let mut config = config_for(&server, ProviderKind::Anthropic);
    config.timeout = Duration::from_secs(1);
    config.max_retries = 0;
    let started = Instant::now();
    let error = ask(&config).await.unwrap_err();
    // The reply would take 4 s: the 1 s timeout ends it well before.
    assert!(started.elapsed() < Duration::from_millis(3500));
    assert_eq!(error.reason(), "timeout", "{error}");
    assert!(
        error.to_string().contains("no answer within 1 s"),
        "{error}"
    );
}

#[tokio::test]
async fn a_retry_after_beyond_the_deadline_ends_the_call() {
    let server = FakeLlm::start(json!([{"status": 429, "retry_after": "30"}, {"text": "no"}]));
    let mut config = config_for(&server, ProviderKind::Anthropic);
    config.deadline = Duration::from_secs(2);
    let started = Instant::now();
    let error = ask(&config).await.unwrap_err();
    // Not the 30 s the server asked for, nor the 2 s deadline: it gave up at once.
    assert!(started.elapsed() < Duration::from_millis(1900));
    assert_eq!(error.reason(), "rate-limited", "{error}");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn five_refused_connections_open_the_breaker() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut config = config(ProviderKind::Anthropic, format!("http://127.0.0.1:{port}"));
    config.max_retries = 0;
    let client = LlmClient::new(&config).unwrap();
    for _ in 0..5 {
        let error = client.complete(&chat(), &Unlimited).await.unwrap_err();
        assert_eq!(error.reason(), "connection-failed", "{error}");
        assert!(
            error.to_string().contains(&format!(
                "cannot reach http://127.0.0.1:{port}/v1/messages: connection refused"
            )),
            "{error}"
        );
    }
    // Something listens now, but the breaker does not let the call try.
    let listener = TcpListener::bind(("127.0.0.1", port)).unwrap();
    listener.set_nonblocking(true).unwrap();
    let started = Instant::now();
    let error = client.complete(&chat(), &Unlimited).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(error.reason(), "circuit-open", "{error}");
    assert!(
        error
            .to_string()
            .contains("failed 5 times in a row; not asked again for 60 s"),
        "{error}"
    );
    assert!(listener.accept().is_err(), "no connection was attempted");
}

/// Allows a fixed number of requests.
struct Allow(AtomicU32);

impl Budget for Allow {
    fn spend(&self) -> Result<(), u32> {
        let left = self.0.load(Ordering::SeqCst);
        match left {
            0 => Err(2),
            _ => {
                self.0.store(left - 1, Ordering::SeqCst);
                Ok(())
            }
        }
    }
}

#[tokio::test]
async fn retries_spend_the_budget_and_an_exhausted_one_sends_nothing() {
    let server = FakeLlm::start(json!([{"status": 503}]));
    let budget = Allow(AtomicU32::new(2));
    let client = LlmClient::new(&config_for(&server, ProviderKind::OpenAi)).unwrap();
    let error = client.complete(&chat(), &budget).await.unwrap_err();
    assert_eq!(error.reason(), "budget-exhausted", "{error}");
    assert!(error
        .to_string()
        .contains("today's budget of 2 LLM requests is used up; raise SELFHEAL_LLM_DAILY_BUDGET"));
    assert_eq!(
        server.requests().len(),
        2,
        "the third request is never sent"
    );
    let error = client.complete(&chat(), &budget).await.unwrap_err();
    assert_eq!(error.reason(), "budget-exhausted");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn the_script_can_be_switched_while_the_server_runs() {
    let server = FakeLlm::start(json!([{"status": 500}]));
    let mut config = config_for(&server, ProviderKind::Ollama);
    config.max_retries = 0;
    assert_eq!(ask(&config).await.unwrap_err().reason(), "server-error");
    server.switch(json!([{"text": "switched over"}, {"status": 404}]));
    assert_eq!(ask(&config).await.unwrap().text, "switched over");
    let error = ask(&config).await.unwrap_err();
    assert_eq!(error.reason(), "refused");
    assert!(
        error.to_string().contains(&format!(
            "model \"{}\" not found, try pulling it first",
            config.model
        )),
        "{error}"
    );
}
