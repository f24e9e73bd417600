fn tally<'a>(ballots: &[&'a str]) -> Vec<(&'a str, u32)> {
    let mut counts = HashMap::new();
    for b in ballots {
        *counts.entry(*b).or_insert(0u32) += 1;
    }
    let mut out: Vec<_> = counts.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    out
}

fn main() {
    let ballots = ["green", "blue", "green", "red", "green", "blue"];
    for (option, votes) in tally(&ballots) {
        println!("{:>6}: {}", option, votes);
    }
}
