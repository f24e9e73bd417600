//! A counter that works without the standard library.
#![no_std]
#![deny(
    missing_docs,
)]

/// Counts ticks through a shared reference.
pub struct Ticker {
    ticks: Cell<u32>,
}

impl Ticker {
    /// A ticker at zero.
    pub fn new() -> Self {
        Ticker { ticks: Cell::new(0) }
    }

    /// One more tick; returns the count.
    pub fn tick(&self) -> u32 {
        self.ticks.set(self.ticks.get() + 1);
        self.ticks.get()
    }
}
