//! The detection rules: one regex per secret format, the keywords that must occur in a line
//! before the regex is worth running, and a check that looks at the candidate in its line.
//!
//! Every pattern is compiled as a byte regex with Unicode off, so it runs on raw bytes (invalid
//! UTF-8 included) and `\b`/`\s` are ASCII. The secret is the named group `s`; the rest of a
//! match is context (`password=`, `https://user:`) that stays in the output. Rules whose value
//! needs more judgement than a regex gives (quoted values, placeholders, prose, code) match only
//! the key and separator, and their check reads the value itself with `read_value`.

use std::ops::Range;

use regex::bytes::Captures;

use super::kind::Kind;
use super::values::{
    contains_ignore_ascii_case, decode_base64, is_path_like, is_placeholder, is_prose_word,
    is_type_name, looks_like_credential, luhn_valid,
};

/// A secret found in a line, before overlapping findings are merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The bytes to replace.
    pub secret: Range<usize>,
    pub kind: Kind,
    /// Where the evidence for this secret begins (the key of `key=value`, the scheme of a URL):
    /// a long line is never cut between the evidence and the secret.
    pub context_start: usize,
}

/// What a check is given: the whole line and the regex match in it.
pub struct Candidate<'line> {
    pub line: &'line [u8],
    pub captures: &'line Captures<'line>,
    pub kind: Kind,
}

impl Candidate<'_> {
    fn whole(&self) -> Range<usize> {
        self.captures.get(0).map_or(0..0, |found| found.range())
    }

    fn group(&self, name: &str) -> Option<Range<usize>> {
        self.captures.name(name).map(|found| found.range())
    }

    /// The `s` group, or the whole match.
    fn secret(&self) -> Range<usize> {
        self.group("s").unwrap_or_else(|| self.whole())
    }

    fn secret_bytes(&self) -> &[u8] {
        &self.line[self.secret()]
    }

    fn hit(&self, kind: Kind, secret: Range<usize>) -> Option<Hit> {
        Some(Hit {
            secret,
            kind,
            context_start: self.whole().start,
        })
    }

    /// Accepts the `s` group with the rule's own kind.
    fn accept(&self) -> Option<Hit> {
        self.hit(self.kind, self.secret())
    }
}

