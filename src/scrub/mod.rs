//! Removes secrets and personal data from text before it is stored or leaves the machine,
//! keeping the text readable: each secret becomes `<redacted:KIND>` and everything around it
//! stays as it was (`postgres://app:<redacted:password>@db:5432/app`).
//!
//! # How
//!
//! Input is processed line by line (`Scrubber` streams; `scrub` and `find_secrets` work on a
//! whole text through the same code). For each line, one Aho-Corasick pass over the rules'
//! keywords (`ghp_`, `akia`, `password`, `://`, `@`, …) and a digit-run check pick the rules
//! worth running; a line with no keyword is copied untouched. Each rule is a byte regex plus a
//! check of the candidate in its line (placeholders, prose, code, checksums). Overlapping
//! findings merge into one redaction, labelled with the most specific kind. A line with
//! percent-encoded bytes (`%3D`, `%40`, `%22`) is also read decoded, up to twice
//! (`%253D`), and what is found there is redacted in its encoded form:
//! `return=https%3A%2F%2Fci%3A<redacted:password>%40host`.
//!
//! Private key blocks (`-----BEGIN … PRIVATE KEY-----` of any flavour: RSA, EC, DSA, OPENSSH,
//! ENCRYPTED, PGP … BLOCK) are removed whole, BEGIN to END, across lines and chunks. A block
//! without END ends at the first line that is not key material (base64, armor header, or a
//! log prefix followed by a full-width base64 run) — a key cut off in the middle is still
//! removed, and the log after it is kept.
//!
//! # Bytes
//!
//! Bytes outside secrets are copied unchanged, invalid UTF-8 and ANSI escapes included;
//! `scrub` on a `&str` returns valid UTF-8 because secrets end at ASCII delimiters. Memory is
//! bounded: a line longer than `MAX_LINE_BYTES` is processed in windows of that size that
//! overlap, so a secret near a window edge is seen whole; a single secret longer than half a
//! window is redacted up to the window edge and its continuing run (to the next white space or
//! quote) after it.
//!
//! # What is kept (decisions)
//!
//! - Placeholders: an empty value, masks (`***`, `xxxx`, `xxxx-xxxx-xxxx`), template and
//!   environment references (`${PASSWORD}`, `$DB_PASS` — upper case only, `{{ pw }}`,
//!   `%(pw)s`, and the error message of `${PASSWORD:?must be set}`; a `:-default` may be a
//!   real password and goes), angle-bracket placeholders (`<redacted:password>`, `<token>`), words like
//!   `null`, `none`, `[FILTERED]`, `REPLACE_ME`, `CHANGE_ME`, a format's prefix and an ellipsis
//!   (`sk_live_...`), a vendor prefix on a placeholder (`xoxb-your-token-here`), and the
//!   documentation's `user:password@` pair. A real but weak password (`changeme`, `password`,
//!   `guest`) *is* redacted: it is still the credential of some live system (but not the
//!   `guest` of netrc's `login anonymous`).
//! - `password` as a word in prose (`incorrect password for user`, `password: authentication
//!   failed`), type annotations (`password: &str`), and source code (`password =
//!   getpass.getpass()`, `token = self.token`) — tracebacks print source lines.
//! - Hashes and ids: git SHAs, sha256/sha512 digests, `sha512-…` integrity strings, digests
//!   labelled with their algorithm (a webhook's `sig=sha256=…`, `X-Hub-Signature-256`), UUIDs,
//!   version strings, error codes, paths (`PWD=/home/ci`), ARNs (`…:secret:prod/db-password-a1B2c3`
//!   names a secret), pagination tokens (`nextPageToken`, `NextToken`), and Docker auth
//!   that decodes to a user with no password. Where part of a credential may or may not be
//!   secret (a webhook's workspace and hook ids, a whole SAS token, a key's `django-insecure-`
//!   label), all of it goes: damage is the smaller harm. Base64 is data and is kept, unless
//!   it decodes to JSON naming credentials (a `.dockerconfigjson`), or to `user:password` after
//!   `Basic`.
//! - AWS's documented example keys (`AKIAIOSFODNN7EXAMPLE`), which are public.
//! - E-mail look-alikes: `git@github.com:org/repo.git` and `ssh git@github.com` (`git` is the
//!   SSH login of git hosts, nobody's mailbox), `user@localhost` (no
//!   domain), `@types/node`, `icon@2x.png`, and addresses at documentation domains
//!   (`example.com`, `.test`, `.invalid`, `.local`), and addresses nobody reads
//!   (`noreply@github.com`, `…@users.noreply.github.com`). Other addresses are personal data
//!   and go, role addresses (`ops@`) and service accounts too: which mailbox is a person's is
//!   not the scrubber's to judge.
//! - Card-like numbers that fail the issuer prefix, grouping or Luhn checks. A card is found
//!   unbroken or in groups of three to eight digits with one separator (space, two spaces, tab,
//!   dash, dot, plus, `%20`, `%2B`, `%2D`), after `=`, `:` or `/` too (`pan=…`,
//!   `/cards/…/charge`), also inside a longer run of numbers (`4111 1111 1111 1111 12 27`) when
//!   it is in a printed grouping (4-4-4-4, 4-6-5); tab- or double-space-separated columns count
//!   only then.
//! - Cookies are judged value by value: a value goes when the cookie's name says session or
//!   credential (`sessionid`, `PHPSESSID`, `connect.sid`, `XSRF-TOKEN`, `remember_token`) or
//!   the value is long and random; harmless values (`theme=dark`, `lang=en`, `tz=UTC`),
//!   analytics ids (`_ga=GA1.2.…`, UUIDs), URLs (`callback-url=https%3A%2F%2F…`),
//!   `Set-Cookie` attributes and the next header (`User-Agent`) stay.
//! - Logins outside URLs go too: `alice@corp.io:Summer2024!`, `deploy:pw@10.0.0.5` (scp,
//!   rsync, proxies), `server.login("a@b.io", "pw")`, `auth=("ci", "pw")`, IMAP `a1 LOGIN u
//!   pw`, FTP `> PASS pw`, netrc, `AUTH PLAIN <base64>`, `echo pw | sudo -S`, Oracle logon
//!   strings (`sqlplus scott/tiger@db.corp.io/ORCL`, which read like an address), tools'
//!   own password options (`ldapsearch -w`, `smbclient -U user%pw`, `lftp -u user,pw`, curl's
//!   `-U`, Windows' `net use … /user:u pw`, `sqlcmd`/`bcp -P pw`), `.pgpass` lines, database
//!   connect calls in stack traces (PHP's `PDO->__construct(dsn, user, 'pw')`), `bundle config`'s `"user:pw"`,
//!   Netscape cookie files (judged like a `Cookie` header), a PuTTY key's `Private-Lines`. Kept:
//!   `git@github.com:org/repo`, `user@host:22`, `deploy@host:/path`, `image:tag@sha256:…`,
//!   `owner:alice@corp.io` (a field and an address), `arn:aws:sts::…:assumed-role/R/alice@corp.io`
//!   (a role session) and a `.pgpass` line's `host:5432:db:alice@corp.io` (its password is the
//!   last field), Jest's `PASS src/app.test.ts`.
//! - URL user info is split at the last `@` before the host, so an e-mail address as the user
//!   name (`smtp://a.b@c.io:pw@smtp.c.io`) does not hide the password; that address is personal
//!   data and goes too, unless it is at a documentation domain. A password with an unescaped
//!   `:` and `/` (`mongodb://app:ab:cd/ef@mongo`, as a `MongoParseError` prints it) still ends
//!   at the `@`: a colon before the first slash is no port.
//! - Authorization schemes with parameters (`Digest`, `AWS4-HMAC-SHA256`, `OAuth`, `Hawk`,
//!   `SharedAccessSignature`) lose only their secret parameters (`response`, `Signature`,
//!   `oauth_token`, `mac`, `sig`); user names, realms, nonces, URIs and a SigV4 credential's
//!   scope (`AKIA…/20240501/us-east-1/s3/aws4_request`: the key id goes, the scope stays) are
//!   kept. A scheme whose credential is one blob (`Negotiate`, `NTLM`) goes whole.
//!   NTLM's negotiate and challenge messages (`TlRMTVNTUAAB…`, `…UAAC…`) hold no credential
//!   and stay; its authenticate message (`…UAAD…`) goes.
//! - Publishable keys meant to be public (Stripe `pk_…`, Supabase `sb_publishable_…`, PostHog's
//!   project key `phc_…`), whatever the variable holding them is called. A vendor prefix on a
//!   mask (`gho_*****`, `sk_test_xxxxxxxx`) is a placeholder. A card's CVC next to a card stays
//!   (the card goes; the code alone charges nothing), and so does a webhook's HMAC signature.
//! - Key names: the secret word may be followed by a qualifier (`DB_PASSWORD_PROD`, `apiKeyV2`,
//!   `token_value`); a key named for a vendor (`STRIPE_KEY`) or a bare `Key=` holds a secret
//!   only when its value is random and has a digit; `cache_key`, `primary_key`, `public_key`,
//!   `STRIPE_PUBLISHABLE_KEY` name no secret, unless the value is generated-looking (24+
//!   letters and digits of both cases: Rails' `primary_key` for record encryption). Salts and
//!   peppers (`SECURE_AUTH_SALT`) go, and so does the `value` of a one-line object under a
//!   secret key (`"db_password": { "sensitive": true, "value": "…" }`). A value on the line after its key goes too
//!   (`- name: DB_PASSWORD` / `value: …`, `password: |`, `<apiToken>` / value), and so does a
//!   secret printed again later on its line, and the one-word output of a command that prints
//!   a secret-named field (`$ vault kv get -field=password …`, `$ jq -r .refresh_token`,
//!   `$ echo "$CI_REGISTRY_PASSWORD" | rev`, `jsonpath='{.data.password}'`). A label in words
//!   counts like a key when a generated-looking value ends the line (`session token (base64
//!   for transport): …`, `secret key reversed: …`, `password (url-encoded) = …`), and so do
//!   tools' banners (`Unseal Key 1: …`, Consul's `SecretID:` and Nomad's `Secret ID =`, whose
//!   tokens are UUIDs), and a sentence ending in `:` that announces a password or token on the
//!   next line (Elasticsearch's first start). Commands whose whole output is a secret (`aws ecr
//!   get-login-password`, `consul keygen`, `bitcoin-cli dumpprivkey`, `openssl rand -base64`,
//!   `cat` of a secret-named file such as `~/.vault_pass` or `config/master.key`), SMTP's `334
//!   UGFzc3dvcmQ6` prompt, `terraform output -json`'s `"sensitive": true` outputs, Composer's
//!   `auth.json` token sections and anvil's `Private Keys` list announce their next lines too.
//!
//! The corpus in `tests/scrub/` pins all of these down.

