struct Chunk {
    offset: u64,
    len: u32,
}

fn end_of(chunk: &Chunk) -> u64 {
    let len: u64 = chunk.len.into();
    chunk.offset + len
}

fn main() {
    let chunks = [Chunk { offset: 0, len: 4096 }, Chunk { offset: 4096, len: 1024 }];
    let end = chunks.iter().map(end_of).max().unwrap_or(0);
    println!("file size: {end}");
}
