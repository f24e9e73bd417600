mod ledger;

use ledger::Entry;

fn main() {
    let entries = vec![
        Entry::new("plot-14", 4500),
        Entry::new("plot-09", 4500),
        Entry::new("plot-14", -1200),
    ];
    let due = ledger::balance_for(&entries, "plot-14");
    println!("plot-14 owes {}.{:02}", due / 100, due % 100);
}
