pub fn encode(id: u8, temp_deci_c: i16, humidity: u8) -> [u8; 5] {
    let t = temp_deci_c.to_be_bytes();
    let body = [id, t[0], t[1], humidity];
    [body[0], body[1], body[2], body[3], crate::codec::checksum::crc8(&body)]
}
