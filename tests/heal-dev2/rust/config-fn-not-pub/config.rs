pub const DEFAULT_PORT: u16 = 5432;

fn parse_port(raw: &str) -> Option<u16> {
    raw.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == "port")
        .and_then(|(_, v)| v.trim().parse().ok())
}
