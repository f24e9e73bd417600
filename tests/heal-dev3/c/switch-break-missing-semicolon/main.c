#include <stdio.h>

enum token { TOK_NUM, TOK_PLUS, TOK_MINUS, TOK_END };

struct lexer {
    const char *p;
    int value;
};

static enum token next_token(struct lexer *lx)
{
    while (*lx->p == ' ')
        lx->p++;
    char c = *lx->p;
    if (c >= '0' && c <= '9') {
        lx->value = 0;
        while (*lx->p >= '0' && *lx->p <= '9')
            lx->value = lx->value * 10 + (*lx->p++ - '0');
        return TOK_NUM;
    }
    if (c == '\0')
        return TOK_END;
    lx->p++;
    return c == '+' ? TOK_PLUS : TOK_MINUS;
}

static int evaluate(const char *expr)
{
    struct lexer lx = {expr, 0};
    int total = 0, sign = 1;
    for (;;) {
        switch (next_token(&lx)) {
        case TOK_NUM:
            total += sign * lx.value;
            break;
        case TOK_PLUS:
            sign = 1;
            break
        case TOK_MINUS:
            sign = -1;
            break;
        case TOK_END:
            return total;
        }
    }
}

int main(void)
{
    int r = evaluate("12 + 30 - 7 + 1");
    printf("%d\n", r);
    return r == 36 ? 0 : 1;
}