/// How a rule's regex match is judged: most rules find at most one secret per match; a header
/// that lists several values (`Cookie: a=1; sid=…; theme=dark`) can yield several.
#[derive(Clone, Copy)]
pub enum Check {
    One(fn(&Candidate<'_>) -> Option<Hit>),
    Many(fn(&Candidate<'_>, &mut Vec<Hit>)),
}

/// One detection rule.
pub struct Rule {
    /// A stable name, used in tests and reports.
    pub id: &'static str,
    /// The kind a plain match is reported as; a check may choose another.
    pub kind: Kind,
    /// Lower-case keywords, matched ASCII case-insensitively; the rule runs on a line only when
    /// one of them occurs in it. Empty: the rule runs on lines with a long digit run.
    pub keywords: &'static [&'static str],
    pub pattern: &'static str,
    pub check: Check,
    /// A byte string the line must contain for the rule to run at all (checked with `memmem`
    /// before the regex: `://` lines are common, user info with `@` is not).
    pub requires: Option<&'static [u8]>,
}

fn accept(candidate: &Candidate<'_>) -> Option<Hit> {
    candidate.accept()
}

macro_rules! token_rule {
    ($id:literal, $kind:expr, [$($keyword:literal),+ $(,)?], $pattern:literal) => {
        Rule { id: $id, kind: $kind, keywords: &[$($keyword),+], pattern: $pattern, check: Check::One(check_not_placeholder), requires: None }
    };
}

/// All rules. Order does not matter: overlapping findings are merged by `Kind::priority`.
pub fn all_rules() -> Vec<Rule> {
    vec![
        // --- Cloud providers -------------------------------------------------------------------
        Rule {
            id: "aws-access-key-id",
            kind: Kind::AwsAccessKey,
            keywords: &["akia", "asia", "abia", "acca", "a3t"],
            pattern: r"\b(?P<s>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})\b",
            check: Check::One(check_not_aws_example),
            requires: None,
        },
        Rule {
            id: "aws-secret-access-key",
            kind: Kind::AwsSecretKey,
            keywords: &["secret"],
            pattern: r#"(?i)(?:aws[_.-]?)?secret[_.-]?(?:access[_.-]?)?key\\?["']?(?:[ \t]*(?::=|=>|=|:|>)[ \t]*|[ \t]+)\\?["']?(?P<s>[a-z0-9/+]{40})(?:[^a-z0-9/+=]|$)"#,
            check: Check::One(check_aws_secret),
            requires: None,
        },
        Rule {
            id: "aws-secret-beside-key-id",
            kind: Kind::AwsSecretKey,
            // Also an SES SMTP password (44 characters from `B`, derived from the secret) beside
            // its key id, as postfix's `sasl_passwd` holds it: `[host]:587 AKIA…:B…`.
            keywords: &["akia", "asia"],
            pattern: r"(?:^|[^A-Za-z0-9/+=])(?P<s>[A-Za-z0-9/+]{40}|B[A-Za-z0-9/+]{43})(?:[^A-Za-z0-9/+=]|$)",
            check: Check::One(check_aws_secret_beside_key_id),
            requires: None,
        },
        Rule {
            id: "aws-session-token-beside-key-id",
            kind: Kind::AwsSessionToken,
            // `aws sts … --output text` and credential dumps: a long base64 run on the line of a
            // temporary key id (`ASIA…`) is its session token, whatever it starts with.
            keywords: &["asia"],
            pattern: r"(?:^|[^A-Za-z0-9/+=])(?P<s>[A-Za-z0-9/+]{100,}={0,2})(?:[^A-Za-z0-9/+=]|$)",
            check: Check::One(check_session_token_beside_key_id),
            requires: None,
        },
        Rule {
            id: "aws-session-token",
            kind: Kind::AwsSessionToken,
            // STS tokens are base64 of a message whose first field names the issuer: `ez/aws`
            // (`FwoGZXIvYXdzE`, `FQoGZXIvYXdzE`), `aws` (`AQoDYXdzE`, `FQoDYXdzE`), `origin_ec`
            // (`IQoJb3JpZ2luX2Vj`, `IwoJ…`, `AgoJ…`: the first byte is a length and varies) or
            // `origin` (`AgoGb3JpZ2lu`). In a URL the `/`, `+` and `=` of the base64 are
            // percent-encoded.
            keywords: &["ogzxivyxdze", "odyxdze", "ojb3jpz2lux2vj", "ogb3jpz2lu"],
            pattern: r"\b(?P<s>[A-Za-z0-9+/]{2}o(?:GZXIvYXdzE|DYXdzE|Jb3JpZ2luX2Vj|Gb3JpZ2lu)(?:[A-Za-z0-9/+=_-]|%2[FfBb]|%3[Dd]|\\/){20,})",
            check: Check::One(accept),
            requires: None,
        },
        token_rule!(
            "google-api-key",
            Kind::GoogleApiKey,
            ["aiza"],
            r"\b(?P<s>AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)"
        ),
        // Access tokens (`ya29.…`) and refresh tokens (`1//0…`, `1//03…` printed by `gcloud`
        // and stored in `adc.json`): base64url after a fixed prefix. Authorization codes
        // (`4/0A…`, pasted into `firebase login:ci` or sent as `code=` to the token endpoint)
        // are exchanged for both.
        Rule {
            id: "google-oauth-token",
            kind: Kind::GoogleOauthToken,
            keywords: &["ya29.", "1//0", "4/0a"],
            pattern: r"\b(?P<s>ya29\.(?:[0-9A-Za-z_-]{1,8}\.)*[0-9A-Za-z_-]{20,}|1//0[0-9A-Za-z_-]{40,}|4/0A[0-9A-Za-z_-]{40,})",
            check: Check::One(check_google_oauth),
            requires: None,
        },
        token_rule!(
            "google-client-secret",
            Kind::GoogleClientSecret,
            ["gocspx-"],
            r"\b(?P<s>GOCSPX-[A-Za-z0-9_-]{28,})"
        ),
        Rule {
            id: "azure-ad-client-secret",
            kind: Kind::AzureKey,
            keywords: &["q~"],
            pattern: r"(?:^|[^A-Za-z0-9_~.-])(?P<s>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?:[^A-Za-z0-9_~.-]|$)",
            check: Check::One(accept),
            requires: None,
        },
        token_rule!(
            "azure-storage-key",
            Kind::AzureKey,
            ["accountkey", "sharedaccesskey", "sharedsecretvalue"],
            r"(?i)\b(?:AccountKey|SharedAccessKey|SharedSecretValue)[ \t]*=[ \t]*(?P<s>[a-z0-9+/]{20,}={0,2})"
        ),
        Rule {
            id: "azure-sas-signature",
            kind: Kind::AzureKey,
            keywords: &["sig="],
            pattern: r#"(?i)(?:^|[?&;\s"'])sig=(?P<s>[a-z0-9%+/=_-]{16,})"#,
            check: Check::One(check_sas_signature),
            requires: None,
        },
        token_rule!(
            "digitalocean-token",
            Kind::DigitaloceanToken,
            ["dop_v1_", "doo_v1_", "dor_v1_"],
            r"\b(?P<s>do[por]_v1_[a-f0-9]{64})\b"
        ),
        // --- Source hosting and package registries ---------------------------------------------
        token_rule!(
            "github-token",
            Kind::GithubToken,
            ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
            r"\b(?P<s>gh[pousr]_[A-Za-z0-9]{36,251})\b"
        ),
        token_rule!(
            "github-fine-grained-token",
            Kind::GithubToken,
            ["github_pat_"],
            r"\b(?P<s>github_pat_[A-Za-z0-9_]{36,255})\b"
        ),
        token_rule!(
            "gitlab-token",
            Kind::GitlabToken,
            [
                "glpat-", "gldt-", "glptt-", "glrt-", "glcbt-", "gloas-", "glft-", "glsoat-",
                "glimt-", "glagent-", "glffct-", "glwt-"
            ],
            r"\b(?P<s>gl(?:pat|dt|ptt|rt|cbt|oas|ft|soat|imt|agent|ffct|wt)-[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]+)*)"
        ),
        token_rule!(
            "gitlab-runner-registration-token",
            Kind::GitlabToken,
            ["gr1348941"],
            r"\b(?P<s>GR1348941[A-Za-z0-9_-]{20,})"
        ),
        token_rule!(
            "npm-token",
            Kind::NpmToken,
            ["npm_"],
            r"\b(?P<s>npm_[A-Za-z0-9]{36})\b"
        ),
        token_rule!(
            "pypi-token",
            Kind::PypiToken,
            ["pypi-"],
            r"\b(?P<s>pypi-Ag[A-Za-z0-9_-]{50,})"
        ),
        token_rule!(
            "docker-token",
            Kind::DockerToken,
            ["dckr_pat_"],
            r"\b(?P<s>dckr_pat_[A-Za-z0-9_-]{27,})"
        ),
        token_rule!(
            "huggingface-token",
            Kind::HuggingfaceToken,
            ["hf_"],
            r"\b(?P<s>hf_[A-Za-z0-9]{34,40})\b"
        ),
        // --- Messaging and SaaS ----------------------------------------------------------------
        token_rule!(
            "slack-token",
            Kind::SlackToken,
            ["xoxb-", "xoxa-", "xoxp-", "xoxo-", "xoxs-", "xoxr-", "xoxe", "xapp-"],
            r"\b(?P<s>(?:xox[abposr]-|xoxe(?:\.xox[bp])?-|xapp-)[A-Za-z0-9-]{10,})"
        ),
        token_rule!(
            "slack-webhook",
            Kind::SlackWebhook,
            ["hooks.slack.com"],
            r"hooks\.slack\.com/(?:services|workflows|triggers)/(?P<s>[A-Za-z0-9+/_-]{20,})"
        ),
        token_rule!(
            "discord-webhook",
            Kind::DiscordWebhook,
            ["discord"],
            r"discord(?:app)?\.com/api/webhooks/(?P<s>[0-9]{5,}/[A-Za-z0-9_-]{20,})"
        ),
        token_rule!(
            "telegram-bot-token",
            Kind::TelegramBotToken,
            [":aa"],
            // Also inside the Bot API's URLs (`/bot123456789:AA…/sendMessage`); the docs'
            // example has one character less than real tokens.
            r"(?:\b|bot)(?P<s>[0-9]{8,10}:AA[A-Za-z0-9_-]{32,33})(?:[^A-Za-z0-9_-]|$)"
        ),
        token_rule!(
            "stripe-key",
            Kind::StripeKey,
            ["sk_live", "sk_test", "sk_prod", "rk_live", "rk_test", "rk_prod"],
            r"\b(?P<s>[rs]k_(?:live|test|prod)_[A-Za-z0-9]{10,247})\b"
        ),
        token_rule!(
            "stripe-webhook-secret",
            Kind::StripeKey,
            ["whsec_"],
            r"\b(?P<s>whsec_[A-Za-z0-9+/=]{20,})"
        ),
        token_rule!(
            "anthropic-key",
            Kind::AnthropicKey,
            ["sk-ant-"],
            r"\b(?P<s>sk-ant-[A-Za-z0-9_-]{32,})"
        ),
        token_rule!(
            "openai-key",
            Kind::OpenaiKey,
            ["sk-"],
            r"\b(?P<s>sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9]{32,})"
        ),
        // Keywords with a hex digit after the prefix: `sk`/`ac` alone occur in every other word.
        token_rule!(
            "twilio-api-key",
            Kind::TwilioKey,
            [
                "sk0", "sk1", "sk2", "sk3", "sk4", "sk5", "sk6", "sk7", "sk8", "sk9", "ska", "skb",
                "skc", "skd", "ske", "skf"
            ],
            r"\b(?P<s>SK[0-9a-fA-F]{32})\b"
        ),
        Rule {
            id: "twilio-auth-token",
            kind: Kind::TwilioKey,
            keywords: &[
                "twilio",
                "account_sid",
                "accountsid",
                "ac0",
                "ac1",
                "ac2",
                "ac3",
                "ac4",
                "ac5",
                "ac6",
                "ac7",
                "ac8",
                "ac9",
                "aca",
                "acb",
                "acc",
                "acd",
                "ace",
                "acf",
            ],
            pattern: r"\b(?P<s>[0-9a-f]{32})\b",
            check: Check::One(check_twilio_context),
            requires: None,
        },
        token_rule!(
            "sendgrid-key",
            Kind::SendgridKey,
            ["sg."],
            r"\b(?P<s>SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64})"
        ),
        token_rule!(
            "supabase-key",
            Kind::SupabaseKey,
            ["sbp_", "sb_secret_"],
            r"\b(?P<s>sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,})"
        ),
        token_rule!(
            "shopify-token",
            Kind::ShopifyToken,
            ["shpat_", "shpca_", "shppa_", "shpss_"],
            r"\b(?P<s>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b"
        ),
        token_rule!(
            "databricks-token",
            Kind::DatabricksToken,
            ["dapi"],
            r"\b(?P<s>dapi[a-f0-9]{32}(?:-[0-9]+)?)\b"
        ),
        token_rule!(
            "vault-token",
            Kind::VaultToken,
            ["hvs.", "hvb.", "hvr."],
            r"\b(?P<s>hv[sbr]\.[A-Za-z0-9_-]{24,})"
        ),
        token_rule!(
            "age-secret-key",
            Kind::AgeSecretKey,
            ["age-secret-key-"],
            r"\b(?P<s>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b"
        ),
        token_rule!(
            "grafana-token",
            Kind::GrafanaToken,
            ["glsa_", "glc_"],
            r"\b(?P<s>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,}={0,2})"
        ),
        token_rule!(
            "postman-key",
            Kind::PostmanKey,
            ["pmak-"],
            r"\b(?P<s>PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b"
        ),
        token_rule!(
            "doppler-token",
            Kind::DopplerToken,
            [
                "dp.pt.",
                "dp.st.",
                "dp.sa.",
                "dp.ct.",
                "dp.scim.",
                "dp.audit."
            ],
            r"\b(?P<s>dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,40}\.)?[A-Za-z0-9]{40,44})\b"
        ),
        // --- More vendors: each a prefix nobody types by accident -------------------------------
        // Not `cache-key-<md5>`: the prefix starts a word. Mailgun's keys are 32 characters of
        // base 36 (`key-3ax6xnjp29jd6fds4gc373sgvjxteol0`), older ones hex; `pubkey-` is the
        // validation key.
        Rule {
            id: "mailgun-key",
            kind: Kind::MailgunKey,
            keywords: &["key-"],
            pattern: r"(?:^|[^A-Za-z0-9_./-])(?P<s>(?:pub)?key-[0-9a-z]{32})\b",
            check: Check::One(check_has_digit),
            requires: None,
        },
        Rule {
            id: "mailgun-private-key",
            kind: Kind::MailgunKey,
            // The newer format has no prefix; its 32-8-8 hex shape is not a UUID's 8-4-4-4-12.
            keywords: &["mailgun"],
            pattern: r"\b(?P<s>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})\b",
            check: Check::One(accept),
            requires: None,
        },
        Rule {
            id: "discord-bot-token",
            kind: Kind::DiscordBotToken,
            // No literal prefix (the first part is the bot's id in base64): run where a bot is
            // started or configured, or where a credential was refused (not on every line
            // that names an `auth` module or a status 401: the check costs).
            keywords: &["discord", "bot", ".run(", "token", "login", "unauthorized"],
            pattern: r"(?:^|[^A-Za-z0-9_.-])(?P<s>[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40})(?:[^A-Za-z0-9_.-]|$)",
            check: Check::One(check_discord_bot_token),
            requires: None,
        },
        Rule {
            id: "datadog-api-key",
            kind: Kind::GenericSecret,
            // 32 hex digits like an MD5 sum: only a Datadog line makes them a key.
            keywords: &["datadog", "dd_api", "dd-api", "ddog"],
            pattern: r"(?:^|[^0-9A-Za-z_-])(?P<s>[0-9a-f]{32})(?:[^0-9A-Za-z_-]|$)",
            check: Check::One(check_datadog_key),
            requires: None,
        },
        token_rule!(
            "heroku-key",
            Kind::HerokuKey,
            ["hrku-"],
            r"\b(?P<s>HRKU-[A-Za-z0-9_-]{20,})"
        ),
        token_rule!(
            "mapbox-secret-token",
            Kind::MapboxToken,
            ["sk.eyj"],
            r"\b(?P<s>sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,})"
        ),
        token_rule!(
            "linear-key",
            Kind::LinearKey,
            ["lin_api_", "lin_oauth_"],
            r"\b(?P<s>lin_(?:api|oauth)_[A-Za-z0-9]{32,64})\b"
        ),
        token_rule!(
            "sentry-token",
            Kind::SentryToken,
            ["sntrys_", "sntryu_"],
            r"\b(?P<s>sntryu_[a-f0-9]{64}|sntrys_eyJ[A-Za-z0-9+/=_-]{30,})"
        ),
        token_rule!(
            "newrelic-key",
            Kind::NewrelicKey,
            ["nrak-", "nrii-"],
            r"\b(?P<s>NR(?:AK|II)-[A-Za-z0-9_-]{20,40})\b"
        ),
        token_rule!(
            "dynatrace-token",
            Kind::DynatraceToken,
            ["dt0c01."],
            r"\b(?P<s>dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64})\b"
        ),
        token_rule!(
            "notion-token",
            Kind::NotionToken,
            ["ntn_", "secret_"],
            r"\b(?P<s>ntn_[0-9]{11}[A-Za-z0-9]{32,40}|secret_[A-Za-z0-9]{43})\b"
        ),
        token_rule!(
            "figma-token",
            Kind::FigmaToken,
            ["figd_", "figu_"],
            r"\b(?P<s>fig[du]_[A-Za-z0-9_-]{30,})"
        ),
        token_rule!(
            "atlassian-token",
            Kind::AtlassianToken,
            ["atatt3", "atctt3", "atbb"],
            r"\b(?P<s>AT[AC]TT3[A-Za-z0-9_=-]{50,}|ATBB[A-Za-z0-9]{32,})"
        ),
        token_rule!(
            "sonarqube-token",
            Kind::SonarqubeToken,
            ["squ_", "sqp_", "sqa_"],
            r"\b(?P<s>sq[upa]_[a-f0-9]{40})\b"
        ),
        token_rule!(
            "tailscale-key",
            Kind::TailscaleKey,
            ["tskey-"],
            r"\b(?P<s>tskey-[a-z]+-[A-Za-z0-9]{6,}-[A-Za-z0-9]{16,})"
        ),
        token_rule!(
            "planetscale-token",
            Kind::PlanetscaleToken,
            ["pscale_"],
            r"\b(?P<s>pscale_(?:tkn|pw|oauth)_[A-Za-z0-9=._-]{32,64})"
        ),
        token_rule!(
            "fly-token",
            Kind::FlyToken,
            ["fo1_", "fm1a_", "fm1r_", "fm2_"],
            // `fly tokens create` prints the header's scheme with the token (`FlyV1 fm2_…`),
            // and a token may chain several macaroons with commas.
            r"\b(?P<s>(?:FlyV1[ \t]+)?(?:fo1_[A-Za-z0-9_-]{40,}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{60,}={0,3})(?:,fm(?:1[ar]|2)_[A-Za-z0-9+/]{60,}={0,3})*)"
        ),
        token_rule!(
            "netlify-token",
            Kind::NetlifyToken,
            ["nfp_"],
            r"\b(?P<s>nfp_[A-Za-z0-9]{30,40})\b"
        ),
        token_rule!(
            "buildkite-token",
            Kind::BuildkiteToken,
            ["bkua_"],
            r"\b(?P<s>bkua_[a-f0-9]{40})\b"
        ),
        token_rule!(
            "circleci-token",
            Kind::CircleciToken,
            ["ccipat_"],
            r"\b(?P<s>CCIPAT_[A-Za-z0-9]{16,30}_[a-f0-9]{40})\b"
        ),
        token_rule!(
            "groq-key",
            Kind::GroqKey,
            ["gsk_"],
            r"\b(?P<s>gsk_[A-Za-z0-9]{48,56})\b"
        ),
        token_rule!(
            "replicate-token",
            Kind::ReplicateToken,
            ["r8_"],
            r"\b(?P<s>r8_[A-Za-z0-9]{37})\b"
        ),
        token_rule!(
            "xai-key",
            Kind::XaiKey,
            ["xai-"],
            r"\b(?P<s>xai-[A-Za-z0-9]{70,90})\b"
        ),
        token_rule!(
            "perplexity-key",
            Kind::PerplexityKey,
            ["pplx-"],
            r"\b(?P<s>pplx-[A-Za-z0-9]{40,56})\b"
        ),
        token_rule!(
            "openrouter-key",
            Kind::OpenrouterKey,
            ["sk-or-"],
            r"\b(?P<s>sk-or-v1-[a-f0-9]{64})\b"
        ),
        token_rule!(
            "langsmith-key",
            Kind::LangsmithKey,
            ["lsv2_"],
            r"\b(?P<s>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})\b"
        ),
        token_rule!(
            "pinecone-key",
            Kind::PineconeKey,
            ["pcsk_"],
            r"\b(?P<s>pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,})"
        ),
        token_rule!(
            "onepassword-service-account-token",
            Kind::OnepasswordToken,
            ["ops_eyj"],
            r"\b(?P<s>ops_eyJ[A-Za-z0-9+/_-]{40,}={0,3})"
        ),
        token_rule!(
            "firebase-cloud-messaging-key",
            Kind::FirebaseKey,
            [":apa91b"],
            r"\b(?P<s>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,})"
        ),
        token_rule!(
            "alibaba-access-key-id",
            Kind::AlibabaKey,
            ["ltai"],
            r"\b(?P<s>LTAI[A-Za-z0-9]{12,20})\b"
        ),
        token_rule!(
            "jfrog-token",
            Kind::JfrogToken,
            ["akcp", "cmvmdgtuojaxoj"],
            r"\b(?P<s>AKCp[A-Za-z0-9]{60,80}|cmVmdGtuOjAxOj[A-Za-z0-9]{40,})\b"
        ),
        token_rule!(
            "square-token",
            Kind::SquareToken,
            ["sq0atp-", "sq0csp-", "sq0idp-"],
            r"\b(?P<s>sq0(?:atp|csp)-[A-Za-z0-9_-]{22,43})"
        ),
        token_rule!(
            "mailchimp-key",
            Kind::MailchimpKey,
            ["-us"],
            r"\b(?P<s>[0-9a-f]{32}-us[0-9]{1,2})\b"
        ),
        token_rule!(
            "contentful-token",
            Kind::ContentfulToken,
            ["cfpat-"],
            r"\b(?P<s>CFPAT-[A-Za-z0-9_-]{43})"
        ),
        token_rule!(
            "resend-key",
            Kind::ResendKey,
            ["re_"],
            r"\b(?P<s>re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})\b"
        ),
        token_rule!(
            "shippo-token",
            Kind::ShippoToken,
            ["shippo_live_", "shippo_test_"],
            r"\b(?P<s>shippo_(?:live|test)_[a-f0-9]{40})\b"
        ),
        token_rule!(
            "razorpay-key",
            Kind::RazorpayKey,
            ["rzp_live_", "rzp_test_"],
            r"\b(?P<s>rzp_(?:live|test)_[A-Za-z0-9]{14})\b"
        ),
        token_rule!(
            "flutterwave-key",
            Kind::FlutterwaveKey,
            ["flwseck"],
            r"\b(?P<s>FLWSECK(?:_TEST)?-[a-h0-9]{32}-X)"
        ),
        token_rule!(
            "easypost-key",
            Kind::EasypostKey,
            ["ezak", "ezta"],
            r"\b(?P<s>EZ[AT]K[A-Za-z0-9]{54})\b"
        ),
        Rule {
            id: "vendor-prefixed-token",
            kind: Kind::GenericSecret,
            // Formats with a prefix of their own, from gitleaks' rules: Brevo, Pulumi, RubyGems,
            // Prefect, Sourcegraph, Clojars, Defined Networking, Infracost, ReadMe, Typeform,
            // OpenShift, Terraform Cloud, Hugging Face orgs, Duffel, Frame.io, 1Password secret
            // keys, Amazon Bedrock, Harness, Adobe, ClickHouse, MaxMind, Scalingo, SettleMint, 42, Cloudflare origin CA, Yandex, Square and Facebook.
            keywords: &[
                "xkeysib-",
                "xsmtpsib-",
                "pul-",
                "rubygems_",
                "pnu_",
                "sgp_",
                "clojars_",
                "dnkey-",
                "ico-",
                "rdme_",
                "tfp_",
                "sha256~",
                ".atlasv1.",
                "api_org_",
                "duffel_",
                "fio-u-",
                "a3-",
                "absk",
                "bedrock-api-key-",
                "pat.",
                "sat.",
                "p8e-",
                "4b1d",
                "_mmk",
                "tk-us-",
                "sm_aat_",
                "sm_pat_",
                "sm_sat_",
                "s-s4t2",
                "v1.0-",
                "aqvn",
                "t1.",
                "eaa",
            ],
            pattern: r"(?:^|[^A-Za-z0-9_.~-])(?P<s>xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}|xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}|pul-[a-f0-9]{40}|rubygems_[a-f0-9]{48}|pnu_[A-Za-z0-9]{36}|sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}|CLOJARS_[A-Za-z0-9]{60}|dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}|ico-[A-Za-z0-9]{32}|rdme_[a-z0-9]{70}|tfp_[A-Za-z0-9_.=-]{59}|sha256~[A-Za-z0-9_-]{43}|[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}|api_org_[A-Za-z]{34}|duffel_(?:test|live)_[A-Za-z0-9_=-]{43}|fio-u-[A-Za-z0-9_=-]{64}|A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}|ABSK[A-Za-z0-9+/]{109,269}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]*|(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}|p8e-[A-Za-z0-9]{32}|4b1d[A-Za-z0-9]{38}|[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk|tk-us-[A-Za-z0-9_-]{48}|sm_[aps]at_[A-Za-z0-9]{16}|s-s4t2(?:ud|af)-[a-f0-9]{64}|v1\.0-[a-f0-9]{24}-[a-f0-9]{146}|AQVN[A-Za-z0-9_-]{35,38}|t1\.[A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_-]{86}={0,2}|EAAA[A-Za-z0-9_-]{22,}|EAA[CGM][A-Za-z0-9]{80,})(?:[^A-Za-z0-9_=-]|$)",
            check: Check::One(check_random_token),
            requires: None,
        },
        Rule {
            id: "vendor-prefixed-token-more",
            kind: Kind::GenericSecret,
            // More formats with a prefix of their own (keywords only where the prefix is rare in
            // logs: crates.io's `cio…` and Airtable's `pat….` run only beside another keyword,
            // `token = …` say): crates.io (`cio`), NuGet (`oy2`),
            // Bitbucket Data Center (`BBDC-`), AWS AppSync (`da2-`), Tencent (`AKID`),
            // Adafruit (`aio_`), Dropbox (`sl.u.`; older `sl.` tokens beside another keyword), HubSpot (`pat-na1-`), Plaid
            // (`access-production-`), Twitch (`oauth:`), Render (`rnd_`), Airtable (`pat….`),
            // Braintree (`access_token$production$`), Twitter/X app bearer tokens (`AAAA…`),
            // Honeycomb ingest keys (`hcaik_`), BIP32 extended private keys (`xprv`, `tprv`,
            // and BIP49/84's `yprv`/`zprv`/`uprv`/`vprv`, as wallets' descriptors print them).
            keywords: &[
                "hcaik_",
                "hcxik_",
                "xprv",
                "tprv",
                "yprv",
                "zprv",
                "uprv",
                "vprv",
                "oy2",
                "bbdc-",
                "da2-",
                "akid",
                "aio_",
                "sl.u.",
                "pat-na",
                "pat-eu",
                "access-production-",
                "access-sandbox-",
                "access-development-",
                "oauth:",
                "rnd_",
                "access_token$",
                "aaaaaaaaaaaaaaaaaaaa",
            ],
            pattern: r"(?:^|[^A-Za-z0-9_.~-])(?P<s>cio[A-Za-z0-9]{32}|oy2[a-z0-9]{43}|BBDC-[A-Za-z0-9+/]{44}|da2-[a-z0-9]{26}|AKID[A-Za-z0-9]{32}|aio_[A-Za-z0-9]{28}|sl\.(?:u\.)?[A-Za-z0-9_-]{120,}|pat-(?:na|eu)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|access-(?:production|sandbox|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|oauth:[a-z0-9]{30}|rnd_[A-Za-z0-9]{32}|pat[A-Za-z0-9]{14}\.[a-f0-9]{64}|access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32}|A{20,}[A-Za-z0-9%]{30,}|hc[ax]ik_[A-Za-z0-9]{50,70}|[xyztuv]prv[A-Za-z0-9]{100,112})(?:[^A-Za-z0-9_=-]|$)",
            check: Check::One(check_random_token),
            requires: None,
        },
        Rule {
            id: "webhook-url",
            kind: Kind::GenericSecret,
            // Anyone with these URLs can post: Microsoft Teams, Zapier, IFTTT.
            keywords: &[
                "webhook.office.com",
                "outlook.office",
                "hooks.zapier.com",
                "maker.ifttt.com",
            ],
            pattern: r"(?:webhook\.office\.com/webhookb2/|outlook\.office(?:365)?\.com/webhook/|hooks\.zapier\.com/hooks/catch/|maker\.ifttt\.com/trigger/[A-Za-z0-9_-]+/with/key/)(?P<s>[A-Za-z0-9@/_-]{16,})",
            check: Check::One(accept),
            requires: None,
        },
        // --- Structured tokens -----------------------------------------------------------------
        Rule {
            id: "jwt",
            kind: Kind::Jwt,
            keywords: &["eyj"],
            pattern: r"\b(?P<s>eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)?)",
            check: Check::One(check_jwt),
            requires: None,
        },
        Rule {
            id: "base64-json-credentials",
            kind: Kind::GenericSecret,
            keywords: &["eyj"],
            pattern: r"\b(?P<s>eyJ[A-Za-z0-9+/_-]{16,}={0,2})(?:[^A-Za-z0-9+/_=.-]|$)",
            check: Check::One(check_base64_json_credentials),
            requires: None,
        },
        Rule {
            id: "base64-private-key",
            kind: Kind::PrivateKey,
            // A PEM private key as base64 (`-----BEGIN` is `LS0tLS1CRUdJTi`): kubeconfig's
            // `client-key-data`, Kubernetes secrets, CI variables. Certificates stay.
            keywords: &["ls0tls1crudjti"],
            pattern: r"(?P<s>LS0tLS1CRUdJTi[A-Za-z0-9+/]*={0,2})",
            check: Check::One(check_base64_private_key),
            requires: None,
        },
        // --- Credentials in context ------------------------------------------------------------
        Rule {
            id: "connection-string-password",
            kind: Kind::Password,
            keywords: &["://", ":\\/\\/"],
            // The user part may hold an `@` (`alice@example.com:pw@db`): the password ends at the
            // last `@` before the host. People leave `#` and `?` unencoded in passwords
            // (`postgres://app:pa#ss@db`); a `/` would start the path.
            // JSON may escape the slashes: `"https:\/\/u:pw@host\/x"`. A password with an
            // unescaped `:` and `/` (`mongodb://app:ab:cd/ef@mongo`, as a MongoParseError
            // prints it) has a colon before its first slash, which no port has.
            pattern: r#"(?i)\b[a-z][a-z0-9+._-]{1,30}:(?://|\\/\\/)(?P<user>[^\s:/?#'"<>\[\]\\]*)(?::(?P<s>[^\s/'"<>\\]*|[^\s/'"<>\\@]*:[^\s'"<>\\@]*))?@[^\s/?#@'"<>\\]+"#,
            check: Check::One(check_url_userinfo),
            requires: Some(b"@"),
        },
        Rule {
            id: "authorization-header",
            kind: Kind::Authorization,
            keywords: &["authorization"],
            pattern: r#"(?i)\b(?:proxy-)?authorization\\?["']?[ \t]*[:=][ \t]*(?P<quote>\[|\\?["']?)"#,
            check: Check::Many(check_authorization_header),
            requires: None,
        },
        Rule {
            id: "bearer-token",
            kind: Kind::Authorization,
            keywords: &["bearer"],
            pattern: r"(?i)\bbearer[ \t]+(?P<s>[a-z0-9._~+/=-]{16,})",
            check: Check::One(check_bearer),
            requires: None,
        },
        Rule {
            id: "basic-credentials",
            kind: Kind::Authorization,
            keywords: &["basic"],
            pattern: r"(?i)\bbasic[ \t]+(?P<s>[a-z0-9+/]{8,}={0,2})(?:[^a-z0-9+/=]|$)",
            check: Check::One(check_basic),
            requires: None,
        },
        Rule {
            id: "cookie-header",
            kind: Kind::Cookie,
            // curl's `-b 'a=1; sid=…'` too (quoted: `git checkout -b name` has no list).
            keywords: &["cookie", "-b '", "-b \""],
            // Only the header name: `check_cookie_pairs` reads the `name=value` list after it.
            pattern: r#"(?i)(?:\b(?P<set>set-)?cookie\\?["']?[ \t]*:[ \t]*(?:\\?["']|\[)?|(?:^|\s)--cookie[ \t=]+["']?|(?:^|\s)-b[ \t]+["'])"#,
            check: Check::Many(check_cookie_pairs),
            requires: None,
        },
        Rule {
            id: "key-value-assignment",
            kind: Kind::GenericSecret,
            // `pass` and `sig` only where a separator follows: `PASSED`, `passed` and
            // `assignable` are on every other line of a build log.
            keywords: &[
                "password",
                "passwd",
                "passphrase",
                "pass=",
                "pass:",
                "pass\"",
                "pass'",
                "pass ",
                "pass\t",
                "pass\\",
                "pass\x1b",
                "pwd",
                "secret",
                "token",
                "key",
                "credential",
                "auth",
                "sig=",
                "sig:",
                "sig\"",
                "sig'",
                "sig ",
                "sig\\",
                "signature",
                "sessionid",
                "session_id",
                "session-id",
                "?code=",
                "&code=",
                "#code=",
                "_pat=",
                "_pat:",
                "_pat\"",
                "_pat ",
                "-pat=",
                "-pat:",
                "session:",
                "session=",
                "salt",
                "pepper",
                "appid=",
            ],
            // The key may go on after its secret word (`DB_PASSWORD_PROD`, `apiKeyV2`); Go's
            // `var apiToken string = "…"`, PHP's `.=`, make's `?=`/`::=`, and a quoted key
            // passed with its value (`setProperty("API_TOKEN", "…")`) are assignments too.
            pattern: r#"(?i)(?P<key>[a-z0-9_.-]*(?:pass(?:word|wd|phrase)?|pwd|secret_?key_?base|secret|token|key|credentials?|auth|signature|sig|session(?:[_-]?id)?|code|[_-]pat|salt|pepper|appid)[a-z0-9_-]*)(?P<quote>\\?["'])?(?:\x1b\[[0-9;]*m)*(?:[ \t]+string)?[ \t]*\\?(?P<sep>:{1,3}=|[?.+]=|=>|==|=|:|%3[Dd]|,)[ \t]*(?:\x1b\[[0-9;]*m)*"#,
            check: Check::One(check_key_value),
            requires: None,
        },
        Rule {
            id: "config-set",
            kind: Kind::GenericSecret,
            // A secret set through a tool's config command: `npm config set
            // //registry.npmjs.org/:_authToken …`, `aws configure set aws_secret_access_key …`,
            // `git config --global github.token …`, `poetry config pypi-token.pypi …`.
            keywords: &[
                "config set",
                "configure set",
                "config --",
                "config pypi-token",
                "config http-basic",
            ],
            pattern: r#"(?i)\bconfig(?:ure)?(?:[ \t]+--?[a-z-]+)*[ \t]+(?:set[ \t]+)?(?P<key>[^\s=]*?(?:pass(?:word|wd)?|pwd|secret[a-z_]*|token|key|auth[a-z]*|credentials?|pypi-token\.[a-z0-9_-]+))[ \t]+"#,
            check: Check::One(check_config_set),
            requires: None,
        },
        Rule {
            id: "xml-attribute-pair",
            kind: Kind::GenericSecret,
            // NuGet's and .NET's `<add key="ClearTextPassword" value="…" />`, Ant/Maven
            // `<property name="db.password" value="…"/>`.
            keywords: &["value="],
            pattern: r#"(?i)\b(?:key|name)[ \t]*=[ \t]*["'](?P<key>[a-z0-9_.:-]*(?:pass(?:word|wd|phrase)?|pwd|secret|token|key|credentials?|auth)[a-z0-9_.-]*)["'][ \t]+value[ \t]*=[ \t]*(?P<q>["'])"#,
            check: Check::One(check_xml_attribute_pair),
            requires: None,
        },
        Rule {
            id: "password-in-prose",
            kind: Kind::Password,
            // `Login as admin with password Passw0rd!`, `the password is 'S3cret'`, `new
            // password: …` is the key-value rule's. Only a value that mixes letters with digits
            // or symbols, or is quoted: `password authentication failed` is prose.
            keywords: &["password ", "passphrase "],
            pattern: r#"(?i)\b(?:with|using|use|new|temporary|initial|default|generated|the|your|admin|root|user)[ \t]+(?:password|passphrase)[ \t]+(?:is[ \t]+|of[ \t]+|set[ \t]+to[ \t]+|to[ \t]+)?"#,
            check: Check::One(check_password_in_prose),
            requires: None,
        },
        Rule {
            id: "labelled-secret",
            kind: Kind::GenericSecret,
            // A secret printed under a label in words, as debugging scripts and CI steps print
            // them: `session token (base64 for transport): …`, `secret key reversed: …`,
            // `password (url-encoded) = …`. The label has a space or a remark where a key
            // would have `_`, so the key-value rule does not see it; the value must end the
            // line and look generated.
            keywords: &[
                "secret key",
                "secret access key",
                "session token",
                "security token",
                "access token",
                "refresh token",
                "api key",
                "api token",
                "auth token",
                "client secret",
                "password ",
                "passphrase ",
                "access key",
                "unseal key",
                "recovery key",
                "secret id",
                "secretid",
            ],
            // Also tools' own banners: `vault operator init`'s `Unseal Key 1: …`, `consul acl
            // bootstrap`'s `SecretID: <uuid>` and `nomad acl bootstrap`'s `Secret ID = <uuid>`
            // (their tokens are UUIDs; the `AccessorID` beside them is an id), `supabase
            // status`'s `S3 Access Key: …` (not an `Access Key ID`).
            pattern: r"(?i)\b(?:(?P<key>secret[ \t]+(?:access[ \t]+)?key|(?:access|unseal|recovery)[ \t]+key(?:[ \t]+[0-9]{1,2})?|secret[ \t]*id|(?:session|security|access|refresh|auth|api)[ \t]+token|api[ \t]+key|client[ \t]+secret)(?:[ \t]+(?:\([^()\r\n]{1,40}\)|[a-z][a-z-]{1,15})){0,3}|(?P<password>password|passphrase)(?:[ \t]+(?:\([^()\r\n]{1,40}\)|[a-z][a-z-]{1,15})){1,3})[ \t]*[:=][ \t]*",
            check: Check::One(check_labelled_secret),
            requires: None,
        },
        Rule {
            id: "connect-call-password",
            kind: Kind::Password,
            // A database connection's arguments as a stack trace prints them: PHP's
            // `PDO->__construct('mysql:host=db', 'wp', 'pw', Array)`, `mysqli_connect('db',
            // 'wp', 'pw')`, JDBC's `DriverManager.getConnection(url, user, pw)`. The password is
            // the third argument in all of them (after a DSN or host, and a user).
            keywords: &["pdo", "mysqli", "getconnection", "mysql_connect"],
            pattern: r#"(?i)(?:\bPDO(?:->|::)__construct|\bnew[ \t]+PDO|\bmysqli(?:->|::)(?:__construct|real_connect)|\bnew[ \t]+mysqli|\bmysqli_(?:real_)?connect|\bmysql_connect|\bgetConnection)[ \t]*\([ \t]*(?:Object\([A-Za-z_\\]+\)[ \t]*,[ \t]*)?(?:'[^'\r\n]*'|"[^"\r\n]*"|NULL)[ \t]*,[ \t]*(?:'[^'\r\n]*'|"[^"\r\n]*"|NULL)[ \t]*,[ \t]*['"](?P<s>[^'"\r\n]+)['"]"#,
            check: Check::One(check_literal_password),
            requires: None,
        },
        Rule {
            id: "xml-element",
            kind: Kind::GenericSecret,
            keywords: &[
                "password",
                "passwd",
                "passphrase",
                "pass>",
                "pwd",
                "secret",
                "token",
                "key",
                "credential",
            ],
            pattern: r"(?i)<(?P<key>[a-z0-9_.:-]*(?:pass(?:word|wd|phrase)?|pwd|secret|token|key|credentials?))>(?P<s>[^<\r\n]{1,4096})</",
            check: Check::One(check_xml_element),
            requires: None,
        },
        Rule {
            id: "command-line-flag",
            kind: Kind::GenericSecret,
            keywords: &[
                "password",
                "passwd",
                "passphrase",
                "pass ",
                "pass\t",
                "pwd",
                "secret",
                "token",
                "key",
            ],
            pattern: r#"(?i)(?:^|[\s'"])--?(?P<key>[a-z0-9-]*(?:pass(?:word|wd|phrase)?|pwd|secret|token|api-?key|access-?key|secret-?key))[ \t]+"#,
            check: Check::One(check_command_line_flag),
            requires: None,
        },
        Rule {
            id: "sql-identified-by",
            kind: Kind::Password,
            keywords: &["identified"],
            pattern: r"(?i)\bidentified[ \t]+(?:with[ \t]+[a-z0-9_]+[ \t]+)?by[ \t]+(?:password[ \t]+)?",
            check: Check::One(check_identified_by),
            requires: None,
        },
        Rule {
            id: "mysql-attached-password",
            kind: Kind::Password,
            keywords: &["mysql", "mariadb"],
            pattern: r#"(?:^|\s)['"]?-p(?P<s>'[^']*'|"[^"]*"|[^\s'"]+)"#,
            check: Check::One(check_mysql_password),
            requires: None,
        },
        Rule {
            id: "login-password-flag",
            kind: Kind::Password,
            keywords: &["sshpass", "login", "mongo"],
            pattern: r#"(?:^|\s)-p[ \t]+(?P<s>'[^']*'|"[^"]*"|[^\s'"-]\S*)"#,
            check: Check::One(check_login_password),
            requires: None,
        },
        Rule {
            id: "redis-cli-password",
            kind: Kind::Password,
            keywords: &["redis-cli"],
            pattern: r#"(?:^|\s)-a[ \t]+(?P<s>'[^']*'|"[^"]*"|[^\s'"-]\S*)"#,
            check: Check::One(check_quoted_password_value),
            requires: None,
        },
        Rule {
            id: "tool-password-flag",
            kind: Kind::Password,
            // Tools whose password option is a letter of its own: OpenLDAP's `-w secret`,
            // Samba's `-U user%secret`, lftp's `-u user,secret`.
            // Windows' `net use \\host\share pw /user:u` or `net use … /user:u pw`.
            keywords: &[
                "ldap",
                "smbclient",
                "rpcclient",
                "smbmap",
                "lftp",
                "net use",
                "jenkins-cli",
            ],
            // Jenkins' CLI: `-auth user:apitoken` (`-auth @file` names a file).
            pattern: r#"(?:^|\s)(?:-auth[ \t]+['"]?[^\s:'"@]+:(?P<jenkins>[^\s'"]+)|-w[ 	]+(?P<w>'[^']*'|"[^"]*"|[^\s'"-]\S*)|-U[ 	]+['"]?[^\s%'"]+%(?P<smb>[^\s'"]+)|-u[ 	]+['"]?[^\s,'"]+,(?P<lftp>[^\s'"]+)|(?i:/user):\S+[ \t]+(?P<netuse>"[^"]*"|[^\s/'"*]\S*)|\\\\\S+[ \t]+(?P<netshare>"[^"]*"|[^\s/'"*]\S*))"#,
            check: Check::One(check_tool_password_flag),
            requires: None,
        },
        Rule {
            id: "tool-secret-option",
            kind: Kind::Password,
            // Options that take a password in tools people run by hand: keytool's and
            // jarsigner's `-storepass`/`-keypass`, `openssl enc -k`, `zip -P`, SQL Server's
            // and Sybase's `sqlcmd`/`bcp`/`osql`/`isql -U user -P pw`, `7z -p…`,
            // `htpasswd -b file user pw`, and a netrc's `password` on a line of its own.
            keywords: &[
                "storepass",
                "keypass",
                "openssl",
                "zip -",
                "sqlcmd",
                "bcp ",
                "osql",
                "isql",
                "7z ",
                "htpasswd",
                "password ",
                "passwd ",
            ],
            pattern: r#"(?:^|\s)(?:-(?:src|dest|new)?(?:store|key)pass[ \t]+(?P<store>'[^']*'|"[^"]*"|[^\s'"-]\S*)|-k[ \t]+(?P<openssl>'[^']*'|"[^"]*"|[^\s'"-]\S*)|-P[ \t]+(?P<zip>'[^']*'|"[^"]*"|[^\s'"-]\S*)|-p(?P<sevenzip>[^\s'"-]\S*)|-b[A-Za-z]*[ \t]+\S+[ \t]+\S+[ \t]+(?P<htpasswd>'[^']*'|"[^"]*"|[^\s'"-]\S*))|^[ \t]*(?:password|passwd)[ \t]+(?P<netrc>\S+)[ \t]*\r?$"#,
            check: Check::One(check_tool_secret_option),
            requires: None,
        },
        Rule {
            id: "ci-add-mask",
            kind: Kind::GenericSecret,
            // GitHub Actions' `::add-mask::value` names a value to hide; printed by `set -x`.
            keywords: &["::add-mask::"],
            pattern: r"::add-mask::(?P<s>[^\s$]\S*)",
            check: Check::One(check_not_placeholder),
            requires: None,
        },
        Rule {
            id: "key-value-table",
            kind: Kind::GenericSecret,
            // Two columns with a secret-named key: `vault kv get`'s `password    S3cr3t`, a
            // `Key  Value` table of settings, `pulumi config --show-secrets`' `acme:dbPassword  …`
            // (the stack's namespace before the colon).
            keywords: &[
                "password",
                "passwd",
                "secret",
                "token",
                "key",
                "pwd",
                "credential",
            ],
            pattern: r"^[ \t]*(?P<key>[A-Za-z0-9_.:-]*(?i:pass(?:word|wd)?|pwd|secret|token|key|credentials?)[A-Za-z0-9_.-]*)[ \t]{2,}",
            check: Check::One(check_key_value_table),
            requires: None,
        },
        Rule {
            id: "sql-password-literal",
            kind: Kind::Password,
            // `ALTER USER app PASSWORD 'x'`, `CREATE ROLE app LOGIN PASSWORD 'x'`, `SET PASSWORD
            // FOR 'u'@'%' = PASSWORD('x')`, Redis `requirepass x` / `> AUTH x`, and Redis'
            // `MONITOR`, which prints each command quoted: `… [0 10.0.0.5:51822] "AUTH" "pw"`
            // (`"AUTH" "user" "pw"` with ACLs).
            keywords: &[
                "password '",
                "password('",
                "password(\"",
                "requirepass",
                "masterauth",
                "auth ",
                "\"auth\" \"",
            ],
            pattern: r#"(?i:\bpassword[ \t]*\(?[ \t]*'(?P<sql>[^'\r\n]+)'|\b(?:requirepass|masterauth)[ \t]+(?P<redis>"[^"]*"|\S+))|(?:^|>[ \t]*)AUTH[ \t]+(?:(?P<user>[^\s"]+)[ \t]+)?(?P<auth>"[^"]*"|[^\s"]+)[ \t]*\r?$|\]\s"AUTH"(?:[ \t]+"[^"\r\n]*")?[ \t]+"(?P<monitor>[^"\r\n]+)"[ \t]*\r?$"#,
            check: Check::One(check_sql_password_literal),
            requires: None,
        },
        Rule {
            id: "der-private-key",
            kind: Kind::PrivateKey,
            // A private key as base64 DER without its PEM armor (`MIIEvQIBADANBg…`,
            // `MIIEpAIBAAKCAQEA…`, `MHcCAQEE…`): a SEQUENCE whose first element is a version
            // INTEGER. Certificates and public keys start with a SEQUENCE inside.
            keywords: &[
                "miie", "miij", "miic", "miig", "miib", "miik", "miid", "mhcc", "mc4c", "migh",
                "mii",
            ],
            pattern: r"(?:^|[^A-Za-z0-9+/])(?P<s>M[A-Za-z0-9+/]{60,}={0,2})(?:[^A-Za-z0-9+/=]|$)",
            check: Check::One(check_der_private_key),
            requires: None,
        },
        Rule {
            id: "powershell-secure-string",
            kind: Kind::Password,
            keywords: &["convertto-securestring"],
            pattern: r#"(?i)ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?P<s>'[^']+'|"[^"]+")"#,
            check: Check::One(check_quoted_password_value),
            requires: None,
        },
        Rule {
            id: "pgpass-line",
            kind: Kind::Password,
            // `~/.pgpass`: `host:port:database:user:password`.
            keywords: &[":5432:", ":*:"],
            pattern: r"^[ \t]*[^:\s]+:(?:[0-9]{1,5}|\*):[^:\s]+:[^:\s]+:(?P<s>\S+)[ \t]*\r?$",
            check: Check::One(check_literal_password),
            requires: None,
        },
        Rule {
            id: "echo-piped-password",
            kind: Kind::Password,
            // `set -x` shows what was piped into a password prompt: `echo 'pw' | sudo -S …`,
            // `echo "pw" | docker login --password-stdin`, `echo 'ci:pw' | chpasswd`.
            keywords: &[
                "password-stdin",
                "sudo -s",
                "chpasswd",
                "passwd --stdin",
                "pass-stdin",
            ],
            pattern: r#"\b(?:echo|printf)[ \t]+(?:-[ne]+[ \t]+)?(?P<s>'[^']*'|"[^"]*"|[^\s'"|;]+)[ \t]*\|"#,
            check: Check::One(check_piped_password),
            requires: None,
        },
        Rule {
            id: "vault-legacy-token",
            kind: Kind::VaultToken,
            // Vault's tokens before 1.10: `s.` and 24 characters, on a line about Vault.
            keywords: &["vault"],
            pattern: r"(?:^|[^A-Za-z0-9_.-])(?P<s>[sbr]\.[A-Za-z0-9]{24})(?:[^A-Za-z0-9_.-]|$)",
            check: Check::One(check_random_token),
            requires: None,
        },
        Rule {
            id: "curl-user-password",
            kind: Kind::Password,
            keywords: &["curl", "wget"],
            pattern: r#"(?:^|\s)(?:-u|--user|-U|--proxy-user)(?:[ \t]+|=)?['"]?[^\s:'"]+:(?P<s>[^\s'"]+)"#,
            check: Check::One(check_curl_user),
            requires: None,
        },
        Rule {
            id: "login-before-at",
            kind: Kind::Password,
            // `alice@corp.io:Summer2024!` (a login written as address and password, as in
            // credential lists) and `deploy:Pa55w0rd@10.0.0.5`, `proxy=alice:pw@proxy:3128`
            // (URL user info without the scheme: scp, rsync, proxy settings). The regex only
            // finds each `@`; `check_logins_at` reads the text around it, which is cheaper than
            // a regex on every line with an `@` (npm prints one on most lines).
            keywords: &["@"],
            pattern: r"@",
            check: Check::Many(check_logins_at),
            requires: Some(b":"),
        },
        Rule {
            id: "oracle-logon",
            kind: Kind::Password,
            // Oracle's logon strings, `user/password@service`, look like an address after the
            // slash: `sqlplus scott/tiger@db.corp.io:1521/ORCL`, `expdp system/pw@orcl`,
            // `userid=scott/tiger`, `jdbc:oracle:thin:scott/tiger@//db:1521/ORCL`.
            keywords: &[
                "sqlplus", "sqlcl", "expdp", "impdp", "sqlldr", "rman", "dgmgrl", "userid",
                "oracle", "connect ",
            ],
            pattern: r#"(?:^|[\s='":])(?P<user>[A-Za-z_][A-Za-z0-9_$#]{0,63})/(?P<s>"[^"\r\n]+"|[^\s/@'"]+)(?:@|\s|$)"#,
            check: Check::One(check_oracle_logon),
            requires: None,
        },
        Rule {
            id: "login-call",
            kind: Kind::Password,
            // A user name and password passed as string literals, as tracebacks print them:
            // `smtp.login("a@b.io", "pw")`, `auth=("ci", "pw")`, `HTTPBasicAuth('u', 'pw')`.
            keywords: &[
                "login(",
                "log_in(",
                "signin(",
                "sign_in(",
                "authenticate(",
                "auth=",
                "auth =",
                "auth(",
                "credentials(",
            ],
            pattern: r#"(?i)\b(?:login|log_in|signin|sign_in|authenticate|auth|basicauth|httpbasicauth|httpdigestauth|digestauth|credentials)[ \t]*[=(][ \t]*\(?[ \t]*(?:b|u)?['"][^'"\r\n]*['"][ \t]*,[ \t]*(?:b|u)?['"](?P<s>[^'"\r\n]+)['"]"#,
            check: Check::One(check_literal_password),
            requires: None,
        },
        Rule {
            id: "protocol-login",
            kind: Kind::Password,
            // Protocol traces and netrc: IMAP `a1 LOGIN user pw`, FTP `> PASS pw` (a client's
            // trace marker in front: Jest's `PASS src/app.test.js` is a test result), `.netrc`'s
            // `machine h login u password pw`.
            keywords: &[
                "> pass ",
                ">pass ",
                ": pass ",
                "'pass ",
                "-> pass ",
                " login ",
                "\tlogin ",
                "password ",
                "passwd ",
            ],
            pattern: r#"(?:(?:^|[>:][ \t]*)[A-Za-z]{0,4}[0-9]{1,6}[ \t]+LOGIN[ \t]+(?:"[^"]*"|[^\s"]+)[ \t]+(?P<s>"[^"]*"|[^\s"]+)[ \t]*\r?$|^[ \t]*(?:[<>]|-+>|ftp>|C:|\*cmd\*)[ \t]*'?PASS[ \t]+(?P<pass>[^\s']+)'?[ \t]*\r?$|(?i:\b(?:login|user|username)[ \t]+\S+[ \t]+(?:password|passwd)[ \t]+)(?P<netrc>\S+))"#,
            check: Check::One(check_protocol_login),
            requires: None,
        },
        Rule {
            id: "sasl-plain",
            kind: Kind::Authorization,
            // SMTP/IMAP `AUTH PLAIN <base64 of \0user\0password>`, `AUTHENTICATE XOAUTH2 …`.
            keywords: &[
                "auth plain",
                "auth xoauth2",
                "auth oauthbearer",
                "authenticate plain",
                "authenticate xoauth2",
                "authenticate oauthbearer",
            ],
            pattern: r"\bAUTH(?:ENTICATE)?[ \t]+(?:PLAIN|XOAUTH2|OAUTHBEARER)[ \t]+(?P<s>[A-Za-z0-9+/]{8,}={0,2})(?:\s|$)",
            check: Check::One(check_basic_or_sasl),
            requires: None,
        },
        Rule {
            id: "cookie-jar-line",
            kind: Kind::Cookie,
            // A Netscape cookie file (curl's `-c`, wget's `--save-cookies`): domain, subdomains,
            // path, secure, expiry, name and value, separated by tabs. Judged like a header's.
            keywords: &["\ttrue\t", "\tfalse\t"],
            pattern: r"^(?:#HttpOnly_)?[^\s]+\t(?:TRUE|FALSE)\t[^\t]*\t(?:TRUE|FALSE)\t[0-9]+\t(?P<name>[^\t]+)\t(?P<s>[^\t\r\n]+)",
            check: Check::One(check_cookie_jar_line),
            requires: None,
        },
        Rule {
            id: "bundler-config-credential",
            kind: Kind::Password,
            // `bundle config` prints a source's credentials as `"user:password"` under the host.
            keywords: &[
                "set for your",
                "set for the current user",
                "set via bundle_",
            ],
            pattern: r#"^[ \t]*Set (?:for [^:\r\n]*|via BUNDLE_[A-Z0-9_]+): "[^"/@:\s]+:(?P<s>[^"/\s]+)""#,
            check: Check::One(check_not_placeholder),
            requires: None,
        },
        Rule {
            id: "azure-key-in-json",
            kind: Kind::AzureKey,
            // `az storage account keys list`: a 64-byte key (86 base64 characters and `==`) as a
            // JSON `value`, its name on another line; or, with `-o table`/`-o tsv`, a column of
            // a row named `key1`/`key2` (`key1  FULL  …==`), as Azure names its key pairs.
            keywords: &["\"value\":", "key1", "key2"],
            pattern: r#""value":[ \t]*"(?P<s>[A-Za-z0-9+/]{86}==)"|(?:^|\s)(?P<column>[A-Za-z0-9+/]{86}==)(?:\s|$)"#,
            check: Check::One(check_azure_listed_key),
            requires: None,
        },
        Rule {
            id: "kafka-jaas-api-key",
            kind: Kind::GenericSecret,
            // Confluent Cloud logs clients in with an API key (16 upper-case letters and
            // digits) as the SASL user name: `sasl.jaas.config=…PlainLoginModule required
            // username='KEY' password='…';`. Other user names stay.
            keywords: &["loginmodule"],
            pattern: r#"LoginModule[ \t]+required[ \t]+username[ \t]*=[ \t]*\\?["'](?P<s>[A-Z0-9]{16})\\?["']"#,
            check: Check::One(check_random_token),
            requires: None,
        },
        Rule {
            id: "saml-response",
            kind: Kind::GenericSecret,
            // A SAML response is a signed assertion that logs its bearer in until it expires:
            // `SAMLResponse=PHNhbWxwOlJlc3BvbnNl…` in a form post, a debug log's parameter map
            // (`params={SAMLResponse=[…]}`), or URL-encoded.
            keywords: &["samlresponse"],
            pattern: r#"SAMLResponse["']?[ \t]*[=:][ \t]*[\["']?(?P<s>(?:[A-Za-z0-9+/=]|%2[BbFf]|%3[Dd]){100,})"#,
            check: Check::One(accept),
            requires: None,
        },
        // --- Personal data ---------------------------------------------------------------------
        Rule {
            id: "email",
            kind: Kind::Email,
            keywords: &["@"],
            pattern: r"(?P<s>[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24})\b",
            check: Check::One(check_email),
            requires: None,
        },
        Rule {
            id: "card-number",
            kind: Kind::CardNumber,
            keywords: &[],
            // Groups separated by one or two spaces, a tab, dash, dot or plus, or their
            // percent-encodings (`%20`, `%2B`, `%2D`); the number may follow `=`, `:` or `/`
            // (`pan=…`, `card:…`, `/cards/…/charge`) or an encoded byte.
            pattern: r"(?:^|%[0-9A-Fa-f]{2}|[^0-9A-Za-z_.+-])(?P<s>[0-9](?:(?:  ?|[\t.+-]|%2[0BbDd])?[0-9]){12,31})(?:[^0-9A-Za-z_=-]|$)",
            check: Check::One(check_card_number),
            requires: None,
        },
    ]
}

// --- Checks ----------------------------------------------------------------------------------

/// Letters, digits, upper and lower case: how many of the three a token mixes.
fn letter_digit_classes(token: &[u8]) -> usize {
    let lower = token.iter().any(u8::is_ascii_lowercase);
    let upper = token.iter().any(u8::is_ascii_uppercase);
    let digit = token.iter().any(u8::is_ascii_digit);
    usize::from(lower) + usize::from(upper) + usize::from(digit)
}

/// A prefixed token is random after its prefix: it mixes digits or cases
/// (`API-GATEWAYINTEGRATIONTESTS01` has a digit too; `ico-` + a word does not pass).
fn check_random_token(candidate: &Candidate<'_>) -> Option<Hit> {
    match letter_digit_classes(candidate.secret_bytes()) >= 2
        && !is_aws_example(candidate.secret_bytes())
    {
        true => candidate.accept(),
        false => None,
    }
}

/// A random key has digits; `key-` followed by 32 letters is a name.
fn check_has_digit(candidate: &Candidate<'_>) -> Option<Hit> {
    match candidate.secret_bytes().iter().any(u8::is_ascii_digit) {
        true => candidate.accept(),
        false => None,
    }
}

/// AWS documents its examples with keys ending in `EXAMPLE` (`AKIAIOSFODNN7EXAMPLE`,
/// `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`); they are public and kept readable.
fn is_aws_example(secret: &[u8]) -> bool {
    secret.windows(7).any(|window| window == b"EXAMPLE")
}

fn check_not_aws_example(candidate: &Candidate<'_>) -> Option<Hit> {
    match is_aws_example(candidate.secret_bytes()) {
        true => None,
        false => candidate.accept(),
    }
}

/// A 40-character AWS secret mixes cases; a lower-case 40-hex git SHA does not.
fn is_mixed_case(secret: &[u8]) -> bool {
    secret.iter().any(u8::is_ascii_uppercase) && secret.iter().any(u8::is_ascii_lowercase)
}

fn check_aws_secret(candidate: &Candidate<'_>) -> Option<Hit> {
    let secret = candidate.secret_bytes();
    match !is_aws_example(secret) && is_mixed_case(secret) {
        true => candidate.accept(),
        false => None,
    }
}

/// Whether the line holds an AWS key id starting with one of `prefixes` (`AKIA`, `ASIA`).
fn contains_aws_key_id(line: &[u8], prefixes: &[&[u8]]) -> bool {
    line.windows(20).any(|window| {
        prefixes.contains(&&window[..4])
            && window[4..]
                .iter()
                .all(|byte| byte.is_ascii_uppercase() || byte.is_ascii_digit())
    })
}

fn check_aws_secret_beside_key_id(candidate: &Candidate<'_>) -> Option<Hit> {
    let secret = candidate.secret_bytes();
    let has_digit_or_symbol = secret
        .iter()
        .any(|byte| byte.is_ascii_digit() || *byte == b'/' || *byte == b'+');
    match contains_aws_key_id(candidate.line, &[b"AKIA", b"ASIA"])
        && is_mixed_case(secret)
        && has_digit_or_symbol
        && !is_aws_example(secret)
    {
        true => candidate.accept(),
        false => None,
    }
}

fn check_session_token_beside_key_id(candidate: &Candidate<'_>) -> Option<Hit> {
    let temporary_key_id = contains_aws_key_id(candidate.line, &[b"ASIA"]);
    if !temporary_key_id || letter_digit_classes(candidate.secret_bytes()) != 3 {
        return None;
    }
    // In a percent-encoded line (`%22IQoJ…`) the escape's two hex digits are not the token's.
    let mut secret = candidate.secret();
    let line = candidate.line;
    if secret.start > 0
        && line[secret.start - 1] == b'%'
        && line[secret.start..secret.start + 2]
            .iter()
            .all(u8::is_ascii_hexdigit)
    {
        secret.start += 2;
    }
    candidate.hit(candidate.kind, secret)
}

fn check_sas_signature(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    if is_labelled_digest(candidate.secret_bytes()) {
        return None;
    }
    let azure = contains_ignore_ascii_case(line, b"sv=")
        || contains_ignore_ascii_case(line, b"sharedaccesssignature")
        || contains_ignore_ascii_case(line, b".windows.net");
    let kind = match azure {
        true => Kind::AzureKey,
        false => Kind::GenericSecret,
    };
    candidate.hit(kind, candidate.secret())
}

/// A Twilio auth token is 32 hex digits, like an MD5 sum; only a Twilio account id or the word
/// on the same line makes it one.
fn check_twilio_context(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let account_sid = line.windows(34).any(|window| {
        window.starts_with(b"AC")
            && window[2..]
                .iter()
                .all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(byte))
    });
    match account_sid || contains_ignore_ascii_case(line, b"twilio") {
        true => candidate.accept(),
        false => None,
    }
}

/// A Discord bot token: three dot-separated base64url parts, the first (the bot's id) and the
/// last (the HMAC) random-looking, unlike a dotted identifier.
fn check_discord_bot_token(candidate: &Candidate<'_>) -> Option<Hit> {
    let secret = candidate.secret_bytes();
    let mut parts = secret.split(|&byte| byte == b'.');
    let first = parts.next().unwrap_or_default();
    let last = parts.nth(1).unwrap_or_default();
    let mixed = |part: &[u8]| {
        let lower = part.iter().any(u8::is_ascii_lowercase);
        let upper = part.iter().any(u8::is_ascii_uppercase);
        let digit = part.iter().any(u8::is_ascii_digit);
        usize::from(lower) + usize::from(upper) + usize::from(digit) >= 2
    };
    // The id part is base64 of decimal digits, which puts digits in it.
    let first_has_digit = first.iter().any(u8::is_ascii_digit);
    match first_has_digit && mixed(first) && mixed(last) {
        true => candidate.accept(),
        false => None,
    }
}

/// 32 hex digits on a Datadog line are its API key when the line speaks of a key, and not
/// when the word before them names a digest (`md5 9e10…`, `etag: …`).
fn check_datadog_key(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let secret = candidate.secret();
    let before = &line[secret.start.saturating_sub(16)..secret.start];
    let digest_word = [
        b"md5".as_slice(),
        b"sha",
        b"hash",
        b"digest",
        b"checksum",
        b"etag",
    ]
    .iter()
    .any(|word| contains_ignore_ascii_case(before, word));
    match contains_ignore_ascii_case(line, b"key") && !digest_word {
        true => candidate.accept(),
        false => None,
    }
}

/// A JWT is kept as a JWT, except Supabase's own keys (their payload names the issuer).
fn check_jwt(candidate: &Candidate<'_>) -> Option<Hit> {
    let secret = candidate.secret_bytes();
    let payload = secret
        .split(|&byte| byte == b'.')
        .nth(1)
        .unwrap_or_default();
    let kind = match decode_base64(payload, 4096) {
        Some(decoded) if contains_ignore_ascii_case(&decoded, b"supabase") => Kind::SupabaseKey,
        _ => Kind::Jwt,
    };
    candidate.hit(kind, candidate.secret())
}

/// Base64 is data and is kept, unless it is JSON (`eyJ` is `{"`) that holds credentials, like a
/// Docker `.dockerconfigjson` or a Kubernetes secret echoed in an error.
fn check_base64_json_credentials(candidate: &Candidate<'_>) -> Option<Hit> {
    let decoded = decode_base64(candidate.secret_bytes(), 8192)?;
    let holds_credentials = [
        b"\"auth\"".as_slice(),
        b"password",
        b"secret",
        b"token",
        b"private_key",
        b"apikey",
        b"api_key",
        b"datakey",
    ]
    .iter()
    .any(|needle| contains_ignore_ascii_case(&decoded, needle));
    match holds_credentials {
        true => candidate.accept(),
        false => None,
    }
}

/// `scheme://user:password@host`: the password goes, user and host stay. A URL with a user
/// name only keeps it, unless the name is itself a credential (`https://<token>@github.com`, a
/// Sentry DSN key).
fn check_url_userinfo(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    if let Some(password) = candidate.group("s") {
        let value = &line[password.clone()];
        // `jdbc:sqlserver://db:1433;user=sa;password=P@ss`: a port and properties, with an `@`
        // in the password; the key-value rule owns it.
        let digits = value
            .iter()
            .take_while(|byte| byte.is_ascii_digit())
            .count();
        if (1..=5).contains(&digits) && value.get(digits) == Some(&b';') {
            return None;
        }
        // `postgres://user:password@localhost`: the documentation's pair of placeholders.
        let placeholder_pair = candidate.group("user").is_some_and(|user| {
            matches!(
                line[user].to_ascii_lowercase().as_slice(),
                b"user" | b"username" | b"login"
            ) && matches!(
                value.to_ascii_lowercase().as_slice(),
                b"password" | b"pass" | b"passwd" | b"pw" | b"pwd" | b"secret"
            )
        });
        return match is_placeholder(value) || placeholder_pair {
            true => None,
            false => candidate.hit(Kind::Password, password),
        };
    }
    let user = candidate.group("user")?;
    let name = &line[user.clone()];
    match name.len() >= 16 && looks_like_credential(name) && !name.contains(&b'.') {
        true => candidate.hit(Kind::GenericSecret, user),
        false => None,
    }
}

/// Authorization schemes whose credential is a single token.
const SINGLE_TOKEN_SCHEMES: &[&[u8]] = &[
    b"bearer",
    b"basic",
    b"token",
    b"bot",
    b"apikey",
    b"api-key",
    b"sso-key",
    b"jwt",
    b"otp",
    b"key",
    b"splunk",
    b"ssws",
    b"klaviyo-api-key",
];

/// Schemes whose credential is a list of parameters (`Digest username="x", response="…"`).
const PARAMETER_SCHEMES: &[&[u8]] = &[
    b"digest",
    b"aws4-hmac-sha256",
    b"hawk",
    b"oauth",
    b"negotiate",
    b"ntlm",
    b"hmac",
    b"mac",
    b"signature",
    b"sharedaccesssignature",
];

fn check_authorization_header(candidate: &Candidate<'_>, hits: &mut Vec<Hit>) {
    if let Some(hit) = authorization_credential(candidate, hits) {
        hits.push(hit);
    }
}

/// The credential of an `Authorization` header: its token, or for a scheme with parameters
/// the values of the secret ones (added to `hits`; `None` returned).
fn authorization_credential(candidate: &Candidate<'_>, hits: &mut Vec<Hit>) -> Option<Hit> {
    let line = candidate.line;
    let mut position = candidate.whole().end;
    let quote = candidate
        .group("quote")
        .map(|range| &line[range])
        .unwrap_or_default();
    // Go prints a header map as `map[Authorization:[Digest …]]`.
    let mut closing_quote = match quote.last().copied() {
        Some(b'[') => Some(b']'),
        other => other,
    };
    // A Python bytes literal (`'Authorization': b'Bearer …'`).
    if closing_quote.is_none()
        && line.get(position) == Some(&b'b')
        && matches!(line.get(position + 1), Some(b'\'') | Some(b'"'))
    {
        closing_quote = line.get(position + 1).copied();
        position += 2;
    }
    // An optional scheme word.
    let word_end = position
        + line[position..]
            .iter()
            .take_while(|byte| byte.is_ascii_alphanumeric() || **byte == b'-')
            .count();
    let word = line[position..word_end].to_ascii_lowercase();
    let after_word = line.get(word_end).copied();
    let scheme = match after_word {
        Some(b' ') | Some(b'\t') if !word.is_empty() => Some(word),
        _ => None,
    };
    if let Some(scheme) = &scheme {
        position = word_end;
        while matches!(line.get(position), Some(b' ') | Some(b'\t')) {
            position += 1;
        }
        if PARAMETER_SCHEMES.contains(&scheme.as_slice()) {
            // The credential runs to the closing quote or the end of the line.
            let end = match closing_quote {
                Some(quote_byte) => line[position..]
                    .iter()
                    .position(|&byte| byte == quote_byte || byte == b'\\')
                    .map_or(line.len(), |offset| position + offset),
                None => line.len(),
            };
            let secret = trim_range(line, position..end);
            if secret.is_empty() || is_placeholder(&line[secret.clone()]) {
                return None;
            }
            // NTLM's first two messages (`TlRMTVNTUAAB…` negotiate, `TlRMTVNTUAAC…` challenge)
            // carry flags, names and a nonce; only the third (`…UAAD…`) holds the response.
            let blob = &line[secret.clone()];
            if blob.starts_with(b"TlRMTVNTUAAB") || blob.starts_with(b"TlRMTVNTUAAC") {
                return None;
            }
            // `Digest username="ci", realm="x", nonce="…", response="…"`: only the secret
            // parameters go; a list without a known one goes whole.
            let kind = match scheme.as_slice() {
                b"sharedaccesssignature" => Kind::AzureKey,
                _ => Kind::Authorization,
            };
            let first = hits.len();
            for value in secret_parameters(line, secret.clone()) {
                hits.push(Hit {
                    secret: value,
                    kind,
                    context_start: candidate.whole().start,
                });
            }
            return match hits.len() > first {
                true => None,
                false => candidate.hit(Kind::Authorization, secret),
            };
        }
        if !SINGLE_TOKEN_SCHEMES.contains(&scheme.as_slice()) {
            // An unknown word followed by a space is prose (`Authorization: required for …`).
            return None;
        }
    }
    let value = read_value(line, position)?;
    let bytes = &line[value.range.clone()];
    if is_placeholder(bytes) {
        return None;
    }
    // Without a scheme the value must look like a credential on its own.
    match scheme.is_some() || looks_like_credential(bytes) {
        true => candidate.hit(Kind::Authorization, value.range),
        false => None,
    }
}

/// Parameters of an authorization scheme whose values are secrets: Digest's `response`, AWS
/// SigV4's and HTTP Signatures' `Signature`, OAuth 1's token and signature, Hawk's `mac`, a SAS
/// `sig`. Names, realms, nonces, URIs, key ids and dates are not.
const SECRET_PARAMETERS: &[&[u8]] = &[
    b"response",
    b"signature",
    b"sig",
    b"oauth_signature",
    b"oauth_token",
    b"mac",
    b"password",
    b"token",
    b"secret",
];

/// The values of the secret parameters in a `name=value, name="value"` (or `&`-joined) list.
fn secret_parameters(line: &[u8], list: Range<usize>) -> Vec<Range<usize>> {
    let mut values = Vec::new();
    let mut position = list.start;
    while position < list.end {
        while position < list.end && matches!(line[position], b' ' | b'\t' | b',' | b'&' | b';') {
            position += 1;
        }
        let name_start = position;
        while position < list.end
            && (line[position].is_ascii_alphanumeric() || matches!(line[position], b'_' | b'-'))
        {
            position += 1;
        }
        let name = &line[name_start..position];
        if name.is_empty() || line.get(position) != Some(&b'=') || position >= list.end {
            // Not a `name=value` here (`host;x-amz-date`, NTLM's base64 blob): on to the next
            // separator.
            while position < list.end && !matches!(line[position], b',' | b'&' | b' ') {
                position += 1;
            }
            continue;
        }
        position += 1;
        let quoted = line.get(position) == Some(&b'"');
        if quoted {
            position += 1;
        }
        let value_start = position;
        while position < list.end
            && match quoted {
                true => line[position] != b'"',
                false => !matches!(line[position], b',' | b'&' | b';' | b' ' | b'\t'),
            }
        {
            position += 1;
        }
        let value = value_start..position;
        if quoted && position < list.end {
            position += 1;
        }
        if SECRET_PARAMETERS
            .iter()
            .any(|secret| name.eq_ignore_ascii_case(secret))
            && !value.is_empty()
        {
            values.push(value);
        }
    }
    values
}

fn check_bearer(candidate: &Candidate<'_>) -> Option<Hit> {
    let secret = candidate.secret_bytes();
    match looks_like_credential(secret) && !is_placeholder(secret) {
        true => candidate.accept(),
        false => None,
    }
}

/// `Basic <base64>` outside a header counts only when the base64 decodes to `user:password`.
fn check_basic(candidate: &Candidate<'_>) -> Option<Hit> {
    let decoded = decode_base64(candidate.secret_bytes(), 512)?;
    let printable = decoded.iter().all(|byte| (0x20..0x7f).contains(byte));
    match printable && decoded.contains(&b':') && decoded.len() >= 3 {
        true => candidate.accept(),
        false => None,
    }
}

/// `Set-Cookie` attributes: settings of the cookie, not secrets (`Expires` holds `, `).
const COOKIE_ATTRIBUTES: &[&[u8]] = &[
    b"expires",
    b"max-age",
    b"domain",
    b"path",
    b"secure",
    b"httponly",
    b"samesite",
    b"priority",
    b"partitioned",
    b"version",
    b"comment",
];

/// Parts of cookie names that say the value is a session or a credential (`sessionid`,
/// `PHPSESSID`, `XSRF-TOKEN`, `remember_token`, `__Host-auth`). `sid` counts only at the end
/// of a name (`connect.sid`, Google's `SAPISID`), not in `side`.
const SESSION_COOKIE_WORDS: &[&[u8]] = &[
    b"sess",
    b"auth",
    b"token",
    b"jwt",
    b"csrf",
    b"xsrf",
    b"remember",
    b"secret",
    b"pass",
    b"cred",
    b"saml",
    b"oauth",
    b"refresh",
    b"apikey",
    b"api_key",
    b"api-key",
];

fn is_session_cookie_name(name: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    let has = |word: &[u8]| memchr::memmem::find(&lower, word).is_some();
    (SESSION_COOKIE_WORDS.iter().any(|word| has(word)) && !has(b"author"))
        || lower.ends_with(b"sid")
}

fn is_cookie_name_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric()
        || matches!(
            byte,
            b'!' | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'*'
                | b'+'
                | b'-'
                | b'.'
                | b'^'
                | b'_'
                | b'`'
                | b'|'
                | b'~'
        )
}

/// Cookie values hold no white space, quotes, `,;\` (RFC 6265); `])}` close the structure a
/// header map or a repr printed around them.
fn is_cookie_value_byte(byte: u8) -> bool {
    byte > b' '
        && byte < 0x7f
        && !matches!(
            byte,
            b'"' | b'\'' | b',' | b';' | b'\\' | b']' | b')' | b'}'
        )
}

fn is_uuid(run: &[u8]) -> bool {
    run.len() == 36
        && run.iter().enumerate().all(|(index, &byte)| match index {
            8 | 13 | 18 | 23 => byte == b'-',
            _ => byte.is_ascii_hexdigit(),
        })
}

/// A value that is random rather than a word or a number: a base64/hex-like run of 16 or more
/// that mixes letters and digits or cases. Not dotted numbers (`GA1.2.1234567890.1714560000`),
/// percent-encoded text (`%7B%22theme%22…`), or a UUID (an id, kept everywhere else too).
fn looks_random(value: &[u8]) -> bool {
    value
        .split(|&byte| {
            !(byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'/' | b'=' | b'_' | b'-'))
        })
        .any(|run| {
            let lower = run.iter().any(u8::is_ascii_lowercase);
            let upper = run.iter().any(u8::is_ascii_uppercase);
            let digit = run.iter().any(u8::is_ascii_digit);
            run.len() >= 16
                && usize::from(lower) + usize::from(upper) + usize::from(digit) >= 2
                && !is_uuid(run)
        })
}

