mod ledger;
mod report;

fn main() {
    let entries = vec![ledger::Entry::new("kim", 1800), ledger::Entry::new("ola", -250)];
    for line in report::statement(&entries, &["kim", "ola"]) {
        println!("{}", line);
    }
}
