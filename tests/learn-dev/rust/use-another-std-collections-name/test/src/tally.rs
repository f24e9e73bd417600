use std::collections::HashMap;

pub fn species_seen(log: &[&str]) -> usize {
    let unique: BTreeSet<&str> = log.iter().copied().collect();
    unique.len()
}

pub fn counts<'a>(log: &[&'a str]) -> HashMap<&'a str, usize> {
    let mut m = HashMap::new();
    for s in log {
        *m.entry(*s).or_insert(0) += 1;
    }
    m
}
