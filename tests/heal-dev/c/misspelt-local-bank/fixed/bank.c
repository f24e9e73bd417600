#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ACCOUNTS 16
#define NAME_LEN 32

typedef enum { CHECKING, SAVINGS } kind_t;

typedef struct {
    int id;
    char owner[NAME_LEN];
    kind_t kind;
    long balance_cents;
    int withdrawals;
} account_t;

typedef struct {
    account_t accounts[MAX_ACCOUNTS];
    int count;
    int next_id;
} bank_t;

static void bank_init(bank_t *b) {
    memset(b, 0, sizeof *b);
    b->next_id = 100;
}

static account_t *bank_open(bank_t *b, const char *owner, kind_t kind, long deposit) {
    if (b->count == MAX_ACCOUNTS) {
        return NULL;
    }
    account_t *a = &b->accounts[b->count++];
    a->id = b->next_id++;
    strncpy(a->owner, owner, NAME_LEN - 1);
    a->owner[NAME_LEN - 1] = '\0';
    a->kind = kind;
    a->balance_cents = deposit;
    a->withdrawals = 0;
    return a;
}

static account_t *bank_find(bank_t *b, int id) {
    for (int i = 0; i < b->count; i++) {
        if (b->accounts[i].id == id) {
            return &b->accounts[i];
        }
    }
    return NULL;
}

/* Savings accounts allow three free withdrawals, then charge 1.50 each. */
static int withdraw(bank_t *b, int id, long cents) {
    account_t *a = bank_find(b, id);
    if (a == NULL) {
        return -1;
    }
    long fee = 0;
    if (a->kind == SAVINGS && a->withdrawals >= 3) {
        fee = 150;
    }
    if (a->balance_cents < cents + fee) {
        return -2;
    }
    a->balance_cents -= cents + fee;
    a->withdrawals++;
    return 0;
}

static int transfer(bank_t *b, int from, int to, long cents) {
    account_t *dst = bank_find(b, to);
    if (dst == NULL) {
        return -1;
    }
    int rc = withdraw(b, from, cents);
    if (rc != 0) {
        return rc;
    }
    dst->balance_cents += cents;
    return 0;
}

static long total_deposits(const bank_t *b) {
    long sum = 0;
    for (int i = 0; i < b->count; i++) {
        sum += b->accounts[i].balance_cents;
    }
    return sum;
}

static void print_account(const account_t *a) {
    printf("%4d %-10s %-8s %8ld.%02ld\n", a->id, a->owner,
           a->kind == SAVINGS ? "savings" : "checking",
           a->balance_cents / 100, a->balance_cents % 100);
}

int main(void) {
    bank_t bank;
    bank_init(&bank);
    account_t *alice = bank_open(&bank, "alice", CHECKING, 50000);
    account_t *bob = bank_open(&bank, "bob", SAVINGS, 20000);
    if (alice == NULL || bob == NULL) {
        return 1;
    }
    for (int i = 0; i < 5; i++) {
        if (withdraw(&bank, bob->id, 1000) != 0) {
            fprintf(stderr, "withdrawal %d failed\n", i);
            return 1;
        }
    }
    if (transfer(&bank, alice->id, bob->id, 12345) != 0) {
        return 1;
    }
    if (transfer(&bank, bob->id, 999, 1) != -1) {
        return 1;
    }
    for (int i = 0; i < bank.count; i++) {
        print_account(&bank.accounts[i]);
    }
    long total = total_deposits(&bank);
    printf("total %ld.%02ld\n", total / 100, total % 100);
    return total == 50000 + 20000 - 5000 - 300 ? EXIT_SUCCESS : EXIT_FAILURE;
}
