pub struct Tank {
    pub capacity: u32,
    pub volume: u32,
}

impl Tank {
    pub fn level_pct(&self) -> u32 {
        self.volume * 100 / self.capacity
    }
}
