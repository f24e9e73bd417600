use crate::ledger::{balance_of, Entry};

pub fn statement(entries: &[Entry], members: &[&str]) -> Vec<String> {
    let mut lines = Vec::new();
    for m in members {
        let cents = balance_of(entries, m);
        let flag = if cents < 0 { " (credit)" } else { "" };
        lines.push(format!("{:<10} {:>8}{}", m, cents, flag));
    }
    lines
}
