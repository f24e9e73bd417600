use std::collections::BTreeSet;
use std::fmt::Write;

pub struct Recipe {
    pub name: &'static str,
    pub tags: &'static [&'static str],
}

pub fn all_tags(recipes: &[Recipe]) -> BTreeSet<&'static str> {
    recipes.iter().flat_map(|r| r.tags.iter().copied()).collect()
}

pub fn tag_line(recipes: &[Recipe]) -> String {
    let mut s = String::new();
    for t in all_tags(recipes) {
        write!(s, "#{} ", t).unwrap();
    }
    s.trim_end().to_string()
}
