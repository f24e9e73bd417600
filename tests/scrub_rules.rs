//! One small, explicit test per detection rule: the exact output for a typical line, and the
//! look-alike the rule must leave alone. The corpus (`scrub_corpus`) covers the variety; these
//! pin down the behaviour of each rule in isolation.

use selfheal::scrub::{rule_ids, scrub};

/// Asserts the scrubbed form of `input`.
fn scrubs_to(input: &str, expected: &str) {
    assert_eq!(scrub(input), expected, "input: {input}");
}

fn unchanged(input: &str) {
    assert_eq!(scrub(input), input, "should be kept: {input}");
}

#[test]
fn every_rule_has_a_distinct_id() {
    let ids = rule_ids();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len());
    assert!(ids.len() >= 50, "{} rules", ids.len());
}

#[test]
fn aws_access_key_id() {
    scrubs_to(
        "key AKIAZ7QX4LMN2PQR5STU denied",
        "key <redacted:aws-access-key> denied",
    );
    unchanged("example AKIAIOSFODNN7EXAMPLE in the docs");
}

#[test]
fn aws_secret_access_key() {
    scrubs_to(
        "aws_secret_access_key = Zx9/Qw3+Er5tYu7iOp1aSd3fGh5jKl7zXc9vBn2M",
        "aws_secret_access_key = <redacted:aws-secret-key>",
    );
    scrubs_to(
        "AKIAZ7QX4LMN2PQR5STU Zx9/Qw3+Er5tYu7iOp1aSd3fGh5jKl7zXc9vBn2M",
        "<redacted:aws-access-key> <redacted:aws-secret-key>",
    );
    // A git SHA beside a key id is not its secret.
    scrubs_to(
        "AKIAZ7QX4LMN2PQR5STU at 3f1c2a9e8d7b4c559e210a6b1f3d2c4e5a6b7c8d",
        "<redacted:aws-access-key> at 3f1c2a9e8d7b4c559e210a6b1f3d2c4e5a6b7c8d",
    );
}

#[test]
fn google_keys_and_tokens() {
    scrubs_to(
        "?key=AIzaSyD3xQ9-abcdefghijklmnopqrstuvwx_yz&x=1",
        "?key=<redacted:google-api-key>&x=1",
    );
    scrubs_to(
        "Bearer ya29.a0AfH6SMBxyzabcdefghijklmnop",
        "Bearer <redacted:google-oauth-token>",
    );
    scrubs_to(
        "client_secret=GOCSPX-abcdefghijklmnopqrstuvwxyz12",
        "client_secret=<redacted:google-client-secret>",
    );
}

#[test]
fn azure_keys() {
    scrubs_to(
        "AccountName=x;AccountKey=abcdEFGH1234abcdEFGH1234abcdEFGH==;EndpointSuffix=core.windows.net",
        "AccountName=x;AccountKey=<redacted:azure-key>;EndpointSuffix=core.windows.net",
    );
    scrubs_to(
        "https://a.blob.core.windows.net/c/f?sv=2022-11-02&sig=AbCdEfGhIjKlMnOpQrStUvWx%3D",
        "https://a.blob.core.windows.net/c/f?sv=2022-11-02&sig=<redacted:azure-key>",
    );
    scrubs_to(
        "secret Abc8Q~abcdefghijklmnopqrstuvwxyz0123456",
        "secret <redacted:azure-key>",
    );
}

#[test]
fn github_and_gitlab_tokens() {
    scrubs_to(
        "token ghp_0123456789abcdefghijABCDEFGHIJ012345.",
        "token <redacted:github-token>.",
    );
    scrubs_to(
        "GH_TOKEN=github_pat_11ABCDEFG0123456789abc_defghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456",
        "GH_TOKEN=<redacted:github-token>",
    );
    scrubs_to(
        "https://oauth2:glpat-abcdefghij0123456789@gitlab.com/acme/x.git",
        "https://oauth2:<redacted:gitlab-token>@gitlab.com/acme/x.git",
    );
    scrubs_to(
        "--registration-token GR1348941abcdefghij0123456789",
        "--registration-token <redacted:gitlab-token>",
    );
}

#[test]
fn slack_and_discord() {
    scrubs_to(
        "token='xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx'",
        "token='<redacted:slack-token>'",
    );
    scrubs_to(
        "POST https://hooks.slack.com/services/T0ABCDEF/B0ABCDEFGH/abcdefghijklmnopqrstuvwx failed",
        "POST https://hooks.slack.com/services/<redacted:slack-webhook> failed",
    );
    scrubs_to(
        "https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz_-0123",
        "https://discord.com/api/webhooks/<redacted:discord-webhook>",
    );
}

#[test]
fn ai_provider_keys() {
    scrubs_to(
        "OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCDEF",
        "OPENAI_API_KEY=<redacted:openai-key>",
    );
    scrubs_to(
        "x-api-key: sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH-AA",
        "x-api-key: <redacted:anthropic-key>",
    );
    unchanged("task-sk-1 failed on disk-sk-2");
    unchanged("Incorrect API key provided: sk-proj-************************abcd.");
}

#[test]
fn payment_and_registry_tokens() {
    scrubs_to(
        "stripe.api_key = \"sk_test_abcdefghijklmnopqrstuvwx\"",
        "stripe.api_key = \"<redacted:stripe-key>\"",
    );
    unchanged("Stripe.js loaded with pk_test_abcdefghijklmnopqrstuvwx");
    scrubs_to(
        "//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789",
        "//registry.npmjs.org/:_authToken=<redacted:npm-token>",
    );
    let pypi = format!("pypi-AgEIcHlwaS5vcmc{}", "A".repeat(60));
    scrubs_to(
        &format!("twine upload -p {pypi} dist/*"),
        "twine upload -p <redacted:pypi-token> dist/*",
    );
}

#[test]
fn twilio_and_sendgrid() {
    scrubs_to(
        "TWILIO_API_KEY=SK0123456789abcdef0123456789abcdef",
        "TWILIO_API_KEY=<redacted:twilio-key>",
    );
    scrubs_to(
        "Client(\"AC0123456789abcdef0123456789abcdef\", \"fedcba9876543210fedcba9876543210\")",
        "Client(\"AC0123456789abcdef0123456789abcdef\", \"<redacted:twilio-key>\")",
    );
    // Without a Twilio account id or the word, 32 hex digits are a checksum.
    unchanged("md5 fedcba9876543210fedcba9876543210  app.tar.gz");
    scrubs_to(
        "SENDGRID_API_KEY=SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
        "SENDGRID_API_KEY=<redacted:sendgrid-key>",
    );
}

