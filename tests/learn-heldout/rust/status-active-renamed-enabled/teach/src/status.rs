/// Account status. `Active` was renamed `Enabled` to match the admin UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Enabled,
    Suspended,
    Closed,
}

pub struct Account {
    pub id: u32,
    pub status: Status,
}
