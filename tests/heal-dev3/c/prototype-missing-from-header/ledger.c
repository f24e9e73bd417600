#include <string.h>
#include "ledger.h"

int ledger_add(struct ledger *l, const char *account, long cents)
{
    if (l->count >= MAX_ENTRIES)
        return -1;
    struct entry *e = &l->entries[l->count++];
    strncpy(e->account, account, sizeof e->account - 1);
    e->account[sizeof e->account - 1] = '\0';
    e->cents = cents;
    return 0;
}

long ledger_balance(const struct ledger *l, const char *account)
{
    long total = 0;
    for (int i = 0; i < l->count; i++)
        if (strcmp(l->entries[i].account, account) == 0)
            total += l->entries[i].cents;
    return total;
}
