//! Team memory in the editor: after a run's errors are recorded, the server pushes what is
//! queued for the team store and asks it about the run's errors (`remote::sync::after_run`) on
//! a thread of its own — never awaited by a request, one at a time, behind the client's circuit
//! breaker. The answers land in the local database, where hovers read them.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::remote::{sync, TeamConfig};
use crate::store::Store;

/// Whether a sync is under way (a run's sync is skipped while the previous one still runs).
static SYNCING: AtomicBool = AtomicBool::new(false);

/// The longest one background sync may take; the next run tries again.
const BACKGROUND_SYNC_LIMIT: Duration = Duration::from_secs(120);

/// Pushes the outbox and prefetches the team's answers for `fingerprints`, in the background,
/// when a team store is configured.
pub fn sync_after_run(fingerprints: Vec<String>) {
    if TeamConfig::resolve().is_err() || SYNCING.swap(true, Ordering::AcqRel) {
        return;
    }
    let spawned = std::thread::Builder::new()
        .name("selfheal-team".into())
        .spawn(move || {
            if let Ok(store) = Store::open_default() {
                sync::after_run(&store, &fingerprints, BACKGROUND_SYNC_LIMIT);
            }
            SYNCING.store(false, Ordering::Release);
        });
    if spawned.is_err() {
        SYNCING.store(false, Ordering::Release);
    }
}
