use crate::proto;

pub fn frames(data: &[u8]) -> Vec<Vec<u8>> {
    data.chunks(proto::MAX_FRAME_BYTES)
        .map(|c| {
            let mut f = proto::header(c.len()).to_vec();
            f.extend_from_slice(c);
            f
        })
        .collect()
}
