mod temp;

fn main() {
    let r = [temp::Temperature { celsius: 21.5 }, temp::Temperature { celsius: -3.0 }];
    for line in temp::report(&r) {
        println!("{}", line);
    }
}
