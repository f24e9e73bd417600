pub fn fake_listing() -> Vec<(String, u64)> {
    vec![("notes.txt".into(), 1_204), ("photo.raw".into(), 24_600_112), ("todo.md".into(), 88)]
}

pub fn total_bytes(entries: &[(String, u64)]) -> u64 {
    let mut total = 0;
    for entry in entries {
        let (name, size) = entry;
        total += size;
    }
    total
}
