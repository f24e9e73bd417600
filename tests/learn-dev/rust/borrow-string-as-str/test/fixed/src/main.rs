mod vowels;

fn main() {
    let verse = "row row row your boat\ngently down the stream";
    for line in verse.lines() {
        let shout = line.to_uppercase();
        println!("{:>3} {}", vowels::count_vowels(&shout), shout);
    }
}
