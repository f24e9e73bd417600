pub struct Label {
    pub title: String,
    pub year: i32,
}

pub fn placeholder(year: i32) -> Label {
    Label { title: String::from("untitled"), year }
}
