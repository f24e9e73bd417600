pub fn mean(scores: &[u32]) -> f64 {
    if scores.is_empty() {
        return 0.0;
    }
    let sum: u32 = scores.iter().sum();
    sum as f64 / scores.len() as f64
}

pub fn letter(score: f64) -> char {
    match score as u32 {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        _ => 'F',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_average() {
        let m = mean(&[91, 78, 85]);
        assert!((m - 84.666).abs() < 0.01);
        assert_eq!(letter(m), 'B');
    }
}