#[test]
fn other_platform_tokens() {
    let cases = [
        ("hf_abcdefghijklmnopqrstuvwxyz01234567", "huggingface-token"),
        (
            "dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "digitalocean-token",
        ),
        ("shpat_0123456789abcdef0123456789abcdef", "shopify-token"),
        ("dapi0123456789abcdef0123456789abcdef", "databricks-token"),
        ("hvs.CAESIabcdefghijklmnopqrstuvwxyz", "vault-token"),
        ("dckr_pat_abcdefghijklmnopqrstuvwxyz0", "docker-token"),
        (
            "AGE-SECRET-KEY-1QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7LQPZRY9X8GF2TVDW0S3JN54KHCE",
            "age-secret-key",
        ),
        (
            "123456789:AAabcdefghijklmnopqrstuvwxyz0123456",
            "telegram-bot-token",
        ),
        (
            "glsa_abcdefghijklmnopqrstuvwxyz012345_0123abcd",
            "grafana-token",
        ),
        (
            "PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01",
            "postman-key",
        ),
        (
            "dp.st.abcdefghijklmnopqrstuvwxyz0123456789ABCD",
            "doppler-token",
        ),
        (
            "sbp_0123456789abcdef0123456789abcdef01234567",
            "supabase-key",
        ),
    ];
    for (token, kind) in cases {
        scrubs_to(
            &format!("value {token} rejected"),
            &format!("value <redacted:{kind}> rejected"),
        );
    }
}

#[test]
fn jwts() {
    let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    scrubs_to(&format!("token {jwt}."), "token <redacted:jwt>.");
    // {"iss":"supabase","role":"anon"}
    let supabase =
        "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJhbm9uIn0.abcdefghijklmnopqrstuvwxyz";
    scrubs_to(
        &format!("SUPABASE_ANON_KEY={supabase}"),
        "SUPABASE_ANON_KEY=<redacted:supabase-key>",
    );
    unchanged("Error: jwt malformed");
}

#[test]
fn base64_json_with_credentials() {
    // {"auths":{"r.io":{"auth":"dTpw"}}}
    scrubs_to(
        ".dockerconfigjson: eyJhdXRocyI6eyJyLmlvIjp7ImF1dGgiOiJkVHB3In19fQ==",
        ".dockerconfigjson: <redacted:generic-secret>",
    );
    // {"theme":"dark","page":2}: data.
    unchanged("state=eyJ0aGVtZSI6ImRhcmsiLCJwYWdlIjoyfQ");
}

#[test]
fn connection_string_password() {
    scrubs_to(
        "postgres://user:hunter2@host/db",
        "postgres://user:<redacted:password>@host/db",
    );
    scrubs_to(
        "mongodb+srv://app:p@ss@cluster0.x.mongodb.net/prod?retryWrites=true",
        "mongodb+srv://app:<redacted:password>@cluster0.x.mongodb.net/prod?retryWrites=true",
    );
    scrubs_to(
        "redis://:s3cret@cache:6379/0",
        "redis://:<redacted:password>@cache:6379/0",
    );
    scrubs_to(
        "Server=db;Database=x;User Id=sa;Password=Pa55w0rd!;Encrypt=True",
        "Server=db;Database=x;User Id=sa;Password=<redacted:password>;Encrypt=True",
    );
    unchanged("postgres://user:****@host/db");
    unchanged("postgresql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}/app");
    unchanged("ssh://git@github.com/acme/api.git");
}

#[test]
fn authorization_headers() {
    scrubs_to(
        "-H 'Authorization: Bearer abcdefghijklmnop0123456789'",
        "-H 'Authorization: Bearer <redacted:authorization>'",
    );
    scrubs_to(
        "Authorization: Basic dXNlcjpwYXNzd29yZA==",
        "Authorization: Basic <redacted:authorization>",
    );
    scrubs_to(
        "{'Authorization': 'token 0123456789abcdef0123456789abcdef01234567'}",
        "{'Authorization': 'token <redacted:authorization>'}",
    );
    scrubs_to(
        "proxy said Basic dXNlcjpwYXNzd29yZA== is wrong",
        "proxy said Basic <redacted:authorization> is wrong",
    );
    unchanged("Authorization: Bearer <token>");
    unchanged("Authorization: Bearer $API_TOKEN");
    unchanged("error: missing bearer token in request");
}

#[test]
fn cookies() {
    scrubs_to(
        "Cookie: sessionid=abc123def456; csrftoken=xyz",
        "Cookie: sessionid=<redacted:cookie>; csrftoken=<redacted:cookie>",
    );
    unchanged("Cookie: <none>");
    // Harmless values stay, session-like ones go, whatever their order.
    scrubs_to(
        "> Cookie: theme=dark; lang=en; sid=9f8e7d6c5b4a3928; tz=UTC",
        "> Cookie: theme=dark; lang=en; sid=<redacted:cookie>; tz=UTC",
    );
    unchanged("> Cookie: theme=dark; lang=en; tz=UTC");
    // A long random value goes whatever the cookie is called; dotted numbers are not random.
    scrubs_to(
        "Cookie: _ga=GA1.2.1234567890.1714560000; prefs=Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1",
        "Cookie: _ga=GA1.2.1234567890.1714560000; prefs=<redacted:cookie>",
    );
    // Set-Cookie attributes are settings; a deletion marker is no session.
    scrubs_to(
        "Set-Cookie: session=Zx8Yw7Vu6Ts5; Expires=Wed, 01 May 2024 12:00:00 GMT; Path=/; HttpOnly",
        "Set-Cookie: session=<redacted:cookie>; Expires=Wed, 01 May 2024 12:00:00 GMT; Path=/; HttpOnly",
    );
    unchanged("Set-Cookie: session=deleted; Max-Age=0; Path=/");
    // Two Set-Cookie headers joined by a client; a date's comma is not a join.
    scrubs_to(
        "{'Set-Cookie': 'lang=en; Path=/, sessionid=Zx8Yw7Vu6Ts5; Expires=Wed, 01 May 2024 12:00:00 GMT'}",
        "{'Set-Cookie': 'lang=en; Path=/, sessionid=<redacted:cookie>; Expires=Wed, 01 May 2024 12:00:00 GMT'}",
    );
    for text in [
        "Cookie: side_panel=left; session_timeout=1800; author=bob",
        "Cookie: prefs=%7B%22theme%22%3A%22dark%22%2C%22size%22%3A12%7D",
        "Cookie: ajs_anonymous_id=3f1c2a9e-8d7b-4c55-9e21-0a6b1f3d2c4e",
    ] {
        unchanged(text);
    }
    // The next entry of a header map is not part of the cookie list.
    scrubs_to(
        "map[Cookie:[sid=Zx8Yw7Vu6Ts5Rq4P] User-Agent:[Go-http-client/2.0]]",
        "map[Cookie:[sid=<redacted:cookie>] User-Agent:[Go-http-client/2.0]]",
    );
    scrubs_to(
        "curl --cookie 'auth=Zx8Yw7Vu6Ts5Rq4P; lang=en' https://app.corp.io",
        "curl --cookie 'auth=<redacted:cookie>; lang=en' https://app.corp.io",
    );
}

