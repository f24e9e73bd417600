mod alarm;
mod sched;

fn main() {
    let j = sched::Job { name: "firing".to_string(), hour_utc: 3 };
    println!("{} night={} tz={}", j.name, alarm::is_night(&j), alarm::TZ);
}
