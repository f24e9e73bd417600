mod tally;

fn main() {
    let log = ["wren", "robin", "wren", "heron"];
    println!("{} species, {:?} wrens", tally::species_seen(&log), tally::counts(&log).get("wren"));
}
