use crate::color::parse_hex;
use crate::util::clamp;

pub struct Theme {
    pub accent: u32,
}

impl Theme {
    pub fn from_code(code: &str) -> Theme {
        Theme { accent: parse_hex(code).unwrap_or(0x333333) }
    }

    pub fn dimmed(&self, by: i32) -> (i32, i32, i32) {
        let (r, g, b) = crate::color::to_rgb(self.accent);
        (clamp(r as i32 - by, 0, 255), clamp(g as i32 - by, 0, 255), clamp(b as i32 - by, 0, 255))
    }
}
