//! Tiny HTML table renderer writing into a String.

pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

impl Table {
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("<table>\n  <tr>");
        for h in &self.headers {
            write!(out, "<th>{}</th>", escape(h)).unwrap();
        }
        out.push_str("</tr>\n");
        for row in &self.rows {
            out.push_str("  <tr>");
            for cell in row {
                write!(out, "<td>{}</td>", escape(cell)).unwrap();
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</table>");
        out
    }
}
