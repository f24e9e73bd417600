//! The scrub corpus (`tests/scrub/corpus.txt`, format in `tests/scrub/corpus.rs`) run through the
//! scrubber, with recall and damage measured and asserted.
//!
//! Definitions:
//! - A secret is *caught* when its whole byte range lies inside the ranges `find_secrets`
//!   redacts, and the scrubbed text does not contain it (more often than the text around the
//!   secrets does: in `amqp://guest:guest@` the user name stays). Masking part of a secret
//!   (leaving the last four characters, say) is a leak.
//! - *Recall* = caught secrets / all secrets. Asserted ≥ 99.5%, and in fact every secret must
//!   be caught.
//! - *Kind accuracy* = caught secrets whose redaction carries the expected `KIND` / caught.
//! - *Damage* = non-secret bytes that fall inside a redaction / all non-secret bytes, over all
//!   cases, negatives included. Asserted ≤ 0.5%.
//! - A *negative* case must come out byte-identical; the share of changed negatives is reported
//!   and must be zero.
//!
//! `SELFHEAL_SCRUB_EXPORT=DIR cargo test --test scrub_corpus` also writes the expanded corpus
//! to `DIR/cases/NNNN.txt` plus `DIR/manifest.json` (ids, secret byte ranges and kinds, and our
//! own findings), which `benches/peers/scrub/run.sh` feeds to other secret scanners.

#[path = "scrub/corpus.rs"]
mod corpus;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use selfheal::scrub::{find_secrets, scrub, Finding, Kind};

struct Outcome {
    secrets: usize,
    caught: usize,
    kind_correct: usize,
    secret_bytes: usize,
    non_secret_bytes: usize,
    damaged_bytes: usize,
    negatives: usize,
    negatives_changed: usize,
    report: String,
    per_kind: BTreeMap<String, (usize, usize)>,
}

fn covered(findings: &[Finding], range: &std::ops::Range<usize>) -> bool {
    let mut position = range.start;
    for finding in findings {
        if finding.range.start <= position && finding.range.end > position {
            position = finding.range.end;
        }
        if position >= range.end {
            return true;
        }
    }
    position >= range.end
}

/// The text with each expected secret replaced by its marker.
fn expected_output(case: &corpus::Case) -> String {
    let mut out = String::new();
    let mut position = 0;
    for secret in &case.secrets {
        out.push_str(&case.text[position..secret.range.start]);
        out.push_str(&format!("<redacted:{}>", secret.kind));
        position = secret.range.end;
    }
    out.push_str(&case.text[position..]);
    out
}

fn evaluate(cases: &[corpus::Case]) -> Outcome {
    let mut outcome = Outcome {
        secrets: 0,
        caught: 0,
        kind_correct: 0,
        secret_bytes: 0,
        non_secret_bytes: 0,
        damaged_bytes: 0,
        negatives: 0,
        negatives_changed: 0,
        report: String::new(),
        per_kind: BTreeMap::new(),
    };
    for case in cases {
        let findings = find_secrets(case.text.as_bytes());
        let scrubbed = scrub(&case.text);
        if case.negative {
            outcome.negatives += 1;
            if scrubbed != case.text {
                outcome.negatives_changed += 1;
                let _ = writeln!(outcome.report, "CHANGED NEGATIVE {}:", case.id);
                for finding in &findings {
                    let _ = writeln!(
                        outcome.report,
                        "    {:?} as {}",
                        &case.text[finding.range.clone()],
                        finding.kind
                    );
                }
            }
        }
        for secret in &case.secrets {
            outcome.secrets += 1;
            outcome.secret_bytes += secret.range.len();
            let entry = outcome.per_kind.entry(secret.kind.clone()).or_default();
            entry.0 += 1;
            // The secret's text may also occur legitimately around it (`amqp://guest:guest@`):
            // the output may hold it only as often as the text around the secrets does.
            let allowed = expected_output(case).matches(secret.text.as_str()).count();
            let left = scrubbed.matches(secret.text.as_str()).count();
            let is_caught = covered(&findings, &secret.range) && left <= allowed;
            if !is_caught {
                let _ = writeln!(
                    outcome.report,
                    "MISSED {} in {}: {:?}",
                    secret.kind, case.id, secret.text
                );
                continue;
            }
            outcome.caught += 1;
            entry.1 += 1;
            let kind = findings
                .iter()
                .find(|finding| finding.range.contains(&secret.range.start))
                .map(|finding| finding.kind);
            match kind.map(Kind::name) == Some(secret.kind.as_str()) {
                true => outcome.kind_correct += 1,
                false => {
                    let _ = writeln!(
                        outcome.report,
                        "KIND {} in {}: expected {}, got {:?}",
                        secret.text,
                        case.id,
                        secret.kind,
                        kind.map(Kind::name)
                    );
                }
            }
        }
        // Damage: redacted bytes outside every expected secret.
        let in_secret = |index: usize| {
            case.secrets
                .iter()
                .any(|secret| secret.range.contains(&index))
        };
        let non_secret = (0..case.text.len())
            .filter(|&index| !in_secret(index))
            .count();
        outcome.non_secret_bytes += non_secret;
        for finding in &findings {
            let damaged: Vec<usize> = finding
                .range
                .clone()
                .filter(|&index| !in_secret(index))
                .collect();
            if !damaged.is_empty() && !case.negative {
                let _ = writeln!(
                    outcome.report,
                    "DAMAGE in {}: {} bytes of {:?} redacted as {}",
                    case.id,
                    damaged.len(),
                    String::from_utf8_lossy(&case.text.as_bytes()[finding.range.clone()]),
                    finding.kind
                );
            }
            outcome.damaged_bytes += damaged.len();
        }
    }
    outcome
}

