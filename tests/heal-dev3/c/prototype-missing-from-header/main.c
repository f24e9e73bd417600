#include <stdio.h>
#include "ledger.h"

int main(void)
{
    struct ledger book = {0};
    ledger_add(&book, "rent", -95000);
    ledger_add(&book, "salary", 320000);
    ledger_add(&book, "rent", 5000);
    long rent = ledger_balance(&book, "rent");
    printf("rent balance: %ld.%02ld\n", rent / 100, (rent < 0 ? -rent : rent) % 100);
    return rent == -90000 ? 0 : 1;
}
