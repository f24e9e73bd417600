//! Team memory: what one person's selfheal learned, shared with their team through a Supabase
//! project (PostgREST), scoped per project by the store's row-level security, scrubbed before it
//! leaves the machine, and never in the way of an editor.
//!
//! - `config` — which store, as whom (`SUPABASE_URL`, `SUPABASE_KEY`, `SELFHEAL_PROJECT` …);
//! - `client` — PostgREST's conventions, timeouts, retries and a circuit breaker;
//! - `outbox` — what is queued for the team (the store's `outbox`, scrubbed when queued);
//! - `sync` — pushing the outbox and pulling the team's approved patterns;
//! - `lookup` — what the team knows of an error (Tier 1), asked in the background and kept locally.
//!
//! The schema is `supabase/migrations/`.

pub mod client;
pub mod config;
pub mod embed;
pub mod lookup;
pub mod outbox;
pub mod sync;

pub use client::{OnDuplicate, Query, RemoteError, TeamClient};
pub use config::{NotConfigured, TeamConfig};
