pub fn page_count(total_items: usize, per_page: usize) -> usize {
    if per_page == 0 {
        return 0;
    }
    total_items / per_page
}

pub fn page_bounds(page: usize, per_page: usize, total: usize) -> (usize, usize) {
    let start = (page * per_page).min(total);
    let end = (start + per_page).min(total);
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_last_page_counts() {
        assert_eq!(page_count(21, 10), 3);
        assert_eq!(page_count(20, 10), 2);
        assert_eq!(page_count(0, 10), 0);
    }

    #[test]
    fn bounds() {
        assert_eq!(page_bounds(2, 10, 21), (20, 21));
    }
}
