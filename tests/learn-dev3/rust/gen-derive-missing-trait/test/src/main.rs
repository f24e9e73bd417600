mod settings;

use settings::Settings;

fn main() {
    let base = Settings::default();
    let custom = Settings { retries: 5, ..base.clone() };
    println!("{:?} {:?}", base, custom);
}
