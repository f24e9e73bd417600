mod html;

fn main() {
    let t = html::Table {
        headers: vec!["lang".into(), "since".into()],
        rows: vec![vec!["Rust".into(), "2015".into()], vec!["<Go>".into(), "2012".into()]],
    };
    println!("{}", t.render());
}
