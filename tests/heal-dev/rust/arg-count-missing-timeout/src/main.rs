mod client;

fn main() {
    let primary = client::connect("db1.internal", 5432, 3);
    let replica = client::connect("db2.internal", 5432);
    println!("{:?}\n{:?}", primary, replica);
    assert_eq!(replica.port, 5432);
}
