mod outbox;

fn main() {
    let mut ob = outbox::Outbox::default();
    ob.send(outbox::Message { to: "#ops".into(), body: "deploy finished".into() });
    println!("sent {}", ob.sent());
}
