use crate::proto::MAX_FRAME_BYTES;

pub struct Receiver {
    buf: Vec<u8>,
}

impl Receiver {
    pub fn new() -> Self {
        Receiver { buf: Vec::with_capacity(MAX_FRAME_BYTES) }
    }

    pub fn accept(&mut self, frame: &[u8]) -> Result<usize, String> {
        let len = ((frame[0] as usize) << 8) | frame[1] as usize;
        if len > MAX_FRAME_BYTES {
            return Err(format!("frame of {} bytes is too big", len));
        }
        self.buf.extend_from_slice(&frame[2..]);
        Ok(self.buf.len())
    }
}
