struct RingBuffer<T> {
    data: Vec<Option<T>>,
    head: usize,
    len: usize,
    capacity: usize,
}

impl<T: Clone + std::fmt::Debug> RingBuffer<T> {
    fn with_capacity(capacity: usize) -> Self {
        RingBuffer { data: vec![None; capacity], head: 0, len: 0, capacity }
    }

    fn push(&mut self, value: T) {
        let idx = (self.head + self.len) % self.capacty;
        self.data[idx] = Some(value);
        if self.len == self.capacity {
            self.head = (self.head + 1) % self.capacity;
        } else {
            self.len += 1;
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = self.data[self.head].take();
        self.head = (self.head + 1) % self.capacity;
        self.len -= 1;
        v
    }

    fn to_vec(&self) -> Vec<T> {
        (0..self.len)
            .filter_map(|i| self.data[(self.head + i) % self.capacity].clone())
            .collect()
    }
}

fn main() {
    let mut rb = RingBuffer::with_capacity(3);
    for i in 1..=5 {
        rb.push(i * 10);
    }
    println!("{:?}", rb.to_vec());
    assert_eq!(rb.to_vec(), vec![30, 40, 50]);
    assert_eq!(rb.pop(), Some(30));
    assert_eq!(rb.to_vec(), vec![40, 50]);
}
