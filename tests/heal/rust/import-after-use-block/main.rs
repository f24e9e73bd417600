//! Prints the area of shapes.
#![allow(
    dead_code,
)]

extern crate core;

mod shapes;

use std::{
    fmt::Write as _,
    io::{self, Write},
};

fn main() -> io::Result<()> {
    let mut areas: HashMap<&str, f64> = HashMap::new();
    areas.insert("square", shapes::square(2.0));
    let mut line = String::new();
    write!(line, "{:?}", areas.get("square")).unwrap();
    writeln!(io::stdout(), "{line}")
}
