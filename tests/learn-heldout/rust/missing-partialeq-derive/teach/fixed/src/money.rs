#[derive(PartialEq)]
pub struct Money {
    pub cents: i64,
    pub currency: &'static str,
}

impl Money {
    pub fn eur(cents: i64) -> Self {
        Money { cents, currency: "EUR" }
    }

    pub fn add(&self, other: &Money) -> Money {
        assert_eq!(self.currency, other.currency);
        Money { cents: self.cents + other.cents, currency: self.currency }
    }
}
