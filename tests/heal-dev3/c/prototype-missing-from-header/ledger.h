#ifndef LEDGER_H
#define LEDGER_H

#define MAX_ENTRIES 32

struct entry {
    char account[16];
    long cents;
};

struct ledger {
    struct entry entries[MAX_ENTRIES];
    int count;
};

int ledger_add(struct ledger *l, const char *account, long cents);

#endif
