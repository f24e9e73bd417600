#include <iostream>

#include "account.hpp"

static void print_statement(const Account& acct)
{
    std::cout << acct.owner() << ": " << acct.balance() / 100.0 << "\n";
}

int main()
{
    Account a("kim");
    a.post(10000);
    a.post(-2550);
    print_statement(a);
    return 0;
}
