struct File {
    name: String,
    size: u64,
}

fn print_total(files: &[File]) {
    println!("total: {} bytes in {} files", files.iter().map(|f| f.size).sum::<u64>(), files.len());
}

fn print_largest(files: &[File]) {
    let biggest = files.iter().max_by_key(|f| f.size);
    println!("largest: {} ({} bytes)", biggest.name, biggest.size);
}

fn main() {
    let files = vec![
        File { name: "a.iso".into(), size: 700_000_000 },
        File { name: "b.txt".into(), size: 12 },
    ];
    print_total(&files);
    print_largest(&files);
}
