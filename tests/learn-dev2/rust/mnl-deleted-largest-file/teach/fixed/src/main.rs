struct File {
    size: u64,
}

fn print_total(files: &[File]) {
    println!("total: {} bytes in {} files", files.iter().map(|f| f.size).sum::<u64>(), files.len());
}

fn main() {
    let files = vec![File { size: 700_000_000 }, File { size: 12 }];
    print_total(&files);
}
