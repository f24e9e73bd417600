mod farm;
mod tank;

fn main() {
    let f = farm::Farm { tanks: vec![tank::Tank { capacity: 100, volume: 30 }, tank::Tank { capacity: 80, volume: 80 }] };
    for line in f.report() {
        println!("{}", line);
    }
}
