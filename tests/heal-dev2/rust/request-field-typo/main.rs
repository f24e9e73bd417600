use std::collections::HashMap;

struct Request {
    method: String,
    path: String,
    headers: HashMap<String, String>,
}

fn content_type(req: &Request) -> &str {
    req.heades
        .get("content-type")
        .map(|s| s.as_str())
        .unwrap_or("application/octet-stream")
}

fn main() {
    let mut headers = HashMap::new();
    headers.insert("content-type".to_string(), "application/json".to_string());
    let req = Request { method: "POST".into(), path: "/items".into(), headers };
    println!("{} {} ({})", req.method, req.path, content_type(&req));
}
