mod billing;
mod status;

fn main() {
    let mut accts = vec![
        status::Account { id: 7, status: status::Status::Suspended },
        status::Account { id: 8, status: status::Status::Closed },
    ];
    billing::reactivate(&mut accts[0]);
    println!("{:?}", billing::billable(&accts));
}