/// Whether a cookie's value is a session or a credential: its name says so (and the value is
/// not a deletion marker, a flag or a count), or the value is long and random whatever its
/// name. `theme=dark`, `lang=en`, `tz=UTC` stay readable.
fn is_secret_cookie(name: &[u8], value: &[u8]) -> bool {
    if is_placeholder(value) || is_tracking_cookie_name(name) {
        return false;
    }
    let lower_value = value.to_ascii_lowercase();
    if matches!(
        lower_value.as_slice(),
        b"deleted" | b"expired" | b"invalid" | b"logout" | b"yes" | b"no" | b"on" | b"off"
    ) {
        return false;
    }
    // A URL, plain or percent-encoded (NextAuth's `callback-url=https%3A%2F%2Fapp.io`), says
    // where to go back to; a token in its query is found by the query's own rules.
    let url = [
        &b"https://"[..],
        b"http://",
        b"https%3a%2f%2f",
        b"http%3a%2f%2f",
    ]
    .iter()
    .any(|scheme| lower_value.starts_with(scheme));
    if url {
        return false;
    }
    // `session_timeout=1800`, `auth_attempts=3`: numbers short of an id's length.
    let count = value.len() < 12 && value.iter().all(u8::is_ascii_digit);
    (is_session_cookie_name(name) && value.len() >= 3 && !count) || looks_random(value)
}

