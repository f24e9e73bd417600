pub struct Sensor {
    name: String,
    reading: f64,
}

impl Sensor {
    pub fn new(name: &str, reading: f64) -> Self {
        Sensor { name: name.to_string(), reading }
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}
