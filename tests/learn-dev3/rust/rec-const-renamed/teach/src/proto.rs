pub const MAX_FRAME_BYTES: usize = 1024;

pub fn header(len: usize) -> [u8; 2] {
    [(len >> 8) as u8, len as u8]
}
