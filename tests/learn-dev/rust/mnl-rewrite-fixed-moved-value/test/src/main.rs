#[derive(Debug, Clone)]
struct Song {
    title: String,
    minutes: u32,
}

fn main() {
    let opener = Song { title: "Lanterns".into(), minutes: 4 };
    let mut set: Vec<Song> = Vec::new();
    set.push(opener);
    set.push(Song { title: "Salt Road".into(), minutes: 6 });
    println!("opening with {:?}; {} songs", opener, set.len());
}
