pub struct Entry {
    pub account: String,
    pub cents: i64,
}

impl Entry {
    pub fn new(account: &str, cents: i64) -> Self {
        Entry { account: account.to_string(), cents }
    }
}

/// Net balance of one account over all entries.
pub fn balance_for(entries: &[Entry], account: &str) -> i64 {
    entries.iter().filter(|e| e.account == account).map(|e| e.cents).sum()
}