#[test]
fn password_assignments() {
    scrubs_to(
        "password=hunter2 user=bob",
        "password=<redacted:password> user=bob",
    );
    scrubs_to(
        "{\"password\": \"correct horse battery staple\"}",
        "{\"password\": \"<redacted:password>\"}",
    );
    scrubs_to("PASSWORD: Tr0ub4dor&3", "PASSWORD: <redacted:password>");
    scrubs_to("--password s3cr3t up", "--password <redacted:password> up");
    scrubs_to(
        "mysql -uroot -pS3cret db",
        "mysql -uroot -p<redacted:password> db",
    );
    scrubs_to(
        "CREATE USER 'a'@'%' IDENTIFIED BY 'S3cret!';",
        "CREATE USER 'a'@'%' IDENTIFIED BY '<redacted:password>';",
    );
    scrubs_to(
        "curl -u admin:S3cret https://x",
        "curl -u admin:<redacted:password> https://x",
    );
    scrubs_to(
        "<password>S3cret</password>",
        "<password><redacted:password></password>",
    );
    scrubs_to("password=changeme", "password=<redacted:password>");
}

#[test]
fn password_look_alikes_are_kept() {
    for text in [
        "incorrect password for user deploy",
        "FATAL:  password authentication failed for user \"postgres\"",
        "password: authentication failed",
        "password=",
        "password=***",
        "password=${DB_PASSWORD}",
        "password=$DB_PASS",
        "password: <redacted:password>",
        "password = getpass.getpass()",
        "fn login(password: &str) -> bool",
        "PWD=/home/ci/project",
        "use crate::auth::password::hash;",
        "mkdir -p build && cargo build -p selfheal",
        "password:  16 bytes",
    ] {
        unchanged(text);
    }
}

#[test]
fn generic_secrets() {
    scrubs_to(
        "GET /items?token=abc123&page=2",
        "GET /items?token=<redacted:generic-secret>&page=2",
    );
    scrubs_to(
        "#access_token=abcdef0123456789&expires_in=3600",
        "#access_token=<redacted:generic-secret>&expires_in=3600",
    );
    scrubs_to(
        "\"client_secret\": \"a1b2c3d4e5f6g7h8\"",
        "\"client_secret\": \"<redacted:generic-secret>\"",
    );
    scrubs_to(
        "X-Api-Key: 0123456789abcdef",
        "X-Api-Key: <redacted:generic-secret>",
    );
    for text in [
        "token_type=bearer&expires_in=3600",
        "max_tokens=4096",
        "SyntaxError: Unexpected token '<'",
        "Invalid token: expected ';'",
        "KeyError: 'api_key'",
        "primary_key=id",
    ] {
        unchanged(text);
    }
}

#[test]
fn emails() {
    scrubs_to(
        "Author: Jane Doe <jane.doe@corp.io>",
        "Author: Jane Doe <<redacted:email>>",
    );
    for text in [
        "git clone git@github.com:acme/infra.git",
        "npm install @types/node lodash@4.17.21",
        "@property",
        "user@localhost",
        "icon@2x.png",
        "dev@example.com",
    ] {
        unchanged(text);
    }
}

#[test]
fn card_numbers() {
    scrubs_to(
        "card 4111 1111 1111 1111 ok",
        "card <redacted:card-number> ok",
    );
    scrubs_to("amex 3782-822463-10005.", "amex <redacted:card-number>.");
    scrubs_to("5555555555554444", "<redacted:card-number>");
    for text in [
        "order 4111111111111112",
        "request_id=1714560000123456789",
        "phone +1 415 555 0132",
        // Groups of one or two digits are not how a card is split.
        "4111 1 1111 1111 111",
        "41 11 11 11 11 11 11 11",
    ] {
        unchanged(text);
    }
    // Any grouping of three to eight digits (Luhn and issuer prefix still hold), and the card
    // inside a longer run of numbers.
    scrubs_to("4111 11111 111 1111", "<redacted:card-number>");
    scrubs_to(
        "pan 4111  1111  1111  1111 exp 12/27",
        "pan <redacted:card-number> exp 12/27",
    );
    scrubs_to(
        "card 4111 1111 1111 1111 12 27",
        "card <redacted:card-number> 12 27",
    );
    // Tab-separated columns count only in a card's printed grouping.
    unchanged("Mem:\t4111\t11111\t111\t1111");
}

#[test]
fn card_numbers_in_other_groupings_and_encodings() {
    scrubs_to(
        "card 4111.1111.1111.1111 declined",
        "card <redacted:card-number> declined",
    );
    scrubs_to(
        "GET /pay?pan=4111%201111%201111%201111&cvv=1",
        "GET /pay?pan=<redacted:card-number>&cvv=1",
    );
    scrubs_to(
        "number=5555%2D5555%2D5555%2D4444&x=1",
        "number=<redacted:card-number>&x=1",
    );
    scrubs_to(
        "cc=6011+1111+1111+1117&exp=1227",
        "cc=<redacted:card-number>&exp=1227",
    );
    scrubs_to(
        "GET /v1/cards/4111111111111111/charge 404",
        "GET /v1/cards/<redacted:card-number>/charge 404",
    );
    scrubs_to(
        "card_number:4111111111111111 status=declined",
        "card_number:<redacted:card-number> status=declined",
    );
    scrubs_to(
        "cc%3D4111%2B1111%2B1111%2B1111&x=1",
        "cc%3D<redacted:card-number>&x=1",
    );
    // The delimiter after one number may begin the next.
    scrubs_to(
        "cards=4111111111111111,4012888888881881",
        "cards=<redacted:card-number>,<redacted:card-number>",
    );
    scrubs_to(
        "visa19 4000-0566-5566-5556-007",
        "visa19 <redacted:card-number>",
    );
    for text in [
        "order 4111.1111.1111.1112 shipped",
        "version 4111.1111.1111.111",
        "src/gateway.rs:4111:1111 unused",
        "mixed 4111 1111-1111.1111",
        "invoice 5500%200000%200000%200005",
        "range 1000-2000-3000-4000-5000",
    ] {
        unchanged(text);
    }
}

