pub enum Route {
    Home,
    Article { slug: String },
    Archive(u16),
    NotFound,
}

pub fn parse(path: &str) -> Route {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        [""] => Route::Home,
        ["articles", slug] => Route::Article { slug: slug.to_string() },
        ["archive", year] => year.parse().map(Route::Archive).unwrap_or(Route::NotFound),
        _ => Route::NotFound,
    }
}
