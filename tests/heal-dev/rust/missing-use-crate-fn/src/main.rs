mod units;

use crate::units::format_duration;

fn main() {
    let inputs = ["1h30m", "45s", "2m5s", "3x"];
    let mut sum = 0;
    for s in inputs {
        match parse_duration(s) {
            Ok(secs) => {
                sum += secs;
                println!("{:>6} = {}", s, format_duration(secs));
            }
            Err(e) => println!("{:>6} : {}", s, e),
        }
    }
    assert_eq!(sum, 5400 + 45 + 125);
}
