use std::sync::atomic::{AtomicU64, Ordering};

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Returns a process-unique, monotonically increasing id.
pub fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

pub fn next_ids(n: usize) -> Vec<u64> {
    (0..n).map(|_| next_id()).collect()
}
