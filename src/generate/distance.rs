//! How far apart two names are: the optimal-string-alignment distance (insertions, deletions,
//! substitutions and swaps of two neighbours each cost one), and which names are close enough to
//! be a misspelling of each other.

/// Edits between `a` and `b`, counting a swap of neighbours as one; `None` once it exceeds `limit`.
pub fn distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(before[j - 2] + 1);
            }
            current[j] = value;
            row_min = row_min.min(value);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|d| *d <= limit)
}

/// The most edits a name of this length may be from another and still be taken for a typo of it.
pub fn typo_limit(name: &str) -> usize {
    match name.chars().count() {
        0..=2 => 0,
        3..=4 => 1,
        5..=9 => 2,
        _ => 3,
    }
}

/// How close `candidate` is to the misspelt `name`, smaller is closer: a difference of case only
/// is closest; `None` when it is not a plausible typo.
pub fn closeness(name: &str, candidate: &str) -> Option<usize> {
    if name == candidate {
        return None;
    }
    if name.eq_ignore_ascii_case(candidate) {
        return Some(0);
    }
    let limit = typo_limit(name);
    distance(
        &name.to_ascii_lowercase(),
        &candidate.to_ascii_lowercase(),
        limit,
    )
    .map(|d| d.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_edits_and_swaps() {
        assert_eq!(distance("lenght", "length", 3), Some(1));
        assert_eq!(distance("kitten", "sitting", 3), Some(3));
        assert_eq!(distance("abc", "abc", 0), Some(0));
        assert_eq!(distance("", "abc", 3), Some(3));
        assert_eq!(distance("kitten", "sitting", 2), None);
        assert_eq!(distance("ab", "abcdef", 2), None);
    }

    #[test]
    fn a_typo_is_close_and_a_different_word_is_not() {
        assert_eq!(closeness("prnt", "print"), Some(1));
        assert_eq!(closeness("Println", "println"), Some(0));
        assert_eq!(closeness("x", "y"), None);
        assert_eq!(closeness("count", "total"), None);
        assert_eq!(closeness("calculate_totl", "calculate_total"), Some(1));
    }
}
