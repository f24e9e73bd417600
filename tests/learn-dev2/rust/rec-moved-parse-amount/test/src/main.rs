mod import;
mod money;
mod util;

fn main() {
    for line in ["\"taxi\";\"18.20\"", "\"lunch\";\"9.5\""] {
        println!("{:?}", import::parse_line(line));
    }
}
