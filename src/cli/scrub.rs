//! `selfheal scrub`: copies text to stdout with secrets replaced. (Not streaming yet.)

use std::io::{self, Write};
use std::path::Path;

use super::io::{finish_output, for_each_chunk, open_input};

pub fn run(file: Option<&Path>) -> anyhow::Result<i32> {
    let input = open_input(file)?;
    let mut all = Vec::new();
    for_each_chunk(input, |chunk| {
        all.extend_from_slice(chunk);
        Ok(())
    })?;
    let text = String::from_utf8_lossy(&all);
    let scrubbed = crate::scrub::scrub(&text);
    let mut stdout = io::stdout().lock();
    finish_output(
        stdout
            .write_all(scrubbed.as_bytes())
            .and_then(|()| stdout.flush())
            .map_err(anyhow::Error::from),
    )
}
