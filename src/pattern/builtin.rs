//! The built-in pattern library: `patterns/*.toml`, compiled into the binary.

/// `(file name, TOML text)` of every built-in pattern file.
pub fn builtin_sources() -> &'static [(&'static str, &'static str)] {
    &[
        ("c.toml", include_str!("../../patterns/c.toml")),
        ("go.toml", include_str!("../../patterns/go.toml")),
        ("java.toml", include_str!("../../patterns/java.toml")),
        (
            "javascript.toml",
            include_str!("../../patterns/javascript.toml"),
        ),
        ("python.toml", include_str!("../../patterns/python.toml")),
        ("rust.toml", include_str!("../../patterns/rust.toml")),
    ]
}
