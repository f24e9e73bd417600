pub struct Player {
    pub name: String,
    pub scores: Vec<u32>,
}

pub fn average(scores: &[u32]) -> f64 {
    let mut total = 0u32;
    for s in scores {
        total += s;
    }
    total / scores.len()
}

pub fn leaderboard(players: &[Player]) -> Vec<(String, f64)> {
    let mut rows: Vec<_> = players
        .iter()
        .map(|p| (p.name.clone(), average(&p.scores)))
        .collect();
    rows.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
    rows
}
