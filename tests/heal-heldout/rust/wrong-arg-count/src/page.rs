/// Returns the items on page `page` (0-based) when showing `per_page` items per page.
pub fn paginate<T: Clone>(items: &[T], page: usize, per_page: usize) -> Vec<T> {
    items
        .iter()
        .skip(page * per_page)
        .take(per_page)
        .cloned()
        .collect()
}
