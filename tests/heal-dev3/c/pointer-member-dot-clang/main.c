#include <stdio.h>

struct account {
    const char *owner;
    long balance;
    long overdraft_limit;
};

static int withdraw(struct account *acct, long amount)
{
    if (amount <= 0)
        return -1;
    if (acct->balance - amount < -acct->overdraft_limit)
        return -1;
    acct.balance -= amount;
    return 0;
}

static void deposit(struct account *acct, long amount)
{
    acct->balance += amount;
}

int main(void)
{
    struct account a = {"lin", 1000, 500};
    deposit(&a, 250);
    int first = withdraw(&a, 1500);
    int second = withdraw(&a, 400);
    printf("%s: balance %ld (first %d, second %d)\n", a.owner, a.balance, first, second);
    return (first == 0 && second == -1 && a.balance == -250) ? 0 : 1;
}
