use std::io;

struct Row<'a> {
    city: &'a str,
    population: u32,
    area_km2: f64,
}

fn write_csv<W: io::Write>(out: &mut W, rows: &[Row]) -> io::Result<()> {
    writeln!(out, "city,population,density")?;
    for r in rows {
        writeln!(out, "{},{},{:.1}", r.city, r.population, r.population as f64 / r.area_km2)?;
    }
    Ok(())
}

fn main() -> io::Result<()> {
    let rows = [
        Row { city: "Lyon", population: 522_000, area_km2: 47.87 },
        Row { city: "Porto", population: 232_000, area_km2: 41.42 },
    ];
    let mut buf: Vec<u8> = Vec::new();
    write_csv(&mut buf, &rows)?;
    buf.write_all(b"# end\n")?;
    buf.flush()?;
    let text = String::from_utf8(buf).expect("utf8");
    print!("{}", text);
    assert!(text.ends_with("# end\n"));
    Ok(())
}