fn check_cookie_jar_line(candidate: &Candidate<'_>) -> Option<Hit> {
    let name = &candidate.line[candidate.group("name")?];
    match is_secret_cookie(name, candidate.secret_bytes()) {
        true => candidate.accept(),
        false => None,
    }
}

/// Cookies that load balancers, bot filters and analytics set, whose random values identify a
/// browser or a server, never log anybody in: AWS's `AWSALB`, Cloudflare's `__cf_bm` and
/// `_cfuvid`, Stripe's fraud ids, Google/Meta/Bing/Hotjar/Segment/Mixpanel/Amplitude/Clarity
/// ids (`_gcl_au`, `_fbp`, `_uetsid`, `_hjSessionUser_1`, `ajs_anonymous_id`, `mp_…_mixpanel`).
fn is_tracking_cookie_name(name: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    const EXACT: &[&[u8]] = &[
        b"awsalb",
        b"awsalbcors",
        b"awsalbtg",
        b"awsalbtgcors",
        b"awselb",
        b"awselbcors",
        b"__cf_bm",
        b"_cfuvid",
        b"__stripe_mid",
        b"__stripe_sid",
        b"_gid",
        b"_fbp",
        b"_fbc",
        b"_uetsid",
        b"_uetvid",
        b"_clck",
        b"_clsk",
        b"ajs_anonymous_id",
        b"ajs_user_id",
    ];
    const PREFIXES: &[&[u8]] = &[
        b"_ga",
        b"_gcl_",
        b"_hj",
        b"mp_",
        b"amplitude_id",
        b"intercom-id-",
        b"intercom-device-id-",
    ];
    EXACT.contains(&lower.as_slice()) || PREFIXES.iter().any(|prefix| lower.starts_with(prefix))
}