#[test]
fn aws_session_tokens() {
    let token = "IQoJb3JpZ2luX2VjEHwaCXVzLWVhc3QtMSJHMEUCIQDk+3l9/abcdefghijklmnop==";
    scrubs_to(
        &format!("AWS_SESSION_TOKEN={token}"),
        "AWS_SESSION_TOKEN=<redacted:aws-session-token>",
    );
    scrubs_to(
        &format!("refreshed: {token} until 13:00"),
        "refreshed: <redacted:aws-session-token> until 13:00",
    );
    scrubs_to(
        "X-Amz-Security-Token: FwoGZXIvYXdzEBYaDHqa0AP1YZFJkRZ8xyLBAcMSqjT3Y7wZl2",
        "X-Amz-Security-Token: <redacted:aws-session-token>",
    );
    scrubs_to(
        "?X-Amz-Security-Token=IQoJb3JpZ2luX2VjEHwa%2Fxyz%2Babc%3D&X-Amz-Date=20240501T120000Z",
        "?X-Amz-Security-Token=<redacted:aws-session-token>&X-Amz-Date=20240501T120000Z",
    );
    scrubs_to(
        "\"SessionToken\": \"Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1Ji0Hg9Fe\"",
        "\"SessionToken\": \"<redacted:aws-session-token>\"",
    );
    unchanged("The security token included in the request is expired (ExpiredToken)");
    scrubs_to(
        "'X-Amz-Security-Token': b'FwoGZXIvYXdzEBYaDHqa0AP1YZFJkRZ8xyLBAcMSqjT3Y7wZl2'",
        "'X-Amz-Security-Token': b'<redacted:aws-session-token>'",
    );
    scrubs_to(
        "{\"token\":\"IQoJb3JpZ2luX2VjEHwa\\/xyz\\/abcdefghijklmnop\"}",
        "{\"token\":\"<redacted:aws-session-token>\"}",
    );
}

#[test]
fn e_mail_user_names_in_url_logins() {
    scrubs_to(
        "postgres://alice@example.com:Pa55w0rd@db.host/app",
        "postgres://alice@example.com:<redacted:password>@db.host/app",
    );
    scrubs_to(
        "ftp://me@mail.com:hunter2@ftp.corp.io/pub",
        "ftp://<redacted:email>:<redacted:password>@ftp.corp.io/pub",
    );
    scrubs_to(
        "smtp://a.b@c.io:p@ss@smtp.c.io:587",
        "smtp://<redacted:email>:<redacted:password>@smtp.c.io:587",
    );
    unchanged("ssh://deploy@bitbucket.org:7999/acme/api.git");
    unchanged("ssh://git@github.com:22/acme/api.git");
}

#[test]
fn percent_encoded_credentials() {
    scrubs_to(
        "https://user:p%40ss%3Aword@host.corp.io/x",
        "https://user:<redacted:password>@host.corp.io/x",
    );
    scrubs_to(
        "GET /login?user=bob&password=s3cr%21t&next=/",
        "GET /login?user=bob&password=<redacted:password>&next=/",
    );
    scrubs_to(
        "?client_secret=s3cr%21tVaLue99&y=2",
        "?client_secret=<redacted:generic-secret>&y=2",
    );
    unchanged("GET /search?q=password%20reset&page=2");
    scrubs_to(
        "GET /app/cart;jsessionid=0123456789ABCDEF0123456789ABCDEF?item=4 HTTP/1.1",
        "GET /app/cart;jsessionid=<redacted:generic-secret>?item=4 HTTP/1.1",
    );
    scrubs_to(
        "{\"session_id\": \"Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1\", \"user\": 42}",
        "{\"session_id\": \"<redacted:generic-secret>\", \"user\": 42}",
    );
    unchanged("{\"session_id\": 1714560000, \"user\": 42}");
    // A query string encoded inside another URL.
    scrubs_to(
        "next=%2Flogin%3Fuser%3Dbob%26password%3Ds3cr3t%21%26r%3D1",
        "next=%2Flogin%3Fuser%3Dbob%26password%3D<redacted:password>%26r%3D1",
    );
}

#[test]
fn more_vendor_keys() {
    for (input, kind) in [
        // Mailgun's keys are base 36; 32 letters without a digit are a name.
        ("key-3ax6xnjp29jd6fds4gc373sgvjxteol0", Some("mailgun-key")),
        ("key-abcdefghijklmnopqrstuvwxyzabcdef", None),
        (
            "pubkey-5ogiflzbnjrljiky49qxsiozqef5jxp7",
            Some("mailgun-key"),
        ),
        ("key-0123456789abcdef0123456789abcdef", Some("mailgun-key")),
        (
            "MTE0NTY3ODkwMTIzNDU2Nzg5MA.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB",
            Some("discord-bot-token"),
        ),
        (
            "HRKU-AAbcdEFGhijKLMnopQRStuvWXyz0123456789_abcdEF",
            Some("heroku-key"),
        ),
        (
            "sk.eyJ1IjoiYWxpY2UiLCJhIjoiY2xhYmNkZWZnMDEyMzQ1Njc4OWFiY2RlIn0.AbCdEfGhIjKlMnOpQrStUv",
            Some("mapbox-token"),
        ),
        (
            "lin_api_abcdefghijklmnopqrstuvwxyz0123456789ABCD",
            Some("linear-key"),
        ),
        ("NRAK-ABCDEFGHIJKLMNOPQRSTUVWXYZ1", Some("newrelic-key")),
        (
            "gsk_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP",
            Some("groq-key"),
        ),
        (
            "r8_abcdefghijklmnopqrstuvwxyz0123456789A",
            Some("replicate-token"),
        ),
        (
            "sk-or-v1-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            Some("openrouter-key"),
        ),
        (
            "squ_0123456789abcdef0123456789abcdef01234567",
            Some("sonarqube-token"),
        ),
        (
            "0123456789abcdef0123456789abcdef-us12",
            Some("mailchimp-key"),
        ),
        ("LTAI5tAbCdEfGhIjKlMnOpQr", Some("alibaba-key")),
    ] {
        let line = format!("rejected token {input} (401)");
        match kind {
            Some(kind) => scrubs_to(&line, &format!("rejected token <redacted:{kind}> (401)")),
            None => unchanged(&line),
        }
    }
    scrubs_to(
        "DD-APPLICATION-KEY: 0123456789abcdef0123456789abcdef01234567",
        "DD-APPLICATION-KEY: <redacted:generic-secret>",
    );
    scrubs_to(
        "datadog: api_key 0123456789abcdef0123456789abcdef is invalid",
        "datadog: api_key <redacted:generic-secret> is invalid",
    );
    unchanged("datadog-agent 7.50.0 commit 3f1c2a9e8d7b4c559e210a6b1f3d2c4e5a6b7c8d");
    unchanged("cargo test -p key-derive --lib");
    unchanged("restored cache-key-0123456789abcdef0123456789abcdef");
    scrubs_to(
        "mailgun: -u api:0123456789abcdef0123456789abcdef-0123abcd-4567ef89",
        "mailgun: -u api:<redacted:mailgun-key>",
    );
    unchanged("at com.acme.MyVeryLongClassNameHereAbc.method.anotherLongIdentifierHere(X.java:1)");
}

