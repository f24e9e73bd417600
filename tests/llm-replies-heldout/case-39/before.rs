use std::thread;
use std::time::Duration;

pub fn with_retry<T, E>(max: u32, mut op: impl FnMut() -> Result<T, E>) -> Result<T, E> {
    let attempt = 0;
    loop {
        match op() {
            Ok(v) => return Ok(v),
            Err(e) if attempt + 1 >= max => return Err(e),
            Err(_) => {
                attempt += 1;
                thread::sleep(Duration::from_millis(50 * u64::from(attempt)));
            }
        }
    }
}
