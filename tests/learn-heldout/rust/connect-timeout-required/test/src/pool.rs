use crate::net::{self, Conn};

pub struct Pool {
    conns: Vec<Conn>,
}

impl Pool {
    pub fn open(addr: &str, size: usize) -> Result<Pool, String> {
        let mut conns = Vec::with_capacity(size);
        for _ in 0..size {
            conns.push(net::connect(addr)?);
        }
        Ok(Pool { conns })
    }

    pub fn size(&self) -> usize {
        self.conns.len()
    }
}
