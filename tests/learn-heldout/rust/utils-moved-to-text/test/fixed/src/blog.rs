use crate::text::{slugify, word_count};

pub struct Post {
    pub title: String,
    pub body: String,
}

impl Post {
    pub fn new(title: &str, body: &str) -> Self {
        Post { title: title.to_string(), body: body.to_string() }
    }

    pub fn path(&self) -> String {
        format!("/posts/{}.html", slugify(&self.title))
    }

    pub fn reading_minutes(&self) -> usize {
        (word_count(&self.body) + 199) / 200
    }
}
