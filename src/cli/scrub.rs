//! `selfheal scrub`: copies text to stdout with secrets replaced, streaming: the input is read
//! in chunks and each chunk's completed lines are written before the next is read, so memory
//! stays bounded whatever the input's size. A closed stdout (`selfheal scrub log | head`) ends
//! quietly with status 0.

use std::io::{self, Write};
use std::path::Path;

use crate::scrub::Scrubber;

use super::io::{finish_output, for_each_chunk, open_input};

pub fn run(file: Option<&Path>) -> anyhow::Result<i32> {
    let input = open_input(file)?;
    let mut stdout = io::stdout().lock();
    let mut scrubber = Scrubber::new();
    let mut scrubbed = Vec::with_capacity(512 * 1024);
    let streamed = for_each_chunk(input, |chunk| {
        scrubbed.clear();
        scrubber.feed(chunk, &mut scrubbed);
        stdout.write_all(&scrubbed)
    });
    let result = streamed.and_then(|()| {
        scrubbed.clear();
        scrubber.finish(&mut scrubbed);
        stdout
            .write_all(&scrubbed)
            .and_then(|()| stdout.flush())
            .map_err(anyhow::Error::from)
    });
    finish_output(result)
}