#[test]
fn private_key_blocks() {
    let text = "before\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy\n0AHB7MhgwMbRvI0MBZhpF\n-----END RSA PRIVATE KEY-----\nafter\n";
    scrubs_to(text, "before\n<redacted:private-key>\nafter\n");
    // Cut off: the key ends where the log goes on.
    let cut = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\nTraceback (most recent call last):\n";
    scrubs_to(
        cut,
        "<redacted:private-key>\nTraceback (most recent call last):\n",
    );
    unchanged("-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\n-----END CERTIFICATE-----\n");
    unchanged("Are you sure it starts with -----BEGIN RSA PRIVATE KEY----- and a newline?\n");
}

#[test]
fn percent_encoded_text_is_also_read_decoded() {
    scrubs_to(
        "return=https%3A%2F%2Fdeploy%3AS3cr3tPw%40registry.corp.io%2Fv2",
        "return=https%3A%2F%2Fdeploy%3A<redacted:password>%40registry.corp.io%2Fv2",
    );
    scrubs_to(
        "state=%7B%22password%22%3A%22hunter22%22%7D",
        "state=%7B%22password%22%3A%22<redacted:password>%22%7D",
    );
    // Encoded twice.
    scrubs_to(
        "to=%252Flogin%253Fpassword%253Dhunter22%2526x%253D1",
        "to=%252Flogin%253Fpassword%253D<redacted:password>%2526x%253D1",
    );
    scrubs_to(
        "GET /u?email=jane.roe%40gmail.com&p=1",
        "GET /u?email=<redacted:email>&p=1",
    );
    unchanged("return_to=https%3A%2F%2Fapp.corp.io%2Fdash%3Ftab%3Dbuilds%26page%3D2");
    unchanged("GET /search?q=user%40example.com&q2=password%20reset");
}

#[test]
fn logins_written_as_address_and_password() {
    scrubs_to(
        "rejected login jane.roe@gmail.com:Summer2024!",
        "rejected login <redacted:email>:<redacted:password>",
    );
    scrubs_to(
        "proxy=jane@corp-mail.de:pa!ss@proxy.corp.io:3128",
        "proxy=<redacted:email>:<redacted:password>@proxy.corp.io:3128",
    );
    scrubs_to(
        "rsync -az dist/ deploy:Pa55w0rd!@10.0.4.17:/srv",
        "rsync -az dist/ deploy:<redacted:password>@10.0.4.17:/srv",
    );
    for text in [
        "git@github.com:acme/infra.git",
        "ssh ci@build.example.com:2222",
        "scp: deploy@bastion.example.com:/var/www: denied",
        "docker pull python:3.12-slim@sha256:e3b0c44298fc1c149afbf4c8996fb924",
        "owner:alice.smith@example.org",
        "Author: GitHub <noreply@github.com>",
    ] {
        unchanged(text);
    }
}

#[test]
fn logins_in_calls_and_protocol_traces() {
    scrubs_to(
        r#"server.login("jane@corp.io", "abcd efgh ijkl mnop")"#,
        r#"server.login("<redacted:email>", "<redacted:password>")"#,
    );
    scrubs_to(
        r#"requests.get(url, auth=("ci", "S3cret-pw"))"#,
        r#"requests.get(url, auth=("ci", "<redacted:password>"))"#,
    );
    scrubs_to(
        "C: a001 LOGIN ci S3cretPw",
        "C: a001 LOGIN ci <redacted:password>",
    );
    scrubs_to("> PASS S3cretPw", "> PASS <redacted:password>");
    scrubs_to(
        "machine git.corp.io login ci password S3cretPw",
        "machine git.corp.io login ci password <redacted:password>",
    );
    scrubs_to(
        "C: AUTH PLAIN AGNpAFMzY3JldFB3",
        "C: AUTH PLAIN <redacted:authorization>",
    );
    for text in [
        " PASS  src/components/App.test.tsx",
        "--- PASS: TestLogin (0.01s)",
        "user root password changed",
        "*cmd* 'PASS ********'",
    ] {
        unchanged(text);
    }
}

#[test]
fn aws_session_tokens_by_layout() {
    for token in [
        "IwoJb3JpZ2luX2VjEHoaCXVzLWVhc3QtMSJHMEUCIQDx9kZ2mQpP5xYh0Lr3bNf8aTzK4wVe7oJs",
        "FQoDYXdzEJr//////////wEaDLxYz3qK8mP4nR2wTiKsAQ7aFq9vX3bPzL1mK5sRjT8yW2uN6",
        "AgoGb3JpZ2luEJr//////////wEaDLxYz3qK8mP4nR2wTiKsAQ7aFq9vX3bPzL1mK5sRjT8",
    ] {
        scrubs_to(
            &format!("token {token} refreshed"),
            "token <redacted:aws-session-token> refreshed",
        );
    }
    scrubs_to(
        "CREDENTIALS\tASIAZ7QX4LMN2PQR5STU\t2024-05-01T13:00:00Z\tZx9/Qw3+Er5tYu7iOp1aSd3fGh5jKl7zXc9vBn2M\tQmFzZTY0U2Vzc2lvblRva2VuRm9yVGVzdHNPbmx5MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6QUJDREVGR0hJSktMTU5PUFFS",
        "CREDENTIALS\t<redacted:aws-access-key>\t2024-05-01T13:00:00Z\t<redacted:aws-secret-key>\t<redacted:aws-session-token>",
    );
}

#[test]
fn vendor_prefixed_tokens() {
    for token in [
        "rubygems_0123456789abcdef0123456789abcdef0123456789abcdef",
        "pul-0123456789abcdef0123456789abcdef01234567",
        "pnu_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
        "sha256~AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE",
        "api_org_abcdefghijklmnopqrstuvwxyzABCDEFGH",
        "tk-us-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIj",
    ] {
        scrubs_to(
            &format!("401 for {token} (revoked)"),
            "401 for <redacted:generic-secret> (revoked)",
        );
    }
    for text in [
        "#include \"compat.h\" /* pat.c */",
        "ico-abcdefghijklmnopqrstuvwxyzabcdef",
        "oc login expects a sha256~ token",
    ] {
        unchanged(text);
    }
}

