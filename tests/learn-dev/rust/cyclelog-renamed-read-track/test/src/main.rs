mod summary;
mod track;

fn main() {
    let s = summary::summarise(&["1,1,10\n1,1,30\n", "# empty\n"]);
    println!("{} rides, {:.0} m", s.rides, s.metres_up);
}
