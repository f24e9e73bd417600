#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Signal {
    Red,
    Yellow,
    Green,
}

impl Signal {
    pub fn next(self) -> Signal {
        match self {
            Signal::Red => Signal::Green,
            Signal::Green => Signal::Yellow,
            Signal::Yellow => Signal::Red,
        }
    }
}
