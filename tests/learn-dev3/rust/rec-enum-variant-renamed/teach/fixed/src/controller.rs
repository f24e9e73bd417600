use crate::signal::Signal;

pub fn must_slow(s: Signal) -> bool {
    s == Signal::Yellow || s == Signal::Red
}
