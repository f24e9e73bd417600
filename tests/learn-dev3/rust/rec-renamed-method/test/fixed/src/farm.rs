use crate::tank::Tank;

pub struct Farm {
    pub tanks: Vec<Tank>,
}

impl Farm {
    pub fn report(&self) -> Vec<String> {
        self.tanks
            .iter()
            .enumerate()
            .map(|(i, t)| format!("tank {}: {}%", i + 1, t.level_pct()))
            .collect()
    }
}