#[test]
fn corpus_recall_and_damage() {
    let cases = corpus::cases();
    let blocks = corpus::blocks();
    let outcome = evaluate(&cases);
    let recall = outcome.caught as f64 / outcome.secrets.max(1) as f64;
    let kind_accuracy = outcome.kind_correct as f64 / outcome.caught.max(1) as f64;
    let damage = outcome.damaged_bytes as f64 / outcome.non_secret_bytes.max(1) as f64;
    let positive_blocks = blocks.iter().filter(|block| !block.negative).count();
    println!(
        "corpus: {} case blocks ({} positive, {} negative), {} expanded cases, {} secrets ({} bytes), {} negative cases",
        blocks.len(),
        positive_blocks,
        blocks.len() - positive_blocks,
        cases.len(),
        outcome.secrets,
        outcome.secret_bytes,
        outcome.negatives
    );
    println!(
        "recall {:.2}% ({}/{}), kind accuracy {:.2}%, damage {:.3}% ({} of {} non-secret bytes), negatives changed {}/{}",
        recall * 100.0,
        outcome.caught,
        outcome.secrets,
        kind_accuracy * 100.0,
        damage * 100.0,
        outcome.damaged_bytes,
        outcome.non_secret_bytes,
        outcome.negatives_changed,
        outcome.negatives
    );
    for (kind, (total, caught)) in &outcome.per_kind {
        println!("  {kind:28} {caught:4}/{total:<4}");
    }
    if !outcome.report.is_empty() {
        println!("{}", outcome.report);
    }
    for kind in outcome.per_kind.keys() {
        assert!(
            Kind::from_name(kind).is_some(),
            "unknown kind {kind} in the corpus"
        );
    }
    assert!(blocks.len() >= 200, "the corpus needs at least 200 cases");
    assert!(recall >= 0.995, "recall {recall}");
    assert_eq!(
        outcome.caught, outcome.secrets,
        "every secret must disappear"
    );
    assert!(damage <= 0.005, "damage {damage}");
    assert_eq!(
        outcome.negatives_changed, 0,
        "negative cases must be unchanged"
    );
    assert!(kind_accuracy >= 0.99, "kind accuracy {kind_accuracy}");
    export_if_asked(&cases);
}

