struct Summary {
    errors: usize,
    warnings: usize,
}

fn summarize(lines: Vec<String>) -> Summary {
    Summary {
        errors: lines.iter().filter(|l| l.starts_with("ERROR")).count(),
        warnings: lines.iter().filter(|l| l.starts_with("WARN")).count(),
    }
}

fn main() {
    let lines: Vec<String> = ["INFO boot", "WARN disk 91%", "ERROR db timeout", "INFO ok"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let summary = summarize(lines);
    println!("{} lines: {} errors, {} warnings", lines.len(), summary.errors, summary.warnings);
}
