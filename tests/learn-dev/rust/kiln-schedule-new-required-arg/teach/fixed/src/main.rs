mod sched;

use sched::{local_hour, Job};

const TZ: i8 = 1;

fn plan() -> Vec<Job> {
    vec![
        Job { name: "bisque ramp".into(), hour_utc: 4 },
        Job { name: "glaze soak".into(), hour_utc: 22 },
        Job { name: "cool down".into(), hour_utc: 23 },
    ]
}

fn main() {
    for job in plan() {
        println!("{:>12} at {:02}:00", job.name, local_hour(&job, TZ));
    }
    let _ = TZ;
}