/// Whether `rest` starts a new `name=` pair after a comma (`Path=/, sid=…`: a client joined
/// two `Set-Cookie` headers), rather than going on with a date (`Expires=Wed, 01 May …`).
fn starts_cookie_pair(rest: &[u8]) -> bool {
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let name_length = rest
        .iter()
        .take_while(|&&byte| is_cookie_name_byte(byte))
        .count();
    name_length > 0 && rest.get(name_length) == Some(&b'=')
}

/// `Cookie: a=1; sid=…` and `Set-Cookie: sid=…; Path=/; Expires=Wed, 01 May …`: each secret
/// value goes on its own; names, harmless values and attributes stay. The list ends at the
/// first thing that is not a `name=value` pair, so a header map's next entry (`User-Agent`)
/// is never touched.
fn check_cookie_pairs(candidate: &Candidate<'_>, hits: &mut Vec<Hit>) {
    let line = candidate.line;
    let header = candidate.whole();
    let set_cookie = candidate.group("set").is_some();
    let mut position = header.end;
    let mut first = true;
    loop {
        while matches!(line.get(position), Some(b' ') | Some(b'\t')) {
            position += 1;
        }
        let name_start = position;
        while line
            .get(position)
            .is_some_and(|&byte| is_cookie_name_byte(byte))
        {
            position += 1;
        }
        let name = &line[name_start..position];
        if name.is_empty() {
            return;
        }
        let attribute = set_cookie
            && !first
            && COOKIE_ATTRIBUTES
                .iter()
                .any(|known| name.eq_ignore_ascii_case(known));
        match line.get(position) {
            Some(b'=') if attribute => {
                // Up to the next `;`: `Expires` holds a comma and spaces.
                while let Some(&byte) = line.get(position) {
                    let ends = match byte {
                        b';' | b'"' | b'\'' | b'\\' | b']' => true,
                        b',' => starts_cookie_pair(&line[position + 1..]),
                        _ => false,
                    };
                    if ends {
                        break;
                    }
                    position += 1;
                }
            }
            Some(b'=') => {
                position += 1;
                let value_start = position;
                while line
                    .get(position)
                    .is_some_and(|&byte| is_cookie_value_byte(byte))
                {
                    position += 1;
                }
                if is_secret_cookie(name, &line[value_start..position]) {
                    hits.push(Hit {
                        secret: value_start..position,
                        kind: Kind::Cookie,
                        context_start: header.start,
                    });
                }
            }
            // A flag attribute (`HttpOnly`); anything else is not a cookie list.
            _ if attribute => {}
            _ => return,
        }
        first = false;
        while matches!(line.get(position), Some(b' ') | Some(b'\t')) {
            position += 1;
        }
        match line.get(position) {
            Some(b';') => {}
            Some(b',') if set_cookie && starts_cookie_pair(&line[position + 1..]) => first = true,
            _ => return,
        }
        position += 1;
    }
}

/// What a key says its value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// Passwords: any value that is not a placeholder.
    Password,
    /// Secrets and API keys: any value that is not a placeholder.
    Secret,
    /// Keys that also name non-secrets (`token: punc`): the value must look like a credential.
    Token,
    /// Query parameters named for anything (`?key=`, `?code=`): the value must be random.
    Random,
    /// Keys that mostly name no secret (`primary_key: id`): only a value that mixes upper
    /// case, lower case and digits in 24 or more characters with no separator is key material
    /// (Rails' `active_record_encryption.primary_key`).
    Strong,
}

/// Splits a key into lower-case words at `_`, `-`, `.` and camelCase humps.
fn key_words(key: &[u8]) -> Vec<Vec<u8>> {
    let mut words: Vec<Vec<u8>> = Vec::new();
    let mut current = Vec::new();
    let mut previous_lower = false;
    for &byte in key {
        match byte {
            b'_' | b'-' | b'.' => {
                if !current.is_empty() {
                    words.push(std::mem::take(&mut current));
                }
                previous_lower = false;
            }
            _ => {
                if byte.is_ascii_uppercase() && previous_lower && !current.is_empty() {
                    words.push(std::mem::take(&mut current));
                }
                previous_lower = byte.is_ascii_lowercase() || byte.is_ascii_digit();
                current.push(byte.to_ascii_lowercase());
            }
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// Classifies a key (`DB_PASSWORD`, `clientSecret`, `x-api-key`, `_authToken`) by what its
/// value holds; `None` for keys that only contain a keyword (`token_type`, `primary_key`,
/// `secret_name`, `max_tokens`, `password_file`).
///
/// The secret word may be followed by words that only qualify it (`DB_PASSWORD_PROD`,
/// `apiKeyV2`, `SECRET_VALUE`, `password1`, `client-key-data`), and a key named for a vendor
/// (`STRIPE_KEY`, `cosmosKey`, `salesforce_key1`) holds a key when its value is random.
fn classify_key(key: &[u8]) -> Option<(Family, Kind)> {
    if let Some(found) = classify_key_exact(key) {
        return Some(found);
    }
    let mut words = key_words(key);
    let pop_qualifiers = |words: &mut Vec<Vec<u8>>| {
        while words.len() > 1 && is_qualifier(words.last().map(Vec::as_slice).unwrap_or_default()) {
            words.pop();
        }
    };
    pop_qualifiers(&mut words);
    // `password1`, `key2`: a number glued to the last word.
    if let Some(last) = words.last_mut() {
        while last.len() > 1 && last.last().is_some_and(u8::is_ascii_digit) {
            last.pop();
        }
    }
    pop_qualifiers(&mut words);
    let joined = words.join(&b'_');
    if joined.len() < key.len() {
        if let Some(found) = classify_key_exact(&joined) {
            return Some(found);
        }
    }
    // `<vendor>_key`: a key of some service, unless the word before names a kind of key that
    // is no secret (`primary_key`, `cache_key`, `public_key`, `sort_key`).
    match words.as_slice() {
        [.., before, last] if last == b"key" && !is_not_secret_key_word(before) => {
            Some((Family::Random, Kind::GenericSecret))
        }
        [.., before, last] if last == b"key" && before == b"primary" => {
            Some((Family::Strong, Kind::GenericSecret))
        }
        _ => None,
    }
}

/// Words after a secret word that do not change what the value is (`PASSWORD_PROD`,
/// `token_value`, `apiKeyV2`, `key_data`).
fn is_qualifier(word: &[u8]) -> bool {
    const QUALIFIERS: &[&[u8]] = &[
        b"value",
        b"val",
        b"str",
        b"string",
        b"text",
        b"plain",
        b"plaintext",
        b"clear",
        b"cleartext",
        b"raw",
        b"b64",
        b"base64",
        b"hex",
        b"encoded",
        b"pem",
        b"data",
        b"prod",
        b"production",
        b"prd",
        b"dev",
        b"development",
        b"stage",
        b"staging",
        b"stg",
        b"test",
        b"testing",
        b"qa",
        b"uat",
        b"live",
        b"sandbox",
        b"local",
        b"old",
        b"new",
        b"current",
        b"curr",
        b"prev",
        b"previous",
        b"next",
        b"primary",
        b"secondary",
        b"backup",
        b"default",
        b"real",
        b"actual",
        b"main",
        b"override",
        b"input",
        b"bytes",
        // The password typed again in a sign-up or change form (`password_confirm`,
        // `password_confirmation`, `passwordRepeat`).
        b"confirm",
        b"confirmation",
        b"repeat",
        b"again",
        b"retype",
        b"verify",
    ];
    let version = word.len() >= 2 && word[0] == b'v' && word[1..].iter().all(u8::is_ascii_digit);
    version || word.iter().all(u8::is_ascii_digit) || QUALIFIERS.contains(&word)
}

/// Words that, before `key`, name a key that is an identifier or public, not a secret.
fn is_not_secret_key_word(word: &[u8]) -> bool {
    const WORDS: &[&[u8]] = &[
        b"public",
        b"pub",
        b"publishable",
        b"site",
        b"consumer",
        b"primary",
        b"foreign",
        b"sort",
        b"partition",
        b"cache",
        b"gpg",
        b"pgp",
        b"idempotency",
        b"dedup",
        b"dedupe",
        b"deduplication",
        b"object",
        b"routing",
        b"shard",
        b"lookup",
        b"index",
        b"unique",
        b"composite",
        b"row",
        b"range",
        b"cluster",
        b"group",
        b"message",
        b"event",
        b"i18n",
        b"translation",
        b"map",
        b"table",
        b"column",
        b"field",
        b"attribute",
        b"attr",
        b"state",
        b"sequence",
        b"natural",
        b"surrogate",
        b"join",
        b"search",
        b"hot",
        b"short",
        b"keyboard",
        b"next",
        b"prev",
        b"last",
        b"first",
        b"start",
        b"end",
        b"node",
        b"item",
        b"entry",
        b"record",
        b"bucket",
        b"s3",
        b"blob",
        b"file",
        b"path",
        b"name",
        b"id",
        b"host",
        b"ssh",
        b"kms",
        b"cert",
        b"certificate",
        b"lock",
        b"storage",
        b"registry",
        b"hash",
        b"env",
        b"config",
        b"dict",
        b"sub",
        b"distribution",
        b"dist",
        b"tracking",
        b"trace",
        b"span",
        b"label",
        b"tag",
        b"metric",
        b"page",
        b"cursor",
        b"continuation",
        b"resume",
        b"upload",
        b"download",
        b"download",
        b"release",
        b"version",
        b"build",
        b"job",
        b"task",
        b"queue",
        b"topic",
        b"stream",
        b"redis",
        b"memcache",
        b"sentinel",
        b"mapping",
        b"schema",
        b"type",
        b"kind",
        b"the",
        b"a",
        b"no",
        b"missing",
        b"invalid",
        b"unknown",
        b"duplicate",
        b"by",
        b"to",
        b"of",
        b"for",
        b"with",
        b"and",
        b"or",
        b"in",
        b"on",
        b"at",
        b"is",
    ];
    WORDS.contains(&word)
}

fn classify_key_exact(key: &[u8]) -> Option<(Family, Kind)> {
    let trimmed = {
        let start = key
            .iter()
            .position(|&byte| byte != b'-' && byte != b'.')
            .unwrap_or(key.len());
        &key[start..]
    };
    let compact: Vec<u8> = trimmed
        .iter()
        .filter(|&&byte| !matches!(byte, b'_' | b'-' | b'.'))
        .map(u8::to_ascii_lowercase)
        .collect();
    let words = key_words(trimmed);
    let last = words.last().map(Vec::as_slice).unwrap_or_default();
    let ends = |suffix: &[u8]| compact.ends_with(suffix);
    if trimmed.eq_ignore_ascii_case(b"_authToken") {
        return Some((Family::Secret, Kind::NpmToken));
    }
    // `AWS_SESSION_TOKEN`, `X-Amz-Security-Token`, and STS's own `"SessionToken"`.
    if ends(b"awssessiontoken")
        || ends(b"awssecuritytoken")
        || ends(b"amzsecuritytoken")
        || trimmed == b"SessionToken"
    {
        return Some((Family::Secret, Kind::AwsSessionToken));
    }
    if ends(b"password") || ends(b"passwd") || ends(b"passphrase") {
        return Some((Family::Password, Kind::Password));
    }
    // `pass` alone only in lower case: `--- PASS: TestLogin` is a test result.
    if last == b"pwd" || (last == b"pass" && (words.len() > 1 || key == b"pass")) {
        return Some((Family::Password, Kind::Password));
    }
    if ends(b"secretkeybase") {
        return Some((Family::Secret, Kind::GenericSecret));
    }
    if ends(b"accountkey") || ends(b"sharedaccesskey") || ends(b"sharedsecretvalue") {
        return Some((Family::Secret, Kind::AzureKey));
    }
    // `access_key_id = …` (rclone, R2, MinIO): the id half of a key pair, which the AWS rule
    // finds by its prefix; other vendors' ids have none.
    if ends(b"accesskeyid") {
        return Some((Family::Random, Kind::GenericSecret));
    }
    // Salts and peppers that keys are derived with (`SECURE_AUTH_SALT`, `key_derivation_salt`).
    if ends(b"salt") || ends(b"pepper") {
        return Some((Family::Token, Kind::GenericSecret));
    }
    if ends(b"secret") {
        return Some((Family::Secret, Kind::GenericSecret));
    }
    const SECRET_KEYS: &[&[u8]] = &[
        b"apikey",
        b"accesskey",
        b"secretkey",
        b"privatekey",
        b"privkey",
        b"passkey",
        b"authkey",
        b"encryptionkey",
        b"signingkey",
        b"masterkey",
        b"appkey",
        b"licensekey",
        b"subscriptionkey",
        b"sharedkey",
        b"functionskey",
        b"clientkey",
        b"servicekey",
        b"webhookkey",
        b"hmackey",
        b"applicationkey",
    ];
    if SECRET_KEYS.iter().any(|suffix| ends(suffix)) {
        return Some((Family::Secret, Kind::GenericSecret));
    }
    // Pagination tokens (`nextPageToken`, `NextToken`, `continuationToken`) say where the next
    // page starts; they authorise nothing.
    if last == b"token"
        && words[..words.len() - 1].iter().any(|word| {
            matches!(
                word.as_slice(),
                b"page"
                    | b"next"
                    | b"continuation"
                    | b"cursor"
                    | b"pagination"
                    | b"sync"
                    | b"resume"
            )
        })
    {
        return None;
    }
    // `AZURE_DEVOPS_EXT_PAT`, `GITHUB_PAT`: a personal access token; `session:` in a
    // credentials dump.
    if ends(b"token")
        || ends(b"credential")
        || ends(b"credentials")
        || compact == b"auth"
        || last == b"pat"
        || compact == b"session"
    {
        return Some((Family::Token, Kind::GenericSecret));
    }
    // `;jsessionid=…` in a Java URL, `"session_id": "…"` in a log: whoever has it is logged in.
    if ends(b"signature") || compact == b"sig" || ends(b"sessionid") {
        return Some((Family::Token, Kind::GenericSecret));
    }
    None
}

/// Whether a key names a secret (`DB_PASSWORD`, `apiToken`), for values on the next line.
pub(super) fn is_secret_key(key: &[u8]) -> bool {
    classify_key(key).is_some()
}

/// The value at `start`, judged as the value of `key`: its range and kind if it is a secret.
pub(super) fn judge_value_at(
    key: &[u8],
    line: &[u8],
    start: usize,
) -> Option<(Range<usize>, Kind)> {
    let (family, kind) = classify_key(key)?;
    let value = read_value(line, start)?;
    judge_value(family, key, line, &value, b"=", false, false).then_some((value.range, kind))
}

/// How a value was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quoting {
    None,
    /// `"…"`, `'…'`, `` `…` ``, or a JSON-escaped `\"…\"`.
    Quoted,
}

struct Value {
    range: Range<usize>,
    quoting: Quoting,
}

/// Reads the value that starts at `start`: the inside of a quoted string (to the closing quote,
/// skipping escaped ones), a whole `<…>`/`{{…}}`/`${…}` placeholder, or an unquoted run up to a
/// delimiter (white space, `,;`, `&` before another parameter, quotes, closing brackets, an
/// ANSI escape, or a `\n`-style escape inside an enclosing string).
fn read_value(line: &[u8], start: usize) -> Option<Value> {
    let rest = line.get(start..)?;
    let first = *rest.first()?;
    // A Python bytes or string literal (`b'…'`, `u"…"`): the prefix is not part of the value.
    if matches!(first, b'b' | b'u' | b'r') && matches!(rest.get(1), Some(b'"') | Some(b'\'')) {
        return read_value(line, start + 1);
    }
    if first == b'\\' && matches!(rest.get(1), Some(b'"') | Some(b'\'')) {
        let quote = [b'\\', rest[1]];
        let inner = start + 2;
        let end = line[inner..]
            .windows(2)
            .position(|window| window == quote)
            .map_or(line.len(), |offset| inner + offset);
        return Some(Value {
            range: inner..end,
            quoting: Quoting::Quoted,
        });
    }
    if matches!(first, b'"' | b'\'' | b'`') {
        let inner = start + 1;
        let mut index = inner;
        while index < line.len() {
            match line[index] {
                b'\\' => index += 2,
                byte if byte == first => {
                    return Some(Value {
                        range: inner..index,
                        quoting: Quoting::Quoted,
                    })
                }
                _ => index += 1,
            }
        }
        // Unterminated: the quote was an apostrophe or the line was cut; read it unquoted.
        return read_unquoted(line, inner);
    }
    let closing: Option<&[u8]> = match first {
        b'<' => Some(b">"),
        b'[' => Some(b"]"),
        b'(' => Some(b")"),
        b'{' if rest.starts_with(b"{{") => Some(b"}}"),
        b'$' if rest.starts_with(b"${") => Some(b"}"),
        _ => None,
    };
    if let Some(closing) = closing {
        let window = &rest[..rest.len().min(96)];
        if let Some(offset) = window
            .windows(closing.len())
            .position(|candidate| candidate == closing)
        {
            return Some(Value {
                range: start..start + offset + closing.len(),
                quoting: Quoting::None,
            });
        }
    }
    read_unquoted(line, start)
}

fn read_unquoted(line: &[u8], start: usize) -> Option<Value> {
    let mut end = start;
    while end < line.len() {
        let byte = line[end];
        let delimiter = match byte {
            b' ' | b'\t' | b'\r' | b'\n' | 0x0b | 0x0c => true,
            b',' | b';' | b'"' | b'\'' | b'`' | b')' | b']' | b'}' | b'<' | b'>' => true,
            // `&` separates query parameters (`&page=2`) but may be part of a password; one that
            // ends the text is a separator left by decoding (`token%3D…%26`).
            b'&' => {
                let rest = &line[end + 1..];
                starts_parameter(rest) || rest.first().is_none_or(u8::is_ascii_whitespace)
            }
            0x1b => true,
            b'\\' => matches!(line.get(end + 1), Some(b'n' | b'r' | b't' | b'"' | b'\'')),
            _ => false,
        };
        if delimiter {
            break;
        }
        end += 1;
    }
    match end > start {
        true => Some(Value {
            range: start..end,
            quoting: Quoting::None,
        }),
        false => None,
    }
}

/// Whether `rest` begins with `name=` (the next query or form parameter).
fn starts_parameter(rest: &[u8]) -> bool {
    let name_length = rest
        .iter()
        .take_while(|&&byte| {
            byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'-' | b'.' | b'[' | b']')
        })
        .count();
    name_length > 0 && rest.get(name_length) == Some(&b'=')
}

/// Shrinks a range to exclude white space and trailing `,;` on both ends.
fn trim_range(line: &[u8], range: Range<usize>) -> Range<usize> {
    let mut start = range.start;
    let mut end = range.end;
    while start < end && line[start].is_ascii_whitespace() {
        start += 1;
    }
    while end > start
        && (line[end - 1].is_ascii_whitespace() || matches!(line[end - 1], b',' | b';'))
    {
        end -= 1;
    }
    start..end
}

/// A part of a dotted value that no programmer names a variable: 16 or more characters with
/// digits, upper and lower case (Vault's `s.FLeCGpD53iu8BDJZEicTihq3`).
fn is_random_segment(part: &[u8]) -> bool {
    part.len() >= 16
        && part.iter().any(u8::is_ascii_digit)
        && part.iter().any(u8::is_ascii_uppercase)
        && part.iter().any(u8::is_ascii_lowercase)
}

fn is_identifier_start(byte: u8) -> bool {
    byte.is_ascii_alphabetic() || byte == b'_' || byte == b'$'
}

fn is_identifier(bytes: &[u8]) -> bool {
    !bytes.is_empty()
        && is_identifier_start(bytes[0])
        && bytes
            .iter()
            .all(|&byte| byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'$')
}

/// Source code rather than a value: a call or index (`getpass.getpass()`, `env["X"]`), and in
/// code-style assignments also a dotted name (`self.password`, `config.token`) or the key's own
/// name (`password = password`). Tracebacks print source lines; their right-hand sides are
/// kept.
fn is_code_expression(value: &[u8], next: Option<u8>, key: &[u8], code_style: bool) -> bool {
    let head_length = value
        .iter()
        .take_while(|&&byte| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'$' | b'.'))
        .count();
    let head = &value[..head_length];
    let head_is_name = !head.is_empty() && is_identifier_start(head[0]);
    if head_is_name {
        let after_head = value.get(head_length).copied().or(next);
        if matches!(after_head, Some(b'(') | Some(b'[')) {
            return true;
        }
    }
    if !code_style {
        return false;
    }
    if head_length == value.len()
        && value.contains(&b'.')
        && value.split(|&byte| byte == b'.').all(is_identifier)
        && !value.split(|&byte| byte == b'.').any(is_random_segment)
    {
        return true;
    }
    let key_last_word = key_words(key).pop().unwrap_or_default();
    value.eq_ignore_ascii_case(key) || value.eq_ignore_ascii_case(&key_last_word)
}

