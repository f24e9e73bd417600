struct Upload {
    name: String,
    acked_bytes: u64,
    bytes_total: u64,
    read_bytes: u64,
}

impl Upload {
    fn percent(&self) -> u64 {
        if self.bytes_total == 0 {
            return 100;
        }
        self.acked_bytes * 100 / self.bytes_total
    }

    fn record_read(&mut self, n: u64) {
        self.read_bytes = (self.read_bytes + n).min(self.bytes_total);
    }

    fn record_ack(&mut self, n: u64) {
        self.acked_bytes = (self.acked_bytes + n).min(self.read_bytes);
    }
}

fn remaining(u: &Upload) -> u64 {
    // bytes the server has not acknowledged yet
    u.bytes_total - u.acked_bytes
}

fn main() {
    let mut up = Upload {
        name: String::from("backup.tar"),
        acked_bytes: 0,
        bytes_total: 1200,
        read_bytes: 0,
    };
    for chunk in [400, 400] {
        up.record_read(chunk);
    }
    for chunk in [100, 100, 100] {
        up.record_ack(chunk);
    }
    println!("{}: {}% done, {} bytes left, {} read", up.name, up.percent(), remaining(&up), up.read_bytes);
    assert_eq!(remaining(&up), 900);
}
