pub fn mean(xs: &[u32]) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    xs.iter().sum::<u32>() / xs.len()
}

pub fn max(xs: &[u32]) -> Option<u32> {
    xs.iter().copied().max()
}
