mod rates;
mod shipping;

use shipping::{parcel_cost, Parcel};

fn describe(parcel: &Parcel) -> String {
    format!("{} g to zone {}", parcel.grams, parcel.zone)
}

fn main() {
    let parcels = vec![
        Parcel { grams: 450, zone: 1 },
        Parcel { grams: 1200, zone: 3 },
        Parcel { grams: 2500, zone: 2 },
    ];
    let mut total = 0;
    for parcel in &parcels {
        let cost = parcel_cost(parcel);
        println!("{} costs {} cents", describe(parcel), cost);
        total += cost;
    }
    assert_eq!(total, 4770);
    println!("total: {} cents", total);
}