/// Judges the value of a recognised key; `form_separator` is `:`/`=`/… or ` ` for a flag.
fn judge_value(
    family: Family,
    key: &[u8],
    line: &[u8],
    value: &Value,
    separator: &[u8],
    spaced: bool,
    in_query: bool,
) -> bool {
    let bytes = &line[value.range.clone()];
    // YAML's block indicators (`password: |`): the value is on the next line.
    let block_indicator = matches!(bytes, b"|" | b">" | b"|-" | b">-" | b"|+" | b">+");
    if is_placeholder(bytes) || is_path_like(bytes) || block_indicator || is_public_key(bytes) {
        return false;
    }
    let colon = separator == b":";
    let flag = separator == b" ";
    let next = line.get(value.range.end).copied();
    if value.quoting == Quoting::None {
        if colon && (is_type_name(bytes) || next == Some(b'<')) {
            return false;
        }
        if (colon || flag) && (is_prose_word(bytes) || continues_as_prose(line, value)) {
            return false;
        }
        if is_code_expression(bytes, next, key, colon || spaced) {
            return false;
        }
    }
    match family {
        Family::Token if !in_query => looks_like_credential(bytes),
        // A bare `key=` or a vendor's `STRIPE_KEY` outside a query: random with a digit, not
        // a name in CamelCase (`key="ClearTextPassword"`).
        // Base64 keys may hold several `/` (Azure's account keys).
        Family::Random => {
            (is_random_value(bytes) || is_long_base64(bytes))
                && (in_query || bytes.iter().any(u8::is_ascii_digit))
        }
        Family::Strong => is_mixed_base64(bytes, 24),
        _ => true,
    }
}

/// Keys made to be public, whatever the variable holding them is called: Stripe's publishable
/// `pk_…`, PostHog's project key `phc_…` (sent from every browser), Supabase's
/// `sb_publishable_…`.
fn is_public_key(value: &[u8]) -> bool {
    [
        b"pk_live_".as_slice(),
        b"pk_test_",
        b"phc_",
        b"sb_publishable_",
    ]
    .iter()
    .any(|prefix| value.len() > prefix.len() + 16 && value.starts_with(prefix))
}

/// At least 16 characters of a token alphabet, mixing two of lower case, upper case and digits.
fn is_random_value(value: &[u8]) -> bool {
    value.len() >= 16
        && value.iter().all(|&byte| {
            byte.is_ascii_alphanumeric()
                || matches!(byte, b'_' | b'-' | b'.' | b'~' | b'/' | b'+' | b'=')
        })
        && letter_digit_classes(value) >= 2
        && !is_path_like(value)
        && value.iter().filter(|&&byte| byte == b'/').count() < 2
        && !has_file_extension(value)
}

/// 40 or more base64 characters mixing lower case, upper case and digits.
fn is_long_base64(value: &[u8]) -> bool {
    is_mixed_base64(value, 40)
}

/// `min_length` or more base64 characters mixing lower case, upper case and digits: what a
/// generated key looks like, and no identifier or name does.
fn is_mixed_base64(value: &[u8], min_length: usize) -> bool {
    value.len() >= min_length
        && value
            .iter()
            .all(|&byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'/' | b'='))
        && letter_digit_classes(value) == 3
}

/// `report.txt`, `app.min.js`: a name ending in a file extension.
fn has_file_extension(value: &[u8]) -> bool {
    let extension = value
        .rsplit(|&byte| byte == b'.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    value.contains(&b'.') && FILE_EXTENSIONS.contains(&extension.as_slice())
}

/// `Secret: illegal base64 data`, `--password via the CLI`: a lower-case word (or a number)
/// followed by more lower-case words is a sentence, not a value.
fn continues_as_prose(line: &[u8], value: &Value) -> bool {
    // A number followed by a unit is a measurement (`password:  16 bytes`).
    let word = &line[value.range.clone()];
    if !word.iter().all(u8::is_ascii_lowercase) && !word.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let rest = &line[value.range.end..];
    let Some(after_space) = rest.strip_prefix(b" ") else {
        return false;
    };
    let next_word_length = after_space
        .iter()
        .take_while(|byte| byte.is_ascii_lowercase())
        .count();
    next_word_length >= 2
}

fn check_key_value(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let key_range = candidate.group("key")?;
    let separator_range = candidate.group("sep")?;
    let key = &line[key_range.clone()];
    let separator = &line[separator_range.clone()];
    let before_key = key_range.start.checked_sub(1).map(|index| line[index]);
    // `?key=…` (Google, Maps) and `?code=…` (an OAuth authorization code) are credentials in
    // a query string, and only when random: `?key=uploads/a.txt` is a name.
    let query_parameter = matches!(before_key, Some(b'?') | Some(b'&') | Some(b'#'));
    // A bare `key=` in a log line (`Using Key=…`) holds a key when its value is random.
    let bare_key = key.eq_ignore_ascii_case(b"key") && separator == b"=";
    // `arn:aws:secretsmanager:…:secret:prod/db-password-a1B2c3` names a secret, it holds none.
    if in_arn(line, key_range.start) {
        return None;
    }
    let (family, kind) = classify_key(key).or_else(|| {
        // `?appid=…` is OpenWeather's and others' API key.
        let random_key = key.eq_ignore_ascii_case(b"key")
            || key.eq_ignore_ascii_case(b"code")
            || key.eq_ignore_ascii_case(b"appid");
        ((query_parameter && random_key) || bare_key)
            .then_some((Family::Random, Kind::GenericSecret))
    })?;
    // `("API_TOKEN", "…")`: a quoted key, a comma and a quoted value.
    let comma = separator == b",";
    if comma && candidate.group("quote").is_none() {
        return None;
    }
    // `crate::password::hash` and `Token::Ident` are paths, not assignments.
    if separator == b":" && line.get(separator_range.end) == Some(&b':') {
        return None;
    }
    // `https://token:x-oauth-basic@host` is user info: the URL rule owns it.
    if separator == b":" && before_key == Some(b'/') {
        return None;
    }
    // `…%3Fuser%3Dbob%26password%3Ds3cret%26next…`: a query string encoded inside another
    // URL; its value ends at the encoded `&`.
    let encoded = separator.first() == Some(&b'%');
    let in_query = encoded
        || matches!(
            before_key,
            Some(b'?') | Some(b'&') | Some(b'#') | Some(b';')
        );
    let value_start = candidate.whole().end;
    let spaced = line
        .get(separator_range.end)
        .is_some_and(|byte| byte.is_ascii_whitespace())
        || separator_range
            .start
            .checked_sub(1)
            .is_some_and(|index| line[index].is_ascii_whitespace());
    // `"jwt.secret": { "value": "…" }` (Spring's `/actuator/env`), `"db_password": {
    // "sensitive": true, "type": "string", "value": "…" }` (`terraform output -json`): the
    // secret is the object's `value`.
    let value_start = match line.get(value_start) {
        Some(b'{') if line.get(value_start + 1) != Some(&b'{') => {
            object_value_start(line, value_start).unwrap_or(value_start)
        }
        _ => value_start,
    };
    let mut value = read_value(line, value_start)?;
    // HAR's and Postman's `{ "name": "x-api-key", "value": "…" }`: the key is the `name`'s
    // value and the secret the `value` after it.
    if comma
        && value.quoting == Quoting::Quoted
        && line[value.range.clone()].eq_ignore_ascii_case(b"value")
    {
        let mut position = value.range.end + 1;
        while matches!(line.get(position), Some(b' ') | Some(b'\t')) {
            position += 1;
        }
        if line.get(position) != Some(&b':') {
            return None;
        }
        position += 1;
        while matches!(line.get(position), Some(b' ') | Some(b'\t')) {
            position += 1;
        }
        value = read_value(line, position)?;
    }
    // `${DB_PASSWORD:?must be set}`: a shell's (and Compose's) error message for an unset
    // variable, not a value. (`${DB_PASSWORD:-default}` holds a default, which may be real.)
    if separator == b":"
        && line[..key_range.start].ends_with(b"${")
        && line.get(value.range.start) == Some(&b'?')
    {
        return None;
    }
    // ODBC quotes a password holding `;` in braces: `PWD={pa;ss}`. `{password}` is a template.
    if family == Family::Password && separator == b"=" && line.get(value_start) == Some(&b'{') {
        let inner_start = value_start + 1;
        if let Some(offset) = line[inner_start..]
            .iter()
            .take(256)
            .position(|&byte| byte == b'}')
        {
            let inner = &line[inner_start..inner_start + offset];
            let template = inner
                .iter()
                .all(|&byte| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'.' | b' '));
            if template || inner.is_empty() {
                return None;
            }
            value = Value {
                range: inner_start..inner_start + offset,
                quoting: Quoting::Quoted,
            };
        }
    }
    if comma && value.quoting != Quoting::Quoted {
        return None;
    }
    // An object or list opened on this line and closed on a later one holds no value here.
    if matches!(&line[value.range.clone()], b"{" | b"[") {
        return None;
    }
    // `pass: 12` counts passed tests.
    if key == b"pass" && line[value.range.clone()].iter().all(u8::is_ascii_digit) {
        return None;
    }
    // `;jsessionid=…?item=4`: a token never holds `?` or `#`, which start the query or the
    // fragment after a path parameter.
    if family == Family::Token && in_query && value.quoting == Quoting::None {
        if let Some(offset) = line[value.range.clone()]
            .iter()
            .position(|&byte| byte == b'?' || byte == b'#')
        {
            value.range.end = value.range.start + offset;
            if value.range.is_empty() {
                return None;
            }
        }
    }
    if encoded {
        let bytes = &line[value.range.clone()];
        let end = bytes
            .windows(3)
            .position(|window| window.eq_ignore_ascii_case(b"%26"))
            .unwrap_or(bytes.len());
        value.range.end = value.range.start + end;
        if value.range.is_empty() {
            return None;
        }
    }
    if !judge_value(family, key, line, &value, separator, spaced, in_query) {
        return None;
    }
    // A token stored with its scheme (cargo's `token = "Bearer …"`): the word is no secret.
    for scheme in [b"Bearer ".as_slice(), b"bearer "] {
        let bytes = &line[value.range.clone()];
        if bytes.len() >= scheme.len() + 16 && bytes.starts_with(scheme) {
            value.range.start += scheme.len();
        }
    }

    let bytes = &line[value.range.clone()];
    // Percent-encoded JSON (`Session=%7B%22sessionId%22…`): its fields are judged one by one
    // in the line's decoded reading.
    if bytes.len() >= 3
        && (bytes[..3].eq_ignore_ascii_case(b"%7B") || bytes[..3].eq_ignore_ascii_case(b"%5B"))
    {
        return None;
    }
    // A digest labelled with its algorithm (a webhook's `sig=sha256=…`) is a hash of a
    // payload, not a credential.
    if is_labelled_digest(bytes) {
        return None;
    }
    // Base64 of `user:` with no password (ACR's `00000000-…:` placeholder login) logs nobody in.
    if family == Family::Token && is_empty_password_login(bytes) {
        return None;
    }
    // `X-Amz-Credential=AKIA…/20240501/us-east-1/s3/aws4_request`: after the key id comes the
    // credential's scope (a date, a region, a service), which is no secret.
    let bytes = &line[value.range.clone()];
    let scope = bytes.get(20..).unwrap_or_default();
    if contains_aws_key_id(&bytes[..bytes.len().min(20)], &[b"AKIA", b"ASIA"])
        && (scope.starts_with(b"/") || scope.starts_with(b"%2F") || scope.starts_with(b"%2f"))
    {
        return Some(Hit {
            secret: value.range.start..value.range.start + 20,
            kind: Kind::AwsAccessKey,
            context_start: key_range.start,
        });
    }
    let kind = match (kind, key.eq_ignore_ascii_case(b"sig")) {
        (Kind::GenericSecret, true) if contains_ignore_ascii_case(line, b"sv=") => Kind::AzureKey,
        (kind, _) => kind,
    };
    Some(Hit {
        secret: value.range,
        kind,
        context_start: key_range.start,
    })
}

/// Whether the key at `key_start` is a field of an ARN (`arn:aws:secretsmanager:…:secret:…`).
fn in_arn(line: &[u8], key_start: usize) -> bool {
    let token_start = line[..key_start]
        .iter()
        .rposition(|&byte| byte.is_ascii_whitespace() || matches!(byte, b'"' | b'\'' | b'=' | b','))
        .map_or(0, |at| at + 1);
    line[token_start..key_start].starts_with(b"arn:")
}

/// Where the `value` of a one-line object starts (`{ "value": "…" }`), if it has one.
fn object_value_start(line: &[u8], open: usize) -> Option<usize> {
    let rest = &line[open..];
    let close = memchr::memchr(b'}', rest).unwrap_or(rest.len());
    let object = &rest[..close];
    let at = memchr::memmem::find(object, b"\"value\"")?;
    let mut position = open + at + b"\"value\"".len();
    while matches!(line.get(position), Some(b' ') | Some(b'\t')) {
        position += 1;
    }
    if line.get(position) != Some(&b':') {
        return None;
    }
    position += 1;
    while matches!(line.get(position), Some(b' ') | Some(b'\t')) {
        position += 1;
    }
    Some(position)
}

/// `sha256=1cd2…`, `sha1=…`: a hex digest labelled with its algorithm.
fn is_labelled_digest(value: &[u8]) -> bool {
    let digest = [b"sha256=".as_slice(), b"sha1=", b"sha512=", b"sha384="]
        .iter()
        .find_map(|label| value.strip_prefix(*label));
    digest.is_some_and(|hex| hex.len() >= 40 && hex.iter().all(u8::is_ascii_hexdigit))
}

/// Base64 of `user:` with nothing after the colon.
fn is_empty_password_login(value: &[u8]) -> bool {
    if value.len() < 8 || value.len() > 200 || !value.len().is_multiple_of(4) {
        return false;
    }
    let Some(decoded) = decode_base64(value, 160) else {
        return false;
    };
    decoded.last() == Some(&b':')
        && decoded.iter().filter(|&&byte| byte == b':').count() == 1
        && decoded.iter().all(|byte| byte.is_ascii_graphic())
}

/// Base64 that decodes to a PEM private key (not a certificate or a public key).
fn check_base64_private_key(candidate: &Candidate<'_>) -> Option<Hit> {
    let secret = candidate.secret_bytes();
    let head = &secret[..secret.len().min(96) / 4 * 4];
    let decoded = decode_base64(head, 72)?;
    match contains_ignore_ascii_case(&decoded, b"PRIVATE KEY") {
        true => candidate.accept(),
        false => None,
    }
}

/// The value after `config set KEY`, judged like an assignment to that key.
fn check_config_set(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let key_range = candidate.group("key")?;
    let full_key = &line[key_range.clone()];
    // `//registry.npmjs.org/:_authToken`, `pypi-token.pypi`: the last segment names it.
    let key = full_key
        .rsplit(|&byte| matches!(byte, b'/' | b':'))
        .next()
        .unwrap_or(full_key);
    let (family, kind) = match classify_key(key) {
        Some(found) => found,
        None if contains_ignore_ascii_case(key, b"pypi-token") => (Family::Secret, Kind::PypiToken),
        None => return None,
    };
    let value = read_value(line, candidate.whole().end)?;
    match judge_value(family, key, line, &value, b"=", true, false) {
        true => Some(Hit {
            secret: value.range,
            kind,
            context_start: key_range.start,
        }),
        false => None,
    }
}

/// A Google token, or an authorization code (`4/0A…`), which is no token yet: a secret of its
/// own kind.
fn check_google_oauth(candidate: &Candidate<'_>) -> Option<Hit> {
    let secret = candidate.secret_bytes();
    match (is_placeholder(secret), secret.starts_with(b"4/")) {
        (true, _) => None,
        (false, true) => candidate.hit(Kind::GenericSecret, candidate.secret()),
        (false, false) => candidate.accept(),
    }
}

fn check_not_placeholder(candidate: &Candidate<'_>) -> Option<Hit> {
    match is_placeholder(candidate.secret_bytes()) {
        true => None,
        false => candidate.accept(),
    }
}

/// An Azure key listed by `az … keys list`: a JSON `value`, or a table or TSV column on the
/// row of `key1` or `key2`.
fn check_azure_listed_key(candidate: &Candidate<'_>) -> Option<Hit> {
    let range = match candidate.group("column") {
        Some(range) => {
            let line = candidate.line;
            let named = line.split(|byte| byte.is_ascii_whitespace()).any(|column| {
                column.eq_ignore_ascii_case(b"key1") || column.eq_ignore_ascii_case(b"key2")
            });
            if !named {
                return None;
            }
            range
        }
        None => candidate.secret(),
    };
    match letter_digit_classes(&candidate.line[range.clone()]) >= 2 {
        true => candidate.hit(candidate.kind, range),
        false => None,
    }
}

/// `password    S3cr3t`: two columns, the second the only other word on the line.
fn check_key_value_table(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let key_range = candidate.group("key")?;
    let key = &line[key_range.clone()];
    let key = key.rsplit(|&byte| byte == b':').next().unwrap_or(key);
    let (family, kind) = classify_key(key)?;
    let start = candidate.whole().end;
    let value = read_value(line, start)?;
    let rest = super::values::trim_ascii(&line[value.range.end..]);
    // `pytest-secret    1.0.2` is `pip list`.
    let version = line[value.range.clone()]
        .iter()
        .all(|&byte| byte.is_ascii_digit() || byte == b'.');
    if !rest.is_empty() || value.quoting == Quoting::Quoted || version {
        return None;
    }
    match judge_value(family, key, line, &value, b" ", true, false) {
        true => Some(Hit {
            secret: value.range,
            kind,
            context_start: key_range.start,
        }),
        false => None,
    }
}

