use crate::sched::{self, Job};

pub const TZ: i8 = 1;

pub fn is_night(job: &Job) -> bool {
    let h = sched::local_hour(job, TZ);
    h < 6 || h >= 22
}