/// Writes the corpus for the peer scanners (see the module doc).
fn export_if_asked(cases: &[corpus::Case]) {
    let Some(directory) = std::env::var_os("SELFHEAL_SCRUB_EXPORT") else {
        return;
    };
    let directory = std::path::PathBuf::from(directory);
    let case_directory = directory.join("cases");
    std::fs::create_dir_all(&case_directory).expect("export directory");
    let mut manifest = Vec::new();
    for (index, case) in cases.iter().enumerate() {
        let file = format!("cases/{:04}.txt", index + 1);
        std::fs::write(directory.join(&file), &case.text).expect("write case");
        let ours: Vec<serde_json::Value> = find_secrets(case.text.as_bytes())
            .iter()
            .map(|finding| {
                serde_json::json!({
                    "start": finding.range.start,
                    "end": finding.range.end,
                    "kind": finding.kind.name(),
                })
            })
            .collect();
        let secrets: Vec<serde_json::Value> = case
            .secrets
            .iter()
            .map(|secret| {
                serde_json::json!({
                    "start": secret.range.start,
                    "end": secret.range.end,
                    "kind": secret.kind,
                })
            })
            .collect();
        manifest.push(serde_json::json!({
            "file": file,
            "id": case.id,
            "negative": case.negative,
            "secrets": secrets,
            "ours": ours,
        }));
    }
    let text = serde_json::to_string_pretty(&manifest).expect("manifest serialises");
    std::fs::write(directory.join("manifest.json"), text).expect("write manifest");
    println!("exported {} cases to {}", cases.len(), directory.display());
}

#[test]
fn corpus_parser_reads_markers() {
    let blocks = corpus::parse_blocks(
        "%% comment\n=== positive demo x2\nkey=⟦password:[pw:10]⟧ sha ⟦keep:[hex:8]⟧\n\n=== negative other\nplain\n",
    );
    assert_eq!(blocks.len(), 2);
    assert_eq!(blocks[0].copies, 2);
    let case = corpus::expand(&blocks[0], "demo".into(), 1);
    assert_eq!(case.secrets.len(), 1);
    assert_eq!(case.secrets[0].range.len(), 10);
    assert!(case.text.starts_with("key="));
    assert!(case.text.ends_with('\n'));
    assert_eq!(
        &case.text[case.secrets[0].range.clone()],
        case.secrets[0].text
    );
}

/// A corpus's totals, printed under `name`: (recall, damage) and the outcome.
fn totals(name: &str, cases: &[corpus::Case]) -> (f64, f64, Outcome) {
    let outcome = evaluate(cases);
    let recall = outcome.caught as f64 / outcome.secrets.max(1) as f64;
    let damage = outcome.damaged_bytes as f64 / outcome.non_secret_bytes.max(1) as f64;
    println!(
        "{name}: {} cases, {} secrets; recall {:.2}% ({}/{}), damage {:.3}% ({} of {} bytes), negatives changed {}/{}",
        cases.len(),
        outcome.secrets,
        recall * 100.0,
        outcome.caught,
        outcome.secrets,
        damage * 100.0,
        outcome.damaged_bytes,
        outcome.non_secret_bytes,
        outcome.negatives_changed,
        outcome.negatives
    );
    (recall, damage, outcome)
}

/// The held-out corpus: recall and damage only (its writer chose kind names of their own).
/// The floors are what was measured when it was first run (see BENCHMARKS.md), so that a rule
/// change that loses ground fails; the goal is recall ≥ 99.5%, damage ≤ 0.5%.
#[test]
fn heldout_recall_and_damage() {
    let (recall, damage, _) = totals("held-out", &corpus::heldout_cases());
    // The misses are not printed: whoever tunes the rules must not see the held-out cases.
    assert!(recall >= HELDOUT_RECALL_FLOOR, "recall {recall}");
    assert!(damage <= HELDOUT_DAMAGE_CEILING, "damage {damage}");
}

/// The second development corpus: written blind to the rules, then tuned on. Its misses are
/// printed (with `--nocapture`), since rules are written from them; its floors keep what was
/// reached.
#[test]
fn dev2_recall_and_damage() {
    let (recall, damage, outcome) = totals("dev2", &corpus::dev2_cases());
    // Its writer chose kind names of their own: only misses and damage are reported.
    for line in outcome.report.lines().filter(|l| !l.starts_with("KIND ")) {
        println!("{line}");
    }
    assert!(recall >= DEV2_RECALL_FLOOR, "recall {recall}");
    assert!(damage <= DEV2_DAMAGE_CEILING, "damage {damage}");
}

/// The fourth development corpus: written blind for breadth, then tuned on.
#[test]
fn dev4_recall_and_damage() {
    let (recall, damage, outcome) = totals("dev4", &corpus::dev4_cases());
    for line in outcome.report.lines().filter(|l| !l.starts_with("KIND ")) {
        println!("{line}");
    }
    assert!(recall >= DEV4_RECALL_FLOOR, "recall {recall}");
    assert!(damage <= DEV4_DAMAGE_CEILING, "damage {damage}");
}

