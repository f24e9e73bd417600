pub struct DeployConfig {
    pub region: String,
    pub replicas: u8,
}

fn default_region() -> String {
    String::from("eu-central")
}

impl DeployConfig {
    pub fn from_args(args: &[String]) -> Self {
        let region = args.get(1).cloned().unwrap_or_else(default_region);
        let replicas = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(2);
        DeployConfig { region, replicas }
    }
}
