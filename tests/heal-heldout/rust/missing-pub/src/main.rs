mod account;

use account::Account;

fn main() {
    let mut acct = Account::open("mira");
    acct.deposit(12_50);
    acct.deposit(7_25);
    println!("{} has {} cents", acct.owner, acct.balance());
}
