mod display;
mod signal;

fn main() {
    let s = signal::Signal::Green;
    println!("{} then {}", display::label(s), display::label(s.next()));
}
