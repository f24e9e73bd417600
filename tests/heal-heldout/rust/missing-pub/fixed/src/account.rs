#[derive(Debug)]
pub struct Account {
    pub owner: String,
    balance_cents: i64,
}

impl Account {
    pub fn open(owner: &str) -> Self {
        Account { owner: owner.to_string(), balance_cents: 0 }
    }

    pub fn balance(&self) -> i64 {
        self.balance_cents
    }

    pub fn deposit(&mut self, cents: i64) {
        assert!(cents > 0, "deposit must be positive");
        self.balance_cents += cents;
    }
}
