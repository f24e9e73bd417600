use std::io::Write;

pub fn write_csv(out: &mut Vec<u8>, rows: &[(String, u32)]) -> std::io::Result<()> {
    out.write_all(b"name,count\n")?;
    for (name, count) in rows {
        out.write_all(format!("{},{}\n", name, count).as_bytes())?;
    }
    Ok(())
}
