mod blocklist;

fn main() {
    let list = blocklist::Blocklist::new(&["spam", "Scam"]);
    println!("{}", blocklist::filter_comment(&list, "no SPAM or scam here"));
}
