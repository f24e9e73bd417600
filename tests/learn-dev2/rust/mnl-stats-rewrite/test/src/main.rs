mod delays;

fn main() {
    let s = delays::Stop { name: "Markt", delay_s: vec![30, 95, 0, 240] };
    println!("{}: {:.1} s average delay", s.name, delays::average_delay(&s));
}
