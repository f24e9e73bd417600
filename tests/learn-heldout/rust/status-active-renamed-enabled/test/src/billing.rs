use crate::status::{Account, Status};

pub fn billable(accounts: &[Account]) -> Vec<u32> {
    accounts
        .iter()
        .filter(|a| a.status == Status::Active || a.status == Status::Suspended)
        .map(|a| a.id)
        .collect()
}

pub fn reactivate(a: &mut Account) -> bool {
    if a.status == Status::Suspended {
        a.status = Status::Active;
        true
    } else {
        false
    }
}
