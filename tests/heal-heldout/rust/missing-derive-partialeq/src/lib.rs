#[derive(Debug, Clone, Copy)]
pub struct Money {
    pub cents: i64,
    pub currency: &'static str,
}

impl Money {
    pub fn new(cents: i64, currency: &'static str) -> Self {
        Money { cents, currency }
    }

    pub fn split(self, parts: i64) -> Vec<Money> {
        let base = self.cents / parts;
        let rest = self.cents % parts;
        (0..parts)
            .map(|i| Money::new(base + if i < rest { 1 } else { 0 }, self.currency))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_keeps_every_cent() {
        let parts = Money::new(1000, "EUR").split(3);
        assert_eq!(parts[0], Money::new(334, "EUR"));
        assert_eq!(parts[2], Money::new(333, "EUR"));
        assert_eq!(parts.iter().map(|m| m.cents).sum::<i64>(), 1000);
    }
}
