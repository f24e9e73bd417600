mod page;

const PAGE_SIZE: usize = 4;

fn main() {
    let names: Vec<String> = (1..=10).map(|i| format!("user{i:02}")).collect();
    let pages = (names.len() + PAGE_SIZE - 1) / PAGE_SIZE;
    for p in 0..pages {
        let chunk = page::paginate(&names, p);
        println!("page {}: {}", p + 1, chunk.join(", "));
    }
}
