struct Money {
    cents: i64,
    currency: &'static str,
}

impl Money {
    fn new(cents: i64, currency: &'static str) -> Self {
        Money { cents, currency }
    }

    fn add(&self, other: &Money) -> Money {
        assert_eq!(self.currency, other.currency);
        Money::new(self.cents + other.cents, self.currency)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.abs();
        write!(f, "{}{}.{:02} {}", sign, abs / 100, abs % 100, self.currency)
    }
}

fn main() {
    let rent = Money::new(-125000, "EUR");
    let salary = Money::new(310050, "EUR");
    let left = rent.add(&salary);
    println!("left this month: {}", left);
    assert_eq!(left.to_string(), "1850.50 EUR");
}
