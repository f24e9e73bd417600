//! Team memory in the editor: after a run's errors are recorded, the server pushes what is
//! queued for the team store and asks it about errors it has not asked about lately (Tier 1),
//! on a thread of its own — never awaited by a request, one at a time, behind the client's
//! circuit breaker. The answers land in the local database, where hovers read them.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::remote::{sync, TeamClient, TeamConfig};
use crate::store::Store;

/// Whether a sync is under way (a run's sync is skipped while the previous one still runs).
static SYNCING: AtomicBool = AtomicBool::new(false);

/// Pushes the outbox and prefetches the team's answers for `fingerprints`, in the background,
/// when a team store is configured.
pub fn sync_after_run(fingerprints: Vec<String>) {
    let Ok(config) = TeamConfig::resolve() else {
        return;
    };
    if SYNCING.swap(true, Ordering::AcqRel) {
        return;
    }
    let spawned = std::thread::Builder::new()
        .name("selfheal-team".into())
        .spawn(move || {
            sync_now(config, &fingerprints);
            SYNCING.store(false, Ordering::Release);
        });
    if spawned.is_err() {
        SYNCING.store(false, Ordering::Release);
    }
}

fn sync_now(config: TeamConfig, fingerprints: &[String]) {
    let Ok(store) = Store::open_default() else {
        return;
    };
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return;
    };
    let client = TeamClient::new(config);
    runtime.block_on(sync::push_then_prefetch(&client, &store, fingerprints));
}
