pub struct Mixer {
    levels: Vec<i32>,
}

pub const MIN_LEVEL: i32 = 0;
pub const MAX_LEVEL: i32 = 100;

pub fn clamp_level(level: i32) -> i32 {
    level.max(MAX_LEVEL).min(MIN_LEVEL)
}

impl Mixer {
    pub fn new(channels: usize) -> Self {
        Mixer { levels: vec![50; channels] }
    }

    pub fn nudge(&mut self, channel: usize, delta: i32) -> i32 {
        let level = clamp_level(self.levels[channel] + delta);
        self.levels[channel] = level;
        level
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stays_inside_range() {
        assert_eq!(clamp_level(-20), 0);
        assert_eq!(clamp_level(140), 100);
        assert_eq!(clamp_level(65), 65);
    }

    #[test]
    fn nudging_a_channel() {
        let mut m = Mixer::new(2);
        assert_eq!(m.nudge(0, 30), 80);
        assert_eq!(m.nudge(0, 30), 100);
        assert_eq!(m.nudge(1, -70), 0);
    }
}