/// The third development corpus: like the second, written blind, then tuned on.
#[test]
fn dev3_recall_and_damage() {
    let (recall, damage, outcome) = totals("dev3", &corpus::dev3_cases());
    for line in outcome.report.lines().filter(|l| !l.starts_with("KIND ")) {
        println!("{line}");
    }
    assert!(recall >= DEV3_RECALL_FLOOR, "recall {recall}");
    assert!(damage <= DEV3_DAMAGE_CEILING, "damage {damage}");
}

/// Measured 2026-12-07 on the blind first run: 454/476 = 95.38%, damage 1,176 of 69,717 bytes
/// = 1.687%, 6 of 57 negatives changed (BENCHMARKS.md, scrubbing). After the rules of
/// `h-scrub3`, tuned on it: 476/476 = 100.00%, damage 174 of 69,717 bytes = 0.250%, 3 of 57
/// negatives changed (all three, and all the damage left, are markings disputed in
/// BENCHMARKS.md: personal addresses, `changeme`, a Twilio key SID, a `session=` id). Then
/// four of those rules' narrowings were taken back on principle — a webhook's ids, a whole SAS
/// token, a key's label and role or service-account addresses go whole again, since which part
/// is secret is not the scrubber's to judge and damage is the smaller harm: 476/476, damage 801
/// bytes = 1.149%, 5 of 57 negatives changed, all of it those markings.
const DEV2_RECALL_FLOOR: f64 = 1.0;
const DEV2_DAMAGE_CEILING: f64 = 0.0115;

/// Dev4 (the breadth corpus), measured 2026-12-07 on the blind first run: 277/330 = 83.94%,
/// damage 1,528 of 78,193 bytes = 1.954%, 11 of 64 negatives changed. After the rules of
/// `h-scrub5`, tuned on it: 310/330 = 93.94%, damage 1,307 bytes = 1.672%, 10 of 64 negatives
/// changed. What is left is listed in BENCHMARKS.md (scrubbing, the breadth corpus): markings
/// the scrubber disputes on principle (e-mail addresses, webhook ids, webhook HMAC signatures,
/// CVCs, `changeme`, Laravel's `base64:` label, a sealed secret) and classes not done yet.
const DEV4_RECALL_FLOOR: f64 = 0.939;
const DEV4_DAMAGE_CEILING: f64 = 0.0168;

/// Measured 2026-12-07 on the blind first run: 335/351 = 95.44%, damage 446 of 75,399 bytes =
/// 0.592%, 3 of 67 negatives changed. After the rules of `h-scrub4`, tuned on it: 351/351 =
/// 100.00%, damage 208 bytes = 0.276%, 0 of 67 negatives changed. The damage left is two
/// markings of the corpus writer's that the scrubber disputes on principle (module doc of
/// `selfheal::scrub`): e-mail addresses used as user names beside a password (`deploy@acme.io`,
/// `svc%40corp.com`, a service account's address: 164 bytes), which are personal data and go,
/// and a Slack webhook's workspace and hook ids (44 bytes), which go with the URL's token.
const DEV3_RECALL_FLOOR: f64 = 1.0;
const DEV3_DAMAGE_CEILING: f64 = 0.0028;

/// Measured 2026-12-06: 408/444 = 91.89%; after the issue-10 rules 416/444 = 93.69%; after the
/// issue-2 rules of `h-scrub2` 421/444 = 94.82%; after `h-scrub3` (2026-12-07) 422/444 =
/// 95.05%, damage 101 bytes = 0.150%, 2 of 65 negatives changed; after `h-scrub4` still 422/444
/// (damage 87 bytes = 0.129%, 1 of 65). The goal, 99.5%, is not met (BENCHMARKS.md,
/// scrubbing); this floor only keeps what was reached.
const HELDOUT_RECALL_FLOOR: f64 = 0.950;
/// Measured 2026-12-06: 555 of 67,274 bytes = 0.825%; after the issue-10 rules 101 bytes =
/// 0.150%, 2 of 65 negatives changed; after `h-scrub2` 115 bytes = 0.171%, still 2 of 65
/// (goal ≤ 0.5%: met); after `h-scrub5` 43 bytes = 0.064%, 0 of 65 (recall still 422/444).
const HELDOUT_DAMAGE_CEILING: f64 = 0.0018;
