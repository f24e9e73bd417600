mod report;
mod shared;

fn main() {
    print!("{}", report::render(&[
        report::Line { label: "rent", cents: 125_000 },
        report::Line { label: "coffee", cents: 1_450 },
    ]));
}
