use crate::signal::Signal;

pub fn must_slow(s: Signal) -> bool {
    s == Signal::Amber || s == Signal::Red
}