#[test]
fn authorization_parameters_go_one_by_one() {
    scrubs_to(
        r#"Authorization: Digest username="ci", realm="nexus", nonce="abc123", uri="/repo", response="6629fae49393a05397450978507c4ef1""#,
        r#"Authorization: Digest username="ci", realm="nexus", nonce="abc123", uri="/repo", response="<redacted:authorization>""#,
    );
    scrubs_to(
        "Authorization: AWS4-HMAC-SHA256 Credential=AKIAZ7QX4LMN2PQR5STU/20240501/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "Authorization: AWS4-HMAC-SHA256 Credential=<redacted:aws-access-key>/20240501/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=<redacted:authorization>",
    );
    scrubs_to(
        "?X-Amz-Credential=AKIAZ7QX4LMN2PQR5STU%2F20240501%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240501T120000Z",
        "?X-Amz-Credential=<redacted:aws-access-key>%2F20240501%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240501T120000Z",
    );
    scrubs_to(
        r#"map[Authorization:[Digest realm="r", response="6629fae49393a05397450978507c4ef1"] User-Agent:[go]]"#,
        r#"map[Authorization:[Digest realm="r", response="<redacted:authorization>"] User-Agent:[go]]"#,
    );
    // A scheme whose credential is one blob goes whole.
    scrubs_to(
        "Authorization: Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgEC==",
        "Authorization: Negotiate <redacted:authorization>",
    );
}

#[test]
fn oracle_logon_strings() {
    scrubs_to(
        "sqlplus scott/Tiger123@db.corp.io:1521/ORCLPDB1",
        "sqlplus scott/<redacted:password>@db.corp.io:1521/ORCLPDB1",
    );
    scrubs_to(
        "sqlldr userid=app/S3cret#1 control=load.ctl",
        "sqlldr userid=app/<redacted:password> control=load.ctl",
    );
    for text in [
        "sqlplus / as sysdba",
        "sqlplus \"$DB_USER/$DB_PASS@$DB\"",
        "go get example.com/mod@v1.2.3",
    ] {
        unchanged(text);
    }
}

#[test]
fn tool_password_options_and_pgpass() {
    scrubs_to(
        "ldapsearch -x -D cn=admin,dc=corp -w S3cret! -b dc=corp",
        "ldapsearch -x -D cn=admin,dc=corp -w <redacted:password> -b dc=corp",
    );
    scrubs_to(
        "smbclient //fs/share -U ci%S3cret!",
        "smbclient //fs/share -U ci%<redacted:password>",
    );
    scrubs_to(
        "lftp -u deploy,S3cret! ftp.corp.io",
        "lftp -u deploy,<redacted:password> ftp.corp.io",
    );
    scrubs_to(
        "db.corp.io:5432:app:app:S3cretPw",
        "db.corp.io:5432:app:app:<redacted:password>",
    );
    for text in ["grep -w token src/auth.rs", "ldapsearch -x -D cn=admin -W"] {
        unchanged(text);
    }
}

#[test]
fn google_refresh_tokens() {
    scrubs_to(
        "1//0gzDWXj4nhO239OPjr7h9IzAxhdZbvpTEUx1jsGFGp-dNXXdpB2W15XVOCPEx3l8hz",
        "<redacted:google-oauth-token>",
    );
    scrubs_to(
        "  \"refresh_token\": \"1//03zDWXj4nhO239OPjr7h9IzAxhdZbvpTEUx1jsGFGp-dNXXdpB2W\",",
        "  \"refresh_token\": \"<redacted:google-oauth-token>\",",
    );
    unchanged("see https://host/v1//0/items and 1//0 in the docs");
}

#[test]
fn azure_keys_listed_as_a_table() {
    let key =
        "1YOtumj9Y5JxyCVTzzHMfWfa4Viy4jZJkq899y8SkOc71CuAe3K4y5bH4wWnxXdxM4Uljkv665fMZ0E+Pt3G0w==";
    scrubs_to(
        &format!("key1       FULL           {key}"),
        "key1       FULL           <redacted:azure-key>",
    );
    scrubs_to(
        &format!("2026-12-07T05:00:00+00:00\tkey2\tFULL\t{key}"),
        "2026-12-07T05:00:00+00:00\tkey2\tFULL\t<redacted:azure-key>",
    );
    // A SHA-512 digest of the same length, in an npm lock file's integrity, stays.
    unchanged(&format!("  integrity sha512-{key}"));
}

#[test]
fn passwords_typed_again_in_forms() {
    scrubs_to(
        "password=Xy7kP2qLm9&password_confirm=Ab3kQ%2A%28cd9EF&newsletter=0",
        "password=<redacted:password>&password_confirm=<redacted:password>&newsletter=0",
    );
    scrubs_to(
        "{\"passwordRepeat\": \"Xy7kP2qLm9!\"}",
        "{\"passwordRepeat\": \"<redacted:password>\"}",
    );
}

#[test]
fn sql_server_tools_take_a_password_option() {
    scrubs_to(
        "$ sqlcmd -S tcp:sql.corp.io,1433 -U sa -P 'Qz8.vK~2mR' -Q \"SELECT 1\"",
        "$ sqlcmd -S tcp:sql.corp.io,1433 -U sa -P '<redacted:password>' -Q \"SELECT 1\"",
    );
    scrubs_to(
        "bcp dbo.orders out orders.dat -S db.corp.io -U loader -P Lk9#mQ2w -c",
        "bcp dbo.orders out orders.dat -S db.corp.io -U loader -P <redacted:password> -c",
    );
    unchanged("$ sqlcmd -S db.corp.io -E -Q \"SELECT 1\"");
    unchanged("$ grep -P '\\d{4}' build.log");
}

#[test]
fn url_passwords_with_unescaped_colons_and_slashes() {
    scrubs_to(
        "  connectionString: 'mongodb://app:Xk2pQ9:r7Tz/mW4n@mongo:27017/app?authSource=admin'",
        "  connectionString: 'mongodb://app:<redacted:password>@mongo:27017/app?authSource=admin'",
    );
    unchanged("GET http://localhost:8080/users/@me/profile 200");
    unchanged("see https://unpkg.com:443/@types/node@20.1.0/index.d.ts");
}

#[test]
fn arns_and_pgpass_fields_are_no_logins() {
    unchanged(
        "    \"Arn\": \"arn:aws:sts::731942660518:assumed-role/AWSReservedSSO_Admin_0a1b2c3d4e5f6a7b/alice@example.com\"",
    );
    scrubs_to(
        "db.example.com:5432:app:alice@example.com:Xq9!vLr2",
        "db.example.com:5432:app:alice@example.com:<redacted:password>",
    );
    // Still a login: user, password, host.
    scrubs_to(
        "rsync -av dist/ deploy:Pa55w0rd!@10.0.4.17:/srv/www",
        "rsync -av dist/ deploy:<redacted:password>@10.0.4.17:/srv/www",
    );
}

#[test]
fn git_ssh_logins_are_no_addresses() {
    unchanged("$ ssh -v git@github.com 2>&1 | grep 'host key'");
    unchanged("Hi alice! You've successfully authenticated (ssh -T git@gitlab.corp.io)");
    scrubs_to(
        "Author: Jane Doe <jane.doe@corp.io>",
        "Author: Jane Doe <<redacted:email>>",
    );
}

