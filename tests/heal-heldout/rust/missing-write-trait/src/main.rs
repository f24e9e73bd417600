use std::io;

struct Line {
    sku: &'static str,
    qty: u32,
    cents: u64,
}

fn write_report(out: &mut impl io::Write, lines: &[Line]) -> io::Result<()> {
    let mut total = 0;
    for l in lines {
        let sub = l.qty as u64 * l.cents;
        total += sub;
        writeln!(out, "{:<8}{:>4} x {:>6} = {:>8}", l.sku, l.qty, l.cents, sub)?;
    }
    writeln!(out, "{:>30}", total)
}

fn main() -> io::Result<()> {
    let lines = [
        Line { sku: "A-100", qty: 2, cents: 1999 },
        Line { sku: "B-7", qty: 10, cents: 45 },
    ];
    let stdout = io::stdout();
    let mut handle = stdout.lock();
    write_report(&mut handle, &lines)?;
    handle.flush()
}