fn check_sql_password_literal(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let range = ["sql", "redis", "auth", "monitor"]
        .iter()
        .find_map(|name| candidate.group(name))?;
    let range = match (line.get(range.start), line.get(range.end.wrapping_sub(1))) {
        (Some(b'"'), Some(b'"')) if range.len() >= 2 => range.start + 1..range.end - 1,
        _ => range,
    };
    let value = &line[range.clone()];
    // `AUTH PLAIN …` is SASL's (its own rule); Redis' AUTH takes a password.
    let sasl = candidate.group("auth").is_some()
        && candidate.group("user").is_some_and(|user| {
            let user = &line[user];
            [
                b"plain".as_slice(),
                b"login",
                b"xoauth2",
                b"oauthbearer",
                b"cram-md5",
            ]
            .iter()
            .any(|word| user.eq_ignore_ascii_case(word))
        });
    let auth_word = candidate.group("auth").is_some() && candidate.group("user").is_none() && {
        let lower = value.to_ascii_lowercase();
        matches!(
            lower.as_slice(),
            b"plain" | b"login" | b"xoauth2" | b"ok" | b"required" | b"failed"
        )
    };
    if sasl || auth_word || is_placeholder(value) {
        return None;
    }
    candidate.hit(Kind::Password, range)
}

/// Whether base64 decodes to DER `SEQUENCE { INTEGER 0|1|3, … }`: a PKCS#8, PKCS#1 or EC
/// private key, or a PKCS#12 bundle.
fn check_der_private_key(candidate: &Candidate<'_>) -> Option<Hit> {
    let secret = candidate.secret_bytes();
    let decoded = decode_base64(&secret[..secret.len().min(24) / 4 * 4], 16)?;
    if decoded.first() != Some(&0x30) {
        return None;
    }
    let header = match decoded.get(1)? {
        0x81 => 3,
        0x82 => 4,
        length if *length < 0x80 => 2,
        _ => return None,
    };
    let version = decoded.get(header..header + 3)?;
    match version {
        [0x02, 0x01, 0x00 | 0x01 | 0x03] => candidate.accept(),
        _ => None,
    }
}

/// Each option of `tool-secret-option` only on its own tool's line (`-k` and `-P` mean other
/// things elsewhere); the netrc line only when the value is no word of a sentence.
fn check_tool_secret_option(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let tools: &[&[u8]] = match () {
        _ if candidate.group("store").is_some() => &[],
        _ if candidate.group("openssl").is_some() => &[b"openssl"],
        _ if candidate.group("zip").is_some() => {
            &[b"zip", b"unzip", b"sqlcmd", b"bcp", b"osql", b"isql"]
        }
        _ if candidate.group("sevenzip").is_some() => &[b"7z", b"7za", b"7zz"],
        _ if candidate.group("htpasswd").is_some() => &[b"htpasswd"],
        _ => &[],
    };
    if !tools.is_empty() && !tools.iter().any(|tool| contains_word(line, tool)) {
        return None;
    }
    let range = ["store", "openssl", "zip", "sevenzip", "htpasswd", "netrc"]
        .iter()
        .find_map(|name| candidate.group(name))?;
    let range = match (line.get(range.start), line.get(range.end.wrapping_sub(1))) {
        (Some(b'\''), Some(b'\'')) | (Some(b'"'), Some(b'"')) if range.len() >= 2 => {
            range.start + 1..range.end - 1
        }
        _ => range,
    };
    let value = &line[range.clone()];
    let netrc = candidate.group("netrc").is_some();
    if is_placeholder(value)
        || (netrc
            && (is_prose_word(value) || !(is_bare_password(value) || is_weak_password(value))))
    {
        return None;
    }
    candidate.hit(Kind::Password, range)
}

/// `session token (base64 for transport): …`: the value after a label in words ends the line
/// and looks generated (a password: like a credential), and is no placeholder.
fn check_labelled_secret(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    // `Access Key ID: AKIA…` names the key's id (its own rule judges it).
    let label = line[candidate.whole()].to_ascii_lowercase();
    if memchr::memmem::find(&label, b"access key").is_some()
        && memchr::memmem::find(&label, b"key id").is_some()
    {
        return None;
    }
    let value = read_value(line, candidate.whole().end)?;
    let rest = super::values::trim_ascii(&line[value.range.end..]);
    let closing_quote = matches!(rest, b"\"" | b"'");
    if !(rest.is_empty() || (value.quoting == Quoting::Quoted && closing_quote)) {
        return None;
    }
    let bytes = &line[value.range.clone()];
    if is_placeholder(bytes) || is_path_like(bytes) || bytes.iter().any(u8::is_ascii_whitespace) {
        return None;
    }
    // `password last set: 2024-05-01T10:00:00Z` is a time.
    let timestamp = bytes.first().is_some_and(u8::is_ascii_digit)
        && bytes.iter().all(|&byte| {
            byte.is_ascii_digit() || matches!(byte, b'-' | b':' | b'.' | b'/' | b'+' | b'T' | b'Z')
        });
    let (kind, secret) = match candidate.group("password") {
        Some(_) => (
            Kind::Password,
            bytes.len() >= 8
                && !timestamp
                && character_classes_of(bytes) >= 3
                && looks_like_credential(bytes),
        ),
        None => (
            Kind::GenericSecret,
            (is_random_value(bytes) || is_long_base64(bytes))
                && bytes.iter().any(u8::is_ascii_digit),
        ),
    };
    match secret {
        true => candidate.hit(kind, value.range),
        false => None,
    }
}

/// `<add key="ClearTextPassword" value="…" />`: the attribute after a secret-named key.
fn check_xml_attribute_pair(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let key_range = candidate.group("key")?;
    let key = &line[key_range.clone()];
    let local = key
        .rsplit(|&byte| matches!(byte, b'.' | b':'))
        .next()
        .unwrap_or(key);
    let (family, kind) = classify_key(local).or_else(|| classify_key(key))?;
    let value = read_value(line, candidate.group("q")?.start)?;
    match judge_value(family, local, line, &value, b"=", false, false) {
        true => Some(Hit {
            secret: value.range,
            kind,
            context_start: key_range.start,
        }),
        false => None,
    }
}

/// A password named in a sentence: quoted, or a single token mixing letters with digits or
/// symbols (`Passw0rd!`), and not a word of the sentence.
fn check_password_in_prose(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let value = read_value(line, candidate.whole().end)?;
    let bytes = &line[value.range.clone()];
    let bytes = match value.quoting {
        Quoting::Quoted => bytes,
        // A full stop or comma ends the sentence, not the password.
        Quoting::None => {
            let trimmed = bytes
                .iter()
                .rposition(|&byte| !matches!(byte, b'.' | b',' | b':' | b';'))
                .map_or(&bytes[..0], |last| &bytes[..=last]);
            trimmed
        }
    };
    if bytes.is_empty() || is_placeholder(bytes) || is_path_like(bytes) || is_prose_word(bytes) {
        return None;
    }
    let letters = bytes.iter().any(u8::is_ascii_alphabetic);
    let others = bytes.iter().any(|byte| !byte.is_ascii_alphabetic());
    let accepted = match value.quoting {
        Quoting::Quoted => bytes.len() >= 4 && !bytes.contains(&b' '),
        Quoting::None => bytes.len() >= 6 && letters && others && !has_file_extension(bytes),
    };
    match accepted {
        true => candidate.hit(
            Kind::Password,
            value.range.start..value.range.start + bytes.len(),
        ),
        false => None,
    }
}

/// `<password>…</password>` (Maven settings, SOAP faults, AWS XML responses).
fn check_xml_element(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let key_range = candidate.group("key")?;
    let key = &line[key_range.clone()];
    // `<ns:password>`: the local name decides.
    let local_name = key.rsplit(|&byte| byte == b':').next().unwrap_or(key);
    let (family, kind) = classify_key(local_name)?;
    let value = Value {
        range: candidate.secret(),
        quoting: Quoting::Quoted,
    };
    match judge_value(family, local_name, line, &value, b">", false, false) {
        true => Some(Hit {
            secret: value.range,
            kind,
            context_start: key_range.start,
        }),
        false => None,
    }
}

fn check_command_line_flag(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let key_range = candidate.group("key")?;
    let key = &line[key_range.clone()];
    let (family, kind) = classify_key(key)?;
    let value_start = candidate.whole().end;
    if line.get(value_start) == Some(&b'-') {
        return None;
    }
    let value = read_value(line, value_start)?;
    match judge_value(family, key, line, &value, b" ", true, false) {
        true => Some(Hit {
            secret: value.range,
            kind,
            context_start: key_range.start,
        }),
        false => None,
    }
}

fn check_identified_by(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let value = read_value(line, candidate.whole().end)?;
    match is_placeholder(&line[value.range.clone()]) {
        true => None,
        false => candidate.hit(Kind::Password, value.range),
    }
}

/// The value of a `-p`/`-a` style option, without its quotes.
fn unquoted_secret(candidate: &Candidate<'_>) -> Range<usize> {
    let range = candidate.secret();
    let bytes = &candidate.line[range.clone()];
    match (bytes.first(), bytes.last()) {
        (Some(b'\''), Some(b'\'')) | (Some(b'"'), Some(b'"')) if bytes.len() >= 2 => {
            range.start + 1..range.end - 1
        }
        _ => range,
    }
}

fn check_quoted_password_value(candidate: &Candidate<'_>) -> Option<Hit> {
    let range = unquoted_secret(candidate);
    match is_placeholder(&candidate.line[range.clone()]) {
        true => None,
        false => candidate.hit(Kind::Password, range),
    }
}

fn contains_word(line: &[u8], word: &[u8]) -> bool {
    line.windows(word.len()).enumerate().any(|(index, window)| {
        window.eq_ignore_ascii_case(word)
            && (index == 0 || !line[index - 1].is_ascii_alphanumeric())
    })
}

/// `mysql -uroot -pS3cret`: only the MySQL family glues the password to `-p` (for `mkdir -p`
/// and `cargo -p` the letter means something else).
fn check_mysql_password(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let is_mysql = [b"mysql".as_slice(), b"mysqldump", b"mysqladmin", b"mariadb"]
        .iter()
        .any(|command| contains_word(line, command));
    match is_mysql {
        true => check_quoted_password_value(candidate),
        false => None,
    }
}

/// `sshpass -p secret`, `docker login -u me -p secret`, `az login … -p secret`, `oc login -p`,
/// `mongosh -u admin -p secret`.
fn check_login_password(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let mongo = [
        b"mongosh".as_slice(),
        b"mongo",
        b"mongodump",
        b"mongorestore",
        b"mongoexport",
        b"mongoimport",
    ]
    .iter()
    .any(|command| contains_word(line, command));
    let is_login = contains_word(line, b"sshpass")
        || mongo
        || (contains_word(line, b"login")
            && [
                b"docker".as_slice(),
                b"podman",
                b"helm",
                b"buildah",
                b"skopeo",
                b"oras",
                b"az",
                b"oc",
                b"cf",
            ]
            .iter()
            .any(|command| contains_word(line, command)));
    match is_login {
        true => check_quoted_password_value(candidate),
        false => None,
    }
}

/// Words before a colon that make `word:x@host` something other than a login: URI schemes
/// (`mailto:`, `sip:`) and header or field names (`To:bob@corp.io`, `email:alice@corp.io`).
const NOT_LOGIN_NAMES: &[&[u8]] = &[
    b"mailto",
    b"sip",
    b"sips",
    b"tel",
    b"xmpp",
    b"urn",
    b"http",
    b"https",
    b"ftp",
    b"ssh",
    b"git",
    b"to",
    b"from",
    b"cc",
    b"bcc",
    b"reply-to",
    b"sender",
    b"author",
    b"committer",
    b"email",
    b"e-mail",
    b"mail",
    b"user",
    b"username",
    b"login",
    b"contact",
    b"owner",
    b"maintainer",
    b"by",
    b"signed-off-by",
    b"co-authored-by",
    b"docker",
    b"image",
];

/// A password written after a login name (not in a URL): a placeholder, a number (a port or a
/// count) or a file name is not one, and a short lower-case word is more likely a name.
fn is_bare_password(value: &[u8]) -> bool {
    if is_placeholder(value) || value.iter().all(u8::is_ascii_digit) || has_file_extension(value) {
        return false;
    }
    value.len() >= 8 || character_classes_of(value) >= 2
}

/// Passwords everybody tries first: short and lower case, but passwords all the same.
fn is_weak_password(value: &[u8]) -> bool {
    const WEAK: &[&[u8]] = &[
        b"secret",
        b"password",
        b"passwd",
        b"changeme",
        b"letmein",
        b"admin",
        b"root",
        b"guest",
        b"qwerty",
        b"welcome",
        b"pass",
        b"hunter2",
        b"dragon",
        b"monkey",
        b"toor",
        b"trustno1",
        b"s3cret",
        b"s3cr3t",
        b"passw0rd",
        b"p4ssw0rd",
        b"abc123",
        b"123456",
        b"12345678",
    ];
    WEAK.iter().any(|weak| value.eq_ignore_ascii_case(weak))
}

fn character_classes_of(value: &[u8]) -> usize {
    let other = value.iter().any(|byte| !byte.is_ascii_alphanumeric());
    letter_digit_classes(value) + usize::from(other)
}

/// The logins around the `@` at the candidate: an address followed by `:password`, or
/// `user:password` before it with a host after it.
fn check_logins_at(candidate: &Candidate<'_>, hits: &mut Vec<Hit>) {
    let line = candidate.line;
    let at = candidate.whole().start;
    if let Some(password) = address_password_after(line, at) {
        hits.push(Hit {
            secret: password,
            kind: Kind::Password,
            context_start: at,
        });
    }
    if let Some((password, user_start)) = password_before_host(line, at) {
        hits.push(Hit {
            secret: password,
            kind: Kind::Password,
            context_start: user_start,
        });
    }
}

/// The host or domain name after the `@` at `at` (letters, digits, `-`, `.`).
fn domain_after(line: &[u8], at: usize) -> Range<usize> {
    let start = at + 1;
    let length = line[start..]
        .iter()
        .take_while(|&&byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'.')
        .count();
    start..start + length
}

/// `alice@corp.io:Summer2024!`: the password after the address whose `@` is at `at`. Not
/// `git@github.com:org/repo`, `user@host:22` or `deploy@host:/var/www` (a path or a port).
fn address_password_after(line: &[u8], at: usize) -> Option<Range<usize>> {
    let local_start = line[..at]
        .iter()
        .rposition(|&byte| {
            !(byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'%' | b'+' | b'-'))
        })
        .map_or(0, |index| index + 1);
    let local = &line[local_start..at];
    if !local.first().is_some_and(u8::is_ascii_alphanumeric) || local == b"git" {
        return None;
    }
    let domain_end = domain_after(line, at).end;
    let domain = &line[at + 1..domain_end];
    let top_level = domain
        .rsplit(|&byte| byte == b'.')
        .next()
        .unwrap_or_default();
    let is_domain = domain.contains(&b'.')
        && domain.first().is_some_and(u8::is_ascii_alphanumeric)
        && (2..=24).contains(&top_level.len())
        && top_level.iter().all(u8::is_ascii_alphabetic);
    // `alice@corp.io:pw`; in credential lists also `alice@corp.io;pw` and `alice@corp.io|pw`,
    // where the password must look like one (`Summer2024!`), not like the next column.
    let separator = line.get(domain_end).copied();
    let strict = match separator {
        Some(b':') => false,
        Some(b';') | Some(b'|') => true,
        _ => return None,
    };
    if !is_domain {
        return None;
    }
    let start = domain_end + 1;
    let end = start
        + line[start..]
            .iter()
            .take_while(|&&byte| {
                !byte.is_ascii_whitespace()
                    && !matches!(byte, b'\'' | b'"' | b'<' | b'>' | b'@' | b',' | b';')
            })
            .count();
    let value = &line[start..end];
    let path = value.contains(&b'/') || matches!(value.first(), Some(b'~'));
    let column = strict
        && (character_classes_of(value) < 3
            || !value.iter().any(u8::is_ascii_alphabetic)
            || value.iter().any(|&byte| matches!(byte, b'=' | b'|' | b':')));
    match !value.is_empty() && !path && !column && is_bare_password(value) {
        true => Some(start..end),
        false => None,
    }
}

/// `deploy:Pa55w0rd@10.0.4.17`: the password of `user:password@host` written without a
/// scheme, whose `@` is at `at`, and where the user name starts.
fn password_before_host(line: &[u8], at: usize) -> Option<(Range<usize>, usize)> {
    let token_start = line[..at]
        .iter()
        .rposition(|&byte| {
            byte.is_ascii_whitespace()
                || matches!(byte, b'\'' | b'"' | b'=' | b'(' | b'<' | b',' | b'[')
        })
        .map_or(0, |index| index + 1);
    let token = &line[token_start..at];
    let colon = token.iter().position(|&byte| byte == b':')?;
    let (user, password) = (&token[..colon], &token[colon + 1..]);
    let user_ok = user.len() <= 64
        && user
            .first()
            .is_some_and(|&byte| byte.is_ascii_alphabetic() || byte == b'_')
        && user
            .iter()
            .all(|&byte| byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'-'));
    // `scheme://…` has `/` first; a time stamp's `12:00:00]` or a table's `|` is no password.
    let password_ok = !password.is_empty()
        && password.len() <= 128
        && password.first() != Some(&b'/')
        && memchr::memmem::find(password, b"://").is_none()
        && !password
            .iter()
            .any(|&byte| matches!(byte, b'[' | b']' | b'|' | b'>'));
    // `arn:aws:sts::1234:assumed-role/Admin/alice@corp.io` names a role session; a `.pgpass`
    // line's `db:5432:app:alice@corp.io:pw` has a port and a database before its user (the
    // `pgpass-line` rule finds its password, at the end).
    let arn = token.starts_with(b"arn:");
    let port_length = match password.first() {
        Some(b'*') => 1,
        _ => password
            .iter()
            .take_while(|byte| byte.is_ascii_digit())
            .count(),
    };
    let pgpass_fields = (1..=5).contains(&port_length)
        && password.get(port_length) == Some(&b':')
        && password[port_length + 1..].contains(&b':');
    if !user_ok || !password_ok || arn || pgpass_fields {
        return None;
    }
    if NOT_LOGIN_NAMES
        .iter()
        .any(|name| user.eq_ignore_ascii_case(name))
    {
        return None;
    }
    let host_end = domain_after(line, at).end;
    let host = &line[at + 1..host_end];
    if !host.first().is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let mut after = host_end;
    let port_digits = match line.get(after) {
        Some(b':') => line[after + 1..]
            .iter()
            .take_while(|byte| byte.is_ascii_digit())
            .count(),
        _ => 0,
    };
    let has_port = (1..=5).contains(&port_digits);
    if has_port {
        after += 1 + port_digits;
    }
    let ends = line.get(after).is_none_or(|&byte| {
        byte.is_ascii_whitespace()
            || matches!(byte, b':' | b'/' | b'\'' | b'"' | b')' | b',' | b';' | b']')
    });
    // A host: an address, `localhost`, a dotted name, or any name with a port
    // (`node:20@sha256:…` has none of these).
    let dotted = host.contains(&b'.') && !host.ends_with(b".");
    let is_host = ends && (dotted || host == b"localhost" || has_port);
    // `owner:alice.smith@corp.io` is a field and an address: a password before a domain name
    // is not written like a mailbox name.
    // `bob:hunter2@example.com` is a login that reads like an address: a word with a digit
    // glued to it, or a well-known weak password, is a password, not a mailbox name.
    let mailbox_name = password.first().is_some_and(u8::is_ascii_lowercase)
        && password.iter().all(|&byte| {
            byte.is_ascii_lowercase() || byte.is_ascii_digit() || matches!(byte, b'.' | b'_' | b'-')
        })
        && !is_weak_password(password)
        && (!password.iter().any(u8::is_ascii_digit)
            || password
                .iter()
                .any(|&byte| matches!(byte, b'.' | b'_' | b'-')));
    let numeric_host = host
        .iter()
        .all(|&byte| byte.is_ascii_digit() || byte == b'.');
    if !is_host
        || (mailbox_name && dotted && !numeric_host)
        || !(is_bare_password(password) || is_weak_password(password))
    {
        return None;
    }
    Some((token_start + colon + 1..at, token_start))
}