#[test]
fn shell_error_messages_and_callback_urls_stay() {
    unchanged("      DATABASE_PASSWORD: ${DATABASE_PASSWORD:?must be set}");
    unchanged(
        "Cookie: __Secure-next-auth.callback-url=https%3A%2F%2Fapp.corp.io%2Fdashboard; theme=dark",
    );
    scrubs_to(
        "Cookie: next-auth.session-token=Zx9Qw3Er5tYu7iOp1aSd3fGh5jKl; callback-url=https%3A%2F%2Fapp.corp.io",
        "Cookie: next-auth.session-token=<redacted:cookie>; callback-url=https%3A%2F%2Fapp.corp.io",
    );
}

#[test]
fn secrets_under_labels_in_words() {
    scrubs_to(
        "2026-12-07T05:10:52.0220918Z session token (base64 for transport): NsM0mkeUMS/Ncf2WRJ1+hi4YbCyRcJH7nkv/e5EqgsK4icSkEZ3Uy+P3Qz6Y",
        "2026-12-07T05:10:52.0220918Z session token (base64 for transport): <redacted:generic-secret>",
    );
    scrubs_to(
        "secret key reversed: B4uULpqfz9Z/1+YsCDWr1xNUEzgJDkwMVM29e9+d",
        "secret key reversed: <redacted:generic-secret>",
    );
    scrubs_to(
        "password (url-encoded) = pCZIKG%21wj9Xxi%40",
        "password (url-encoded) = <redacted:password>",
    );
    for text in [
        "Password last set: 2024-05-01T10:00:00Z",
        "access token (expires in): 3600",
        "API key (from env): OPENAI_API_KEY",
        "refresh token rotation: enabled",
        "password authentication failed for user \"app\"",
    ] {
        unchanged(text);
    }
}

#[test]
fn database_connect_calls_in_stack_traces() {
    scrubs_to(
        "#0 /var/www/html/db.php(12): PDO->__construct('mysql:host=db;d...', 'wp', 'Xq9#vL2r+T~a', Array)",
        "#0 /var/www/html/db.php(12): PDO->__construct('mysql:host=db;d...', 'wp', '<redacted:password>', Array)",
    );
    scrubs_to(
        "#1 app.php(4): mysqli_connect('db', 'app', 'S3cr3t!pw', 'shop')",
        "#1 app.php(4): mysqli_connect('db', 'app', '<redacted:password>', 'shop')",
    );
    unchanged("#0 db.php(12): PDO->__construct('sqlite:/tmp/app.db', NULL, NULL)");
}

#[test]
fn secret_fields_printed_alone_by_a_command() {
    scrubs_to(
        "$ vault kv get -field=password secret/app/db\nLA1S1p5b#0-xd4ByR.AURO_Q\n",
        "$ vault kv get -field=password secret/app/db\n<redacted:password>\n",
    );
    scrubs_to(
        "$ echo \"$CI_REGISTRY_PASSWORD\" | rev\nKCaZ7QO0n8P3GF0SeRdX\n",
        "$ echo \"$CI_REGISTRY_PASSWORD\" | rev\n<redacted:password>\n",
    );
    scrubs_to(
        "$ kubectl get secret db -o jsonpath='{.data.api_token}' | base64 -d\nZf3D0LXCM3EIMbgJpUNnkRtO\n",
        "$ kubectl get secret db -o jsonpath='{.data.api_token}' | base64 -d\n<redacted:generic-secret>\n",
    );
    for text in [
        "$ echo \"token is $CI_REGISTRY_PASSWORD\"\ntoken is [MASKED]\n",
        "$ jq -r .name package.json\nselfheal-web\n",
        "$ vault kv get -field=password secret/app/db\nNo value found at secret/data/app/db\n",
    ] {
        unchanged(text);
    }
}

#[test]
fn dev4_vendor_formats() {
    // A Google authorization code, pasted or sent to the token endpoint.
    scrubs_to(
        "? Paste authorization code here: 4/0AdHLHiktTQu68tFBLcElgHwMD67iG4jWds5IJMyRHvYVz",
        "? Paste authorization code here: <redacted:generic-secret>",
    );
    // Fly.io's token with its scheme, chained macaroons.
    let fly = format!(
        "FlyV1 fm2_{},fm2_{}",
        "lJPECAAAAAAAAXlz".repeat(5),
        "Ab9+".repeat(20)
    );
    scrubs_to(&format!("{fly}\n"), "<redacted:fly-token>\n");
    // Honeycomb ingest keys and BIP32 extended private keys.
    scrubs_to(
        "      x-honeycomb-team: hcaik_01tj77944ne6e7suf2v993u3movXj55dCypEkpbDpcFeWNE7jMMgSveW5G3c",
        "      x-honeycomb-team: <redacted:generic-secret>",
    );
    let xprv = format!("tprv8ZgxMBicQKsPd{}", "Fw2bA9lv0RYpAkCrYh".repeat(5))
        .chars()
        .take(111)
        .collect::<String>();
    scrubs_to(
        &format!("wpkh({xprv}/84h/1h/0h/0/*)#8f3kq2zx"),
        "wpkh(<redacted:generic-secret>/84h/1h/0h/0/*)#8f3kq2zx",
    );
    // An SES SMTP password beside its key id, as postfix's sasl_passwd holds it.
    scrubs_to(
        "[email-smtp.eu-west-1.amazonaws.com]:587 AKIAZ7QX4LMN2PQR5STU:BvoII7cTrfgkFGsF6ez48gsEW3fDvk088agnvBAKcLDg",
        "[email-smtp.eu-west-1.amazonaws.com]:587 <redacted:aws-access-key>:<redacted:aws-secret-key>",
    );
    // Confluent Cloud's API key as the SASL user name; an ordinary user name stays.
    scrubs_to(
        "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='KOQAVOR7K3RNG5OP' password='x9Yb2Qw8+Lm4Np6Rt1Vz';",
        "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='<redacted:generic-secret>' password='<redacted:password>';",
    );
    unchanged("sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username='alice' password=\"${KAFKA_PASSWORD}\";");
    // A SAML response in a debug log's parameter map.
    let saml = "PD94bWwgdmVyc2lvbj0iMS4wIj8+PHNhbWwycDpSZXNwb25zZQ".repeat(4);
    scrubs_to(
        &format!("POST /login/saml2/sso/okta params={{SAMLResponse=[{saml}], RelayState=[abc]}}"),
        "POST /login/saml2/sso/okta params={SAMLResponse=[<redacted:generic-secret>], RelayState=[abc]}",
    );
}

