mod status;

use status::{Account, Status};

fn can_login(a: &Account) -> bool {
    matches!(a.status, Status::Enabled)
}

fn main() {
    let accounts = [
        Account { id: 1, status: Status::Enabled },
        Account { id: 2, status: Status::Suspended },
        Account { id: 3, status: Status::Closed },
    ];
    for a in &accounts {
        println!("{} {:?} login={}", a.id, a.status, can_login(a));
    }
}
