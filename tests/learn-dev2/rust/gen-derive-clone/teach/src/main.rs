#[derive(Debug)]
struct Settings {
    brightness: u8,
    locale: String,
    idle_timeout_s: u32,
}

fn apply(settings: &mut Settings, key: &str, value: &str) -> Result<(), String> {
    match key {
        "brightness" => settings.brightness = value.parse().map_err(|_| "bad brightness")?,
        "locale" => settings.locale = value.to_string(),
        "idle" => settings.idle_timeout_s = value.parse().map_err(|_| "bad idle")?,
        _ => return Err(format!("unknown key {}", key)),
    }
    Ok(())
}

fn main() {
    let mut settings = Settings { brightness: 80, locale: "de-AT".into(), idle_timeout_s: 120 };
    let previous = settings.clone();
    if let Err(e) = apply(&mut settings, "brightness", "bright") {
        println!("rejected ({}), keeping {:?}", e, previous);
        settings = previous;
    }
    println!("{:?}", settings);
}
