//! What a redacted secret was: the `KIND` in `<redacted:KIND>`.

use std::fmt;

/// The kind of a secret, shown in its replacement `<redacted:KIND>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    PrivateKey,
    AwsAccessKey,
    AwsSecretKey,
    GithubToken,
    GitlabToken,
    SlackToken,
    SlackWebhook,
    DiscordWebhook,
    StripeKey,
    OpenaiKey,
    AnthropicKey,
    GoogleApiKey,
    GoogleOauthToken,
    GoogleClientSecret,
    NpmToken,
    PypiToken,
    TwilioKey,
    SendgridKey,
    SupabaseKey,
    HuggingfaceToken,
    DigitaloceanToken,
    ShopifyToken,
    DatabricksToken,
    VaultToken,
    DockerToken,
    AgeSecretKey,
    TelegramBotToken,
    GrafanaToken,
    PostmanKey,
    DopplerToken,
    AzureKey,
    Jwt,
    Authorization,
    Cookie,
    Password,
    GenericSecret,
    Email,
    CardNumber,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [Kind] = &[
        Kind::PrivateKey,
        Kind::AwsAccessKey,
        Kind::AwsSecretKey,
        Kind::GithubToken,
        Kind::GitlabToken,
        Kind::SlackToken,
        Kind::SlackWebhook,
        Kind::DiscordWebhook,
        Kind::StripeKey,
        Kind::OpenaiKey,
        Kind::AnthropicKey,
        Kind::GoogleApiKey,
        Kind::GoogleOauthToken,
        Kind::GoogleClientSecret,
        Kind::NpmToken,
        Kind::PypiToken,
        Kind::TwilioKey,
        Kind::SendgridKey,
        Kind::SupabaseKey,
        Kind::HuggingfaceToken,
        Kind::DigitaloceanToken,
        Kind::ShopifyToken,
        Kind::DatabricksToken,
        Kind::VaultToken,
        Kind::DockerToken,
        Kind::AgeSecretKey,
        Kind::TelegramBotToken,
        Kind::GrafanaToken,
        Kind::PostmanKey,
        Kind::DopplerToken,
        Kind::AzureKey,
        Kind::Jwt,
        Kind::Authorization,
        Kind::Cookie,
        Kind::Password,
        Kind::GenericSecret,
        Kind::Email,
        Kind::CardNumber,
    ];

    /// The name shown in `<redacted:NAME>`: lowercase, dash-separated.
    pub fn name(self) -> &'static str {
        match self {
            Kind::PrivateKey => "private-key",
            Kind::AwsAccessKey => "aws-access-key",
            Kind::AwsSecretKey => "aws-secret-key",
            Kind::GithubToken => "github-token",
            Kind::GitlabToken => "gitlab-token",
            Kind::SlackToken => "slack-token",
            Kind::SlackWebhook => "slack-webhook",
            Kind::DiscordWebhook => "discord-webhook",
            Kind::StripeKey => "stripe-key",
            Kind::OpenaiKey => "openai-key",
            Kind::AnthropicKey => "anthropic-key",
            Kind::GoogleApiKey => "google-api-key",
            Kind::GoogleOauthToken => "google-oauth-token",
            Kind::GoogleClientSecret => "google-client-secret",
            Kind::NpmToken => "npm-token",
            Kind::PypiToken => "pypi-token",
            Kind::TwilioKey => "twilio-key",
            Kind::SendgridKey => "sendgrid-key",
            Kind::SupabaseKey => "supabase-key",
            Kind::HuggingfaceToken => "huggingface-token",
            Kind::DigitaloceanToken => "digitalocean-token",
            Kind::ShopifyToken => "shopify-token",
            Kind::DatabricksToken => "databricks-token",
            Kind::VaultToken => "vault-token",
            Kind::DockerToken => "docker-token",
            Kind::AgeSecretKey => "age-secret-key",
            Kind::TelegramBotToken => "telegram-bot-token",
            Kind::GrafanaToken => "grafana-token",
            Kind::PostmanKey => "postman-key",
            Kind::DopplerToken => "doppler-token",
            Kind::AzureKey => "azure-key",
            Kind::Jwt => "jwt",
            Kind::Authorization => "authorization",
            Kind::Cookie => "cookie",
            Kind::Password => "password",
            Kind::GenericSecret => "generic-secret",
            Kind::Email => "email",
            Kind::CardNumber => "card-number",
        }
    }

    /// The kind named `name` (the inverse of `name`).
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|kind| kind.name() == name)
    }

    /// When two findings overlap, the merged redaction is labelled with the kind of higher
    /// priority: the most specific description of what was there wins (`token=ghp_…` is a
    /// GitHub token, `Authorization: Bearer eyJ…` a JWT).
    pub(crate) fn priority(self) -> u8 {
        match self {
            Kind::PrivateKey => 100,
            // A cookie header is labelled as such even when a JWT is its session value.
            Kind::Cookie => 75,
            Kind::Jwt => 70,
            Kind::AzureKey | Kind::AwsSecretKey => 60,
            Kind::Authorization => 50,
            Kind::Password | Kind::GenericSecret => 40,
            Kind::Email | Kind::CardNumber => 30,
            // Every vendor-specific token format: a prefix nobody types by accident.
            _ => 80,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.name())
    }
}
