//! Prints the capture engine's trigger regexes, one per line (for profiling them with ripgrep).
fn main() {
    for trigger in selfheal::capture::Capture::trigger_patterns() {
        println!("{trigger}");
    }
}
