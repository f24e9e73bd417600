use crate::signal::Signal;

pub fn label(s: Signal) -> &'static str {
    match s {
        Signal::Red => "STOP",
        Signal::Yellow => "SLOW",
        Signal::Green => "GO",
    }
}
