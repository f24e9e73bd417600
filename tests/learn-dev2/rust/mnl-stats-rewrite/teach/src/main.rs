mod stats;

fn main() {
    let cadence = [84, 88, 91, 90, 87, 93];
    println!("mean {:.1} rpm, max {:?}", stats::mean(&cadence), stats::max(&cadence));
}