mod detect;
mod kind;
mod nextline;
mod rules;
mod stream;
mod values;

use std::borrow::Cow;
use std::ops::Range;

pub use kind::Kind;
pub use stream::{Scrubber, MAX_LINE_BYTES};

use stream::{write_marker, FindingSink};

/// A secret in a text: its byte range and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub range: Range<usize>,
    pub kind: Kind,
}

/// Finds the secrets in `text`: sorted, non-overlapping byte ranges, exactly those that
/// `scrub` replaces.
pub fn find_secrets(text: &[u8]) -> Vec<Finding> {
    let mut scrubber = Scrubber::new();
    let mut sink = FindingSink::default();
    scrubber.feed_into(text, &mut sink);
    scrubber.finish_into(&mut sink);
    sink.findings
}

/// Scrubs raw bytes; borrowed when nothing was found.
pub fn scrub_bytes(text: &[u8]) -> Cow<'_, [u8]> {
    let findings = find_secrets(text);
    if findings.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = Vec::with_capacity(text.len());
    let mut position = 0;
    for finding in &findings {
        out.extend_from_slice(&text[position..finding.range.start]);
        write_marker(&mut out, finding.kind);
        position = finding.range.end;
    }
    out.extend_from_slice(&text[position..]);
    Cow::Owned(out)
}

/// Scrubs one piece of text; borrowed when nothing was found.
pub fn scrub(text: &str) -> Cow<'_, str> {
    match scrub_bytes(text.as_bytes()) {
        Cow::Borrowed(_) => Cow::Borrowed(text),
        Cow::Owned(bytes) => match String::from_utf8(bytes) {
            Ok(string) => Cow::Owned(string),
            // Secrets end at ASCII delimiters, so this is not expected; never panic on it.
            Err(error) => Cow::Owned(String::from_utf8_lossy(error.as_bytes()).into_owned()),
        },
    }
}

/// The ids of all detection rules (for documentation and reports).
pub fn rule_ids() -> Vec<&'static str> {
    detect::Detector::get().rule_ids()
}
