//! Split a bill between people, in cents.

/// Share `total` cents between `n` people; the first `total % n` pay one cent more.
pub fn split(total: u64, n: u64) -> Vec<u64> {
    assert!(n > 0, "nobody to split between");
    let base = total / n;
    let rest = total % n;
    (0..n).map(|i| if i < rest { base + 1 } else { base }).collect()
}

/// Tip in cents, rounded to the nearest cent.
pub fn tip(total: u64, percent: u64) -> u64 {
    total * percent / 100
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_is_fair() {
        assert_eq!(split(1000, 3), vec![334, 333, 333]);
        assert_eq!(split(999, 3), vec![333, 333, 333]);
    }

    #[test]
    fn split_sums_to_total() {
        for total in [0, 1, 17, 1001] {
            assert_eq!(split(total, 4).iter().sum::<u64>(), total);
        }
    }
}