/// An Oracle logon's password, on a line that runs an Oracle tool or names one.
fn check_oracle_logon(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let range = unquoted_secret(candidate);
    let value = &line[range.clone()];
    // `connect` names Oracle's command only right before the logon (`SQL> connect scott/tiger`);
    // `Cannot connect to amqps://…` in a line with `ERROR/MainProcess` is a log.
    let whole = candidate.whole();
    let logon_start = whole.start + usize::from(!line[whole.start].is_ascii_alphanumeric());
    let after_connect = line[..logon_start]
        .to_ascii_lowercase()
        .trim_ascii_end()
        .ends_with(b"connect");
    let oracle = after_connect || is_oracle_tool_line(line);
    match oracle && !is_placeholder(value) && !value.contains(&b'$') {
        true => candidate.hit(Kind::Password, range),
        false => None,
    }
}

/// A line that runs an Oracle tool or names Oracle (its `connect` command is judged apart).
fn is_oracle_tool_line(line: &[u8]) -> bool {
    [
        b"sqlplus".as_slice(),
        b"sql",
        b"sqlcl",
        b"expdp",
        b"impdp",
        b"sqlldr",
        b"rman",
        b"dgmgrl",
        b"userid",
        b"jdbc:oracle",
    ]
    .iter()
    .any(|word| contains_word(line, word))
        || contains_ignore_ascii_case(line, b"oracle")
}

/// A line that runs an Oracle tool, names Oracle, or uses its `connect` command.
fn is_oracle_line(line: &[u8]) -> bool {
    is_oracle_tool_line(line) || contains_word(line, b"connect")
}

fn check_literal_password(candidate: &Candidate<'_>) -> Option<Hit> {
    match is_placeholder(candidate.secret_bytes()) {
        true => None,
        false => candidate.accept(),
    }
}

fn check_protocol_login(candidate: &Candidate<'_>) -> Option<Hit> {
    let range = ["s", "pass", "netrc"]
        .iter()
        .find_map(|name| candidate.group(name))?;
    let bytes = &candidate.line[range.clone()];
    let range = match (bytes.first(), bytes.last()) {
        (Some(b'"'), Some(b'"')) if bytes.len() >= 2 => range.start + 1..range.end - 1,
        _ => range,
    };
    let value = &candidate.line[range.clone()];
    // netrc's `login anonymous password guest`: anonymous FTP asks for any word.
    let anonymous =
        candidate.group("netrc").is_some() && contains_word(candidate.line, b"anonymous");
    match is_placeholder(value) || is_prose_word(value) || anonymous {
        true => None,
        false => candidate.hit(Kind::Password, range),
    }
}

/// SASL PLAIN is base64 of `authzid\0user\0password`; XOAUTH2 of `user=…\x01auth=Bearer …`.
fn check_basic_or_sasl(candidate: &Candidate<'_>) -> Option<Hit> {
    let decoded = decode_base64(candidate.secret_bytes(), 512)?;
    let text = decoded
        .iter()
        .all(|&byte| byte == 0 || byte == 1 || (0x20..0x7f).contains(&byte));
    match text && decoded.len() >= 3 {
        true => candidate.accept(),
        false => None,
    }
}

/// `ldapsearch … -w pw` (OpenLDAP), `smbclient -U user%pw`, `lftp -u user,pw`: each option
/// only on its own tool's line (`grep -w`, `useradd -U` mean other things).
fn check_tool_password_flag(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let (group, tools): (&str, &[&[u8]]) = match () {
        _ if candidate.group("w").is_some() => (
            "w",
            &[
                b"ldapsearch",
                b"ldapmodify",
                b"ldapadd",
                b"ldapdelete",
                b"ldapwhoami",
                b"ldappasswd",
                b"ldapcompare",
                b"ldapmodrdn",
            ],
        ),
        _ if candidate.group("smb").is_some() => ("smb", &[b"smbclient", b"rpcclient", b"smbmap"]),
        _ if candidate.group("lftp").is_some() => ("lftp", &[b"lftp"]),
        _ if candidate.group("jenkins").is_some() => {
            ("jenkins", &[b"jenkins-cli.jar", b"jenkins-cli"])
        }
        _ if candidate.group("netuse").is_some() => ("netuse", &[b"use"]),
        _ => ("netshare", &[b"use"]),
    };
    let range = candidate.group(group)?;
    let bytes = &line[range.clone()];
    let range = match (bytes.first(), bytes.last()) {
        (Some(b'\''), Some(b'\'')) | (Some(b'"'), Some(b'"')) if bytes.len() >= 2 => {
            range.start + 1..range.end - 1
        }
        _ => range,
    };
    let value = &line[range.clone()];
    let on_tool_line = tools.iter().any(|tool| contains_word(line, tool))
        && (!matches!(group, "netuse" | "netshare")
            || contains_ignore_ascii_case(line, b"net use"));
    match on_tool_line && !is_placeholder(value) && !value.starts_with(b"$") {
        true => candidate.hit(Kind::Password, range),
        false => None,
    }
}

/// What `echo` pipes into a password prompt, unless it is a variable or a placeholder.
fn check_piped_password(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let after_pipe = &line[candidate.whole().end..];
    let into_prompt = [
        b"password-stdin".as_slice(),
        b"sudo -S",
        b"chpasswd",
        b"passwd --stdin",
        b"pass-stdin",
    ]
    .iter()
    .any(|command| contains_ignore_ascii_case(after_pipe, command));
    let range = unquoted_secret(candidate);
    let value = &line[range.clone()];
    match into_prompt && !is_placeholder(value) && !value.contains(&b'$') {
        true => candidate.hit(Kind::Password, range),
        false => None,
    }
}

/// `curl -u user:secret`; a numeric pair is a `uid:gid`.
fn check_curl_user(candidate: &Candidate<'_>) -> Option<Hit> {
    let secret = candidate.secret_bytes();
    match secret.iter().all(u8::is_ascii_digit) || is_placeholder(secret) {
        true => None,
        false => candidate.accept(),
    }
}

/// Whether `start` lies in the user info of a URL (`scheme://user:pa@ss@host`): the text from
/// the `://` before it contains no `/`. The URL rule owns that part.
fn is_url_user_info(line: &[u8], start: usize) -> bool {
    let token_start = line[..start]
        .iter()
        .rposition(|&byte| {
            byte.is_ascii_whitespace() || matches!(byte, b'"' | b'\'' | b'`' | b'<' | b'(')
        })
        .map_or(0, |index| index + 1);
    let token = &line[token_start..start];
    match memchr::memmem::rfind(token, b"://") {
        Some(scheme_end) => !token[scheme_end + 3..].contains(&b'/'),
        // JSON's `https:\/\/user:pa@ss@host`.
        None => memchr::memmem::rfind(token, b":\\/\\/")
            .is_some_and(|scheme_end| !token[scheme_end + 5..].contains(&b'/')),
    }
}

/// Whether the address starting at `start` is the tail of `user:password@host` written without
/// a scheme (`deploy:pa!ss@db.corp.io`): its `@host` is a host, and the login rules own the
/// password before it.
fn is_login_host(line: &[u8], start: usize) -> bool {
    let token_start = line[..start]
        .iter()
        .rposition(|&byte| {
            byte.is_ascii_whitespace() || matches!(byte, b'"' | b'\'' | b'`' | b'<' | b'(' | b'=')
        })
        .map_or(0, |index| index + 1);
    let token = &line[token_start..start];
    // An Oracle logon separates user and password with a `/` (`scott/ti#ger@db.corp.io`).
    let separator = token.iter().position(|&byte| byte == b':').or_else(|| {
        is_oracle_line(line)
            .then(|| token.iter().position(|&byte| byte == b'/'))
            .flatten()
    });
    let Some(colon) = separator else {
        return false;
    };
    let (user, password) = (&token[..colon], &token[colon + 1..]);
    // A login name (a word or an address, not a time stamp's `12:00:00]`), then password
    // characters.
    user.first().is_some_and(u8::is_ascii_alphabetic)
        && user.iter().all(|&byte| {
            byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'-' | b'.' | b'@' | b'+' | b'%')
        })
        && !user.eq_ignore_ascii_case(b"mailto")
        && !password
            .iter()
            .any(|&byte| matches!(byte, b'|' | b'[' | b']' | b',' | b';' | b'/'))
}

/// File extensions that look like top-level domains in `icon@2x.png`, `pkg@1.0.0/index.js`.
const FILE_EXTENSIONS: &[&[u8]] = &[
    b"png", b"jpg", b"jpeg", b"gif", b"svg", b"webp", b"ico", b"bmp", b"js", b"mjs", b"cjs", b"ts",
    b"tsx", b"jsx", b"css", b"scss", b"less", b"json", b"html", b"htm", b"xml", b"yml", b"yaml",
    b"toml", b"lock", b"txt", b"md", b"rs", b"py", b"rb", b"go", b"java", b"kt", b"swift", b"cpp",
    b"hpp", b"cc", b"so", b"dll", b"exe", b"zip", b"gz", b"tgz", b"tar", b"whl", b"map", b"wasm",
    b"vue", b"svelte", b"php", b"pl", b"log", b"csv", b"pdf", b"mp4", b"ttf", b"woff", b"woff2",
    b"otf", b"eot", b"bin", b"dat", b"jar", b"class", b"node", b"proto", b"sql", b"ini", b"cfg",
    b"conf", b"env", b"sh", b"bash", b"ps1", b"bat", b"cs", b"fs", b"ex", b"exs", b"erl", b"hs",
    b"ml", b"scala", b"dart", b"lua", b"zig", b"nim",
];

/// Domains reserved for documentation (RFC 2606/6761): `dev@example.com` is nobody.
fn is_reserved_domain(domain: &[u8]) -> bool {
    let domain = domain.to_ascii_lowercase();
    [b"example.com".as_slice(), b"example.org", b"example.net"]
        .iter()
        .any(|reserved| {
            domain == *reserved
                || (domain.ends_with(reserved) && domain[domain.len() - reserved.len() - 1] == b'.')
        })
        || [
            b".example".as_slice(),
            b".test",
            b".invalid",
            b".localhost",
            b".local",
            b".internal",
        ]
        .iter()
        .any(|suffix| domain.ends_with(suffix))
}

/// `ftp://me@mail.com:pw@host`: an address that is the whole user name of a URL whose user
/// info goes on to another `@` (the host's). Personal data like any address; an SSH login
/// (`ssh://deploy@host.org:7999/…`) has no second `@` and is a host.
fn is_url_login_name(line: &[u8], range: &Range<usize>) -> bool {
    if !line[..range.start].ends_with(b"://") {
        return false;
    }
    let rest = &line[range.end..];
    let user_info_end = rest
        .iter()
        .position(|&byte| {
            byte.is_ascii_whitespace()
                || matches!(byte, b'/' | b'?' | b'#' | b'"' | b'\'' | b'<' | b'>')
        })
        .unwrap_or(rest.len());
    matches!(rest.first(), Some(b':') | Some(b'@')) && rest[..user_info_end].contains(&b'@')
}

/// `noreply@github.com`, `bot@users.noreply.github.com`: addresses nobody reads, printed by
/// tools in commit trailers and signatures; nobody's personal data.
fn is_no_reply(local: &[u8], domain: &[u8]) -> bool {
    let local = local.to_ascii_lowercase();
    let domain = domain.to_ascii_lowercase();
    let unread = |name: &[u8]| {
        matches!(
            name,
            b"noreply" | b"no-reply" | b"no_reply" | b"donotreply" | b"do-not-reply"
        )
    };
    unread(&local)
        || domain
            .split(|&byte| byte == b'.')
            .next()
            .is_some_and(|first| first == b"noreply")
        || domain.ends_with(b".noreply.github.com")
}

/// E-mail addresses are personal data. Kept: `git@github.com:org/repo` and `ssh
/// git@github.com` (an SSH login, not a mailbox), URL user info (`https://user@host`, the URL rule's business), file names
/// (`icon@2x.png`), and documentation domains.
fn check_email(candidate: &Candidate<'_>) -> Option<Hit> {
    let line = candidate.line;
    let range = candidate.secret();
    let address = &line[range.clone()];
    let at = address.iter().position(|&byte| byte == b'@')?;
    let (local, domain) = (&address[..at], &address[at + 1..]);
    let before = range.start.checked_sub(1).map(|index| line[index]);
    if is_url_login_name(line, &range) {
        return match is_reserved_domain(domain) {
            true => None,
            false => candidate.accept(),
        };
    }
    match before {
        Some(b'/') => return None,
        Some(b':')
            if !line[..range.start]
                .to_ascii_lowercase()
                .ends_with(b"mailto:") =>
        {
            return None
        }
        _ => {}
    }
    if is_url_user_info(line, range.start) || is_login_host(line, range.start) {
        return None;
    }
    // `git` is the SSH login of every git host (`git@github.com:org/repo`, `ssh -T
    // git@gitlab.com`, `ssh -v git@github.com`), nobody's mailbox.
    if local == b"git" {
        return None;
    }
    let top_level = domain
        .rsplit(|&byte| byte == b'.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if FILE_EXTENSIONS.contains(&top_level.as_slice())
        || is_reserved_domain(domain)
        || is_no_reply(local, domain)
    {
        return None;
    }
    candidate.accept()
}

/// Card numbers: 13–19 digits, either unbroken or in groups with one consistent separator
/// (space, two spaces, tab, dash, dot, plus, `%20`, `%2B`, `%2D`), an issuer prefix that
/// exists, and a valid Luhn checksum. Together these keep timestamps, ids and phone numbers
/// out. Any grouping counts (4-4-4-4, 4-6-5, 4-6-6, 8-8, 6-10 …) as long as every group but the
/// last has three to eight digits: how a form, a terminal or a person happened to split it.
fn check_card_number(candidate: &Candidate<'_>) -> Option<Hit> {
    let text = candidate.secret_bytes();
    let offset = candidate.secret().start;
    // The digit groups (byte ranges in `text`) and the separator after each but the last.
    let mut groups: Vec<Range<usize>> = Vec::new();
    let mut separators: Vec<[u8; 2]> = Vec::new();
    let mut index = 0;
    while index < text.len() {
        let start = index;
        while text.get(index).is_some_and(u8::is_ascii_digit) {
            index += 1;
        }
        groups.push(start..index);
        if index >= text.len() {
            break;
        }
        // `%2D` and `%2d` are one separator; a plain byte is its own; two spaces are one.
        let byte = text[index];
        let separator = match byte {
            b'%' => {
                let encoded = text.get(index + 2)?.to_ascii_uppercase();
                index += 3;
                [b'%', encoded]
            }
            b' ' if text.get(index + 1) == Some(&b' ') => {
                index += 2;
                [b' ', b' ']
            }
            _ => {
                index += 1;
                [byte, 0]
            }
        };
        separators.push(separator);
    }
    // The number may share its run with digits around it (`4111 1111 1111 1111 12/27`, a count
    // before it): the longest run of whole groups that is a card, earliest first. Carved out of
    // a longer run, only a printed grouping counts (4-4-4-4, 4-6-5): odd groups there are a
    // table of numbers.
    let mut digits: Vec<u8> = Vec::with_capacity(32);
    for length in (1..=groups.len()).rev() {
        for first in 0..=groups.len() - length {
            let window = &groups[first..first + length];
            let same_separator = separators[first..first + length - 1]
                .windows(2)
                .all(|pair| pair[0] == pair[1]);
            digits.clear();
            for group in window {
                digits.extend_from_slice(&text[group.clone()]);
            }
            // Tabs and double spaces also separate the columns of a table: there too.
            let column_separator = separators[first..first + length - 1]
                .first()
                .is_some_and(|separator| matches!(separator, [b'\t', 0] | [b' ', b' ']));
            let whole = length == groups.len() && !column_separator;
            if same_separator
                && (whole || is_printed_grouping(window))
                && is_card_number(&digits, window)
            {
                let range = offset + window[0].start..offset + window[length - 1].end;
                return candidate.hit(Kind::CardNumber, range);
            }
        }
    }
    None
}

/// The groupings cards are printed in: fours (the last group shorter), or 4-6-5 and 4-6-4.
fn is_printed_grouping(groups: &[Range<usize>]) -> bool {
    let lengths: Vec<usize> = groups.iter().map(Range::len).collect();
    match lengths.split_last() {
        Some((last, leading)) if !leading.is_empty() => {
            (leading.iter().all(|&length| length == 4) && (1..=4).contains(last))
                || matches!(lengths.as_slice(), [4, 6, 5] | [4, 6, 4])
        }
        _ => true,
    }
}

/// 13–19 digits with an issuer prefix and a valid checksum, in groups of three to eight but
/// the last.
fn is_card_number(digits: &[u8], groups: &[Range<usize>]) -> bool {
    let (_, leading) = groups.split_last().unwrap_or((&(0..0), &[]));
    (13..=19).contains(&digits.len())
        && leading.iter().all(|group| (3..=8).contains(&group.len()))
        && issuer_prefix_valid(digits)
        && luhn_valid(digits)
}

fn issuer_prefix_valid(digits: &[u8]) -> bool {
    let prefix = |length: usize| -> u32 {
        digits[..length]
            .iter()
            .fold(0, |number, &digit| number * 10 + u32::from(digit - b'0'))
    };
    let length = digits.len();
    match digits[0] {
        b'4' => matches!(length, 13 | 16 | 19),
        b'5' => match prefix(2) {
            51..=55 => length == 16,
            50 | 56..=59 => true,
            _ => false,
        },
        // Mastercard's 2-series, and Mir (2200–2204).
        b'2' => {
            ((2221..=2720).contains(&prefix(4)) && length == 16)
                || ((2200..=2204).contains(&prefix(4)) && (16..=19).contains(&length))
        }
        // RuPay (81, 82) and Troy (9792).
        b'8' => matches!(prefix(2), 81 | 82) && length == 16,
        b'9' => prefix(4) == 9792 && length == 16,
        b'3' => match prefix(2) {
            34 | 37 => length == 15,
            36 | 38 | 39 => (14..=19).contains(&length),
            30 => (300..=305).contains(&prefix(3)) || prefix(3) == 309,
            35 => (3528..=3589).contains(&prefix(4)) && length >= 16,
            _ => false,
        },
        b'6' => length >= 16 || matches!(prefix(2), 63 | 67),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_classified_by_their_last_word() {
        let family = |key: &str| classify_key(key.as_bytes()).map(|(family, _)| family);
        assert_eq!(family("DB_PASSWORD"), Some(Family::Password));
        assert_eq!(family("PGPASSWORD"), Some(Family::Password));
        assert_eq!(family("db_pass"), Some(Family::Password));
        assert_eq!(family("clientSecret"), Some(Family::Secret));
        assert_eq!(family("x-api-key"), Some(Family::Secret));
        assert_eq!(family("SECRET_KEY_BASE"), Some(Family::Secret));
        assert_eq!(family("access_token"), Some(Family::Token));
        assert_eq!(family("token_type"), None);
        // Only a generated-looking value (`judge_value`'s `Family::Strong`) is a secret here.
        assert_eq!(family("primary_key"), Some(Family::Strong));
        assert_eq!(family("nextPageToken"), None);
        assert_eq!(family("NextToken"), None);
        assert_eq!(family("SECURE_AUTH_SALT"), Some(Family::Token));
        assert_eq!(family("access_key_id"), Some(Family::Random));
        assert_eq!(family("secret_name"), None);
        assert_eq!(family("max_tokens"), None);
        assert_eq!(family("pass"), Some(Family::Password));
        assert_eq!(family("PASS"), None);
        assert_eq!(family("DB_PASSWORD_PROD"), Some(Family::Password));
        assert_eq!(family("apiKeyV2"), Some(Family::Secret));
        assert_eq!(family("password1"), Some(Family::Password));
        assert_eq!(family("STRIPE_KEY"), Some(Family::Random));
        assert_eq!(family("cache_key"), None);
        assert_eq!(family("password_file"), None);
        assert_eq!(family("bypass"), None);
    }

    #[test]
    fn values_are_read_with_their_quoting() {
        let read = |line: &str, start: usize| {
            read_value(line.as_bytes(), start).map(|value| line[value.range].to_string())
        };
        assert_eq!(read(r#"p="a b\"c" x"#, 2).as_deref(), Some(r#"a b\"c"#));
        assert_eq!(read("p=abc,def", 2).as_deref(), Some("abc"));
        assert_eq!(read(r#"{\"p\":\"s3\"}"#, 7).as_deref(), Some("s3"));
        assert_eq!(read("p=<your token> x", 2).as_deref(), Some("<your token>"));
        assert_eq!(read("p=", 2), None);
    }

    #[test]
    fn card_issuers() {
        assert!(issuer_prefix_valid(b"4111111111111111"));
        assert!(issuer_prefix_valid(b"378282246310005"));
        assert!(!issuer_prefix_valid(b"1700000000123456"));
    }
}
