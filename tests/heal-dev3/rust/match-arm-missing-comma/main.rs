#[derive(Debug, Clone, Copy)]
enum Command {
    Move(i32, i32),
    Rotate(i32),
    Stop,
}

fn parse(line: &str) -> Option<Command> {
    let parts: Vec<&str> = line.split(' ').collect();
    match parts.as_slice() {
        ["move", x, y] => Some(Command::Move(x.parse().ok()?, y.parse().ok()?)),
        ["rotate", deg] => Some(Command::Rotate(deg.parse().ok()?)),
        ["stop"] => Some(Command::Stop),
        _ => None,
    }
}

fn apply(pos: (i32, i32, i32), cmd: Command) -> (i32, i32, i32) {
    let (x, y, heading) = pos;
    match cmd {
        Command::Move(dx, dy) => (x + dx, y + dy, heading),
        Command::Rotate(deg) => (x, y, (heading + deg).rem_euclid(360))
        Command::Stop => pos,
    }
}

fn main() {
    let script = ["move 3 4", "rotate 270", "rotate 180", "move -1 2", "stop"];
    let mut pos = (0, 0, 0);
    for line in script {
        let cmd = parse(line).expect("bad command");
        pos = apply(pos, cmd);
    }
    println!("final position: {:?}", pos);
    assert_eq!(pos, (2, 6, 90));
}
