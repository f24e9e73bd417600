#![deny(warnings)]

fn flaky(attempt: &mut u32) -> Result<&'static str, &'static str> {
    *attempt += 1;
    if *attempt < 3 { Err("timeout") } else { Ok("200 OK") }
}

fn main() {
    let mut attempt = 0;
    let mut last = Err("never ran");
    for _ in 0..5 {
        last = flaky(&mut attempt);
        if last.is_ok() {
            break;
        }
    }
    println!("after {attempt} attempts: {:?}", last);
}