#[test]
fn dev4_tool_outputs() {
    // Redis MONITOR prints AUTH's arguments quoted; the command it shows next stays.
    scrubs_to(
        "1796622601.118204 [0 10.20.7.15:51822] \"AUTH\" \"0wGaOD0mhjzUD4xwfa3tVqUl\"",
        "1796622601.118204 [0 10.20.7.15:51822] \"AUTH\" \"<redacted:password>\"",
    );
    scrubs_to(
        "1796622601.221458 [0 10.20.7.16:40210] \"AUTH\" \"worker\" \"SD0Pya+fqmyrIsJ^chDH\"",
        "1796622601.221458 [0 10.20.7.16:40210] \"AUTH\" \"worker\" \"<redacted:password>\"",
    );
    unchanged("1796622601.118611 [0 10.20.7.15:51822] \"SELECT\" \"2\"");
    // Jenkins' CLI login.
    scrubs_to(
        "$ java -jar jenkins-cli.jar -s https://ci.acme.dev/ -auth dana:11a8b757855b8aff63c12960e9f68f0919 build api",
        "$ java -jar jenkins-cli.jar -s https://ci.acme.dev/ -auth dana:<redacted:password> build api",
    );
    unchanged("$ java -jar jenkins-cli.jar -s https://ci.acme.dev/ -auth @/home/ci/.jenkins-auth build api");
    // Banners of Vault, Consul, Nomad and Supabase.
    scrubs_to(
        "Unseal Key 1: 0+tjDm/DoeALmZbL/t7K8gkkvnmkN+9p8r1M/uUVbQmq",
        "Unseal Key 1: <redacted:generic-secret>",
    );
    scrubs_to(
        "SecretID:         376eed9e-b756-624c-fedc-782230716b5e",
        "SecretID:         <redacted:generic-secret>",
    );
    scrubs_to(
        "Secret ID    = 1da4e506-7ce1-9a9c-2f8e-7ef7c7022789",
        "Secret ID    = <redacted:generic-secret>",
    );
    unchanged("AccessorID:       6a1253f2-5c10-4e1e-9f0a-2f1c3b1e7d11");
    scrubs_to(
        "   S3 Access Key: 1e1f02bf7a39f0d62239ffdf7a3c21a8",
        "   S3 Access Key: <redacted:generic-secret>",
    );
    unchanged("Access Key ID: AKIAIOSFODNN7EXAMPLE");
    // pulumi config --show-secrets: the stack's namespace before the key.
    scrubs_to(
        "acme:dbPassword         PUe6u~FWi5RfveBAAF8a#+gz",
        "acme:dbPassword         <redacted:password>",
    );
    unchanged("aws:region              eu-west-1");
    // HAR headers: the secret is the `value` after a secret-named `name`.
    scrubs_to(
        r#"  { "name": "x-api-key", "value": "Zq9Sgt6APUi7TDwhNps4nU3KczwbjZOU9OMLidX4" },"#,
        r#"  { "name": "x-api-key", "value": "<redacted:generic-secret>" },"#,
    );
    unchanged(r#"  { "name": "accept", "value": "application/json" },"#);
    // A token stored with its scheme: the scheme stays.
    scrubs_to(
        r#"token = "Bearer 3fc9b2517146b2ed0a52deb882866aa81d1fc0ff""#,
        r#"token = "Bearer <redacted:authorization>""#,
    );
    // NTLM's negotiate message holds no credential; its authenticate message does.
    unchanged("> Authorization: NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw==");
    // Public keys and masks stay.
    unchanged("NEXT_PUBLIC_POSTHOG_KEY=phc_Lm53zOlAdQK1LV6NXwKLCB1nwa2JJI5iSTKaLwGOssU");
    unchanged("  - Token: gho_************************************");
    unchanged("STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx");
    unchanged(r#"$ grep -o 'keystorePass="[^"]*"' conf/server.xml"#);
}

#[test]
fn dev4_secrets_on_the_next_line() {
    for (input, expected) in [
        (
            "$ aws ecr get-login-password --region us-east-1\neyJwYXlsb2FkIjoiFF1RsKhfq5VLj3rDR8RHpp4hcYOlNhHOVh0N\n",
            "$ aws ecr get-login-password --region us-east-1\n<redacted:password>\n",
        ),
        (
            "$ cat ~/.vault_pass\nDDZj1O!m66aT!s^FfJ0F#EBJNX+OL^zC\n",
            "$ cat ~/.vault_pass\n<redacted:generic-secret>\n",
        ),
        (
            "$ cat config/master.key\n2cfb14e00c2461b7cad15bd5192aedfe\n",
            "$ cat config/master.key\n<redacted:generic-secret>\n",
        ),
        (
            "$ consul keygen\nwl1oltO6l5zpnd5cxI/zdLvLue4oMP1vTWb8YMLZUFq=\n",
            "$ consul keygen\n<redacted:generic-secret>\n",
        ),
        (
            "334 UGFzc3dvcmQ6\npoVJkv4udqoRZAkj21bFin7L\n235 2.7.0 Authentication successful\n",
            "334 UGFzc3dvcmQ6\n<redacted:password>\n235 2.7.0 Authentication successful\n",
        ),
        (
            "Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):\n  N~4MktO*a8jz7~310Ay~\n",
            "Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):\n  <redacted:password>\n",
        ),
        (
            "  \"db_master_password\": {\n    \"sensitive\": true,\n    \"type\": \"string\",\n    \"value\": \"C9_J_ekDrCEJPS^1WRot\"\n  },\n",
            "  \"db_master_password\": {\n    \"sensitive\": true,\n    \"type\": \"string\",\n    \"value\": \"<redacted:generic-secret>\"\n  },\n",
        ),
        (
            "    \"bearer\": {\n        \"satis.acme.dev\": \"BB6snIqBmL1VuKNuEYG61aedy1Zg7MIszI8uniCl\"\n",
            "    \"bearer\": {\n        \"satis.acme.dev\": \"<redacted:generic-secret>\"\n",
        ),
        (
            "Private Keys\n\n(0) 0x413e41377cdc3d068cd2306ad2fdd4b1884a15019b118900759cd381b49e227d\n",
            "Private Keys\n\n(0) 0x<redacted:private-key>\n",
        ),
    ] {
        scrubs_to(input, expected);
    }
    for text in [
        "$ cat ~/.git-credentials\nhttps://github.com/org/repo\n",
        "    \"sensitive\": false,\n    \"type\": \"string\",\n    \"value\": \"db.internal:5432\"\n",
        "$ cat README.md\nInstallation-guide\n",
        "HTTP CA certificate SHA-256 fingerprint:\n  3f1c2a9e8d7b4c559e210a6b1f3d2c4e5a6b7c8d\n",
    ] {
        unchanged(text);
    }
}
