use std::error::Error;

#[derive(Debug)]
struct Listen {
    host: String,
    port: u16,
}

fn parse_listen(text: &str) -> Result<Listen, Box<dyn Error>> {
    let (host, port_text) = text.rsplit_once(':').ok_or("expected host:port")?;
    let port: u16 = port_text.trim().parse();
    Ok(Listen { host: host.to_string(), port })
}

fn main() -> Result<(), Box<dyn Error>> {
    let l = parse_listen("0.0.0.0:8080")?;
    println!("{:?}", l);
    Ok(())
}
