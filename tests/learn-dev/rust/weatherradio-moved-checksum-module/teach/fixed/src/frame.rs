//! Frames from the outdoor sensor: [id, temp_hi, temp_lo, humidity, crc].
use crate::codec::checksum::crc8;

#[derive(Debug)]
pub struct Frame {
    pub id: u8,
    pub temp_deci_c: i16,
    pub humidity: u8,
}

#[derive(Debug)]
pub enum FrameError {
    Length(usize),
    Crc { want: u8, got: u8 },
}

pub fn decode(raw: &[u8]) -> Result<Frame, FrameError> {
    if raw.len() != 5 {
        return Err(FrameError::Length(raw.len()));
    }
    let want = crc8(&raw[..4]);
    if want != raw[4] {
        return Err(FrameError::Crc { want, got: raw[4] });
    }
    Ok(Frame {
        id: raw[0],
        temp_deci_c: i16::from_be_bytes([raw[1], raw[2]]),
        humidity: raw[3],
    })
}
