pub struct Line {
    pub label: String,
    pub cents: i64,
}

pub struct Receipt {
    pub lines: Vec<Line>,
    pub tax_percent: i64,
}

impl Receipt {
    pub fn new(tax_percent: i64) -> Self {
        Receipt { lines: Vec::new(), tax_percent }
    }

    pub fn add(&mut self, label: &str, cents: i64) {
        self.lines.push(Line { label: label.to_string(), cents });
    }

    pub fn subtotal(&self) -> i64 {
        self.lines.iter().map(|l| l.cents).sum()
    }

    pub fn total(&self) -> i64 {
        let sub = self.subtotal();
        sub + (sub * self.tax_percent + 50) / 100
    }
}
