pub struct Job {
    pub name: String,
    pub hour_utc: u8,
}

/// Local hour at which the job fires. `tz_offset` became required when the
/// kiln controller moved to a second site.
pub fn local_hour(job: &Job, tz_offset: i8) -> u8 {
    ((job.hour_utc as i16 + tz_offset as i16).rem_euclid(24)) as u8
}
