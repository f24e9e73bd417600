mod level;

use level::Level;

fn main() {
    let threshold: Level = "WARN".parse().unwrap();
    let lines = ["info starting", "warning disk 91%", "error disk full", "debug x=1"];
    for line in lines {
        let (lvl, msg) = line.split_once(' ').unwrap();
        let lvl: Level = lvl.parse().unwrap();
        if lvl >= threshold {
            println!("[{lvl:?}] {msg}");
        }
    }
}
