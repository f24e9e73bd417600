from gen import C, H, B

# C1 clean: undeclared identifier -----------------------------------------
C(language="c", path="src/wc.c", line_of="count++;",
  before='''
#include <ctype.h>
#include <stdio.h>

/* Count whitespace-separated words read from a stream. */
static long count_words(FILE *fp)
{
    int c;
    int in_word = 0;

    while ((c = fgetc(fp)) != EOF) {
        if (isspace(c)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            count++;
        }
    }
    return count;
}

int main(void)
{
    printf("%ld\\n", count_words(stdin));
    return 0;
}
''',
  fixes=[("    int c;\n    int in_word = 0;", "    int c;\n    int in_word = 0;\n    long count = 0;")],
  reply=H("Declare the word counter", "count is used but never declared; add a long initialised to 0.", 0.97) + "\n"
  + B("    int c;\n    int in_word = 0;", "    int c;\n    int in_word = 0;\n    long count = 0;") + "\n",
  quirks=[], should_apply=True)

# C2 prose before and after: missing semicolon ---------------------------
C(language="c", path="src/ring.c", line_of=("r->head = (r->head + 1) % RING_CAP", 1),
  before='''
#include <stdbool.h>
#include <stddef.h>

#define RING_CAP 64

struct ring {
    int buf[RING_CAP];
    size_t head;
    size_t len;
};

bool ring_push(struct ring *r, int v)
{
    if (r->len == RING_CAP)
        return false;
    r->buf[(r->head + r->len) % RING_CAP] = v;
    r->len++;
    return true;
}

bool ring_pop(struct ring *r, int *out)
{
    if (r->len == 0)
        return false;
    *out = r->buf[r->head];
    r->head = (r->head + 1) % RING_CAP
    r->len--;
    return true;
}
''',
  fixes=[("    r->head = (r->head + 1) % RING_CAP", "    r->head = (r->head + 1) % RING_CAP;")],
  reply='''Here's the fix:

{"title": "Terminate head update with a semicolon", "explanation": "The assignment to r->head is missing its semicolon, so the parser runs into the next statement.", "confidence": 0.99, "deletes": false}

<<<<<<< SEARCH
    r->head = (r->head + 1) % RING_CAP
=======
    r->head = (r->head + 1) % RING_CAP;
>>>>>>> REPLACE

Let me know if you'd also like `ring_pop` to clear the slot it consumed.
''',
  quirks=["prose-before", "prose-after"], should_apply=True)

# C3 CRLF reply: too few arguments ---------------------------------------
C(language="c", path="src/audio/gain.c", line_of="clamp(s * gain)",
  before='''
#include <stddef.h>
#include <stdint.h>

static int32_t clamp(int32_t v, int32_t lo, int32_t hi)
{
    if (v < lo)
        return lo;
    if (v > hi)
        return hi;
    return v;
}

void apply_gain(int16_t *samples, size_t n, float gain)
{
    for (size_t i = 0; i < n; i++) {
        int32_t s = samples[i];
        samples[i] = (int16_t)clamp(s * gain);
    }
}
''',
  fixes=[("        samples[i] = (int16_t)clamp(s * gain);", "        samples[i] = (int16_t)clamp((int32_t)(s * gain), INT16_MIN, INT16_MAX);")],
  crlf_reply=True,
  reply=H("Pass int16 bounds to clamp", "clamp takes (value, lo, hi); clamp the scaled sample to the int16_t range.", 0.93) + "\n"
  + B("        samples[i] = (int16_t)clamp(s * gain);", "        samples[i] = (int16_t)clamp((int32_t)(s * gain), INT16_MIN, INT16_MAX);") + "\n",
  quirks=["crlf"], should_apply=True)

# C4 confidence as string: -> on a struct value ---------------------------
C(language="c", path="src/vec.c", line_of="return v->len == 0;",
  before='''
#include <stdlib.h>

struct vec {
    double *data;
    size_t len;
    size_t cap;
};

int vec_push(struct vec *v, double x)
{
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        double *p = realloc(v->data, cap * sizeof *p);
        if (!p)
            return -1;
        v->data = p;
        v->cap = cap;
    }
    v->data[v->len++] = x;
    return 0;
}

int vec_empty(struct vec v)
{
    return v->len == 0;
}
''',
  fixes=[("    return v->len == 0;", "    return v.len == 0;")],
  reply='''{"title": "Use . on the struct value", "explanation": "vec_empty takes the struct by value, so the member is accessed with '.', not '->'.", "confidence": "0.95", "deletes": false}
<<<<<<< SEARCH
    return v->len == 0;
=======
    return v.len == 0;
>>>>>>> REPLACE
''',
  quirks=["confidence-string"], should_apply=True)

# C5 ambiguous: identical loop header in two functions --------------------
C(language="c", path="src/stats.c", line_of=("double stddev(", 5),
  before='''
#include <math.h>
#include <stddef.h>

double mean(const double *xs, size_t n)
{
    size_t i;
    double sum = 0.0;

    for (i = 0; i < n; i++) {
        sum += xs[i];
    }
    return n ? sum / n : 0.0;
}

double stddev(const double *xs, size_t n)
{
    double m = mean(xs, n);
    double acc = 0.0;

    for (i = 0; i < n; i++) {
        acc += (xs[i] - m) * (xs[i] - m);
    }
    return n ? sqrt(acc / n) : 0.0;
}
''',
  fixes=[("    double acc = 0.0;\n\n    for (i = 0; i < n; i++) {", "    double acc = 0.0;\n\n    for (size_t i = 0; i < n; i++) {")],
  reply=H("Declare the loop index in stddev", "stddev uses i without declaring it; declare it in the for statement.", 0.9) + "\n"
  + B("    for (i = 0; i < n; i++) {", "    for (size_t i = 0; i < n; i++) {") + "\n",
  quirks=["ambiguous-search"], should_apply=False, refuse_kind="ambiguous",
  refused="SEARCH `    for (i = 0; i < n; i++) {` matches the loop in both mean() and stddev(); the edit is ambiguous.")

# C6 clean: assignment to array ------------------------------------------
C(language="c", path="src/user.c", line_of="u->name = name;",
  before='''
#include <stdio.h>
#include <string.h>

#define NAME_MAX_LEN 32

struct user {
    int id;
    char name[NAME_MAX_LEN];
};

void user_init(struct user *u, int id, const char *name)
{
    u->id = id;
    u->name = name;
}

void user_print(const struct user *u)
{
    printf("#%d %s\\n", u->id, u->name);
}
''',
  fixes=[("    u->name = name;", "    snprintf(u->name, sizeof u->name, \"%s\", name);")],
  reply=H("Copy the name into the array", "Arrays cannot be assigned; copy with snprintf, which also truncates safely.", 0.95) + "\n"
  + B("    u->name = name;", "    snprintf(u->name, sizeof u->name, \"%s\", name);") + "\n",
  quirks=[], should_apply=True)

# C7 filename line + 6-char markers: no member named -----------------------
C(language="c", path="src/geom/point.c", line_of="a->z - b->z",
  before='''
#include <math.h>

struct point {
    double x;
    double y;
};

double point_dist(const struct point *a, const struct point *b)
{
    double dx = a->x - b->x;
    double dy = a->y - b->y;
    double dz = a->z - b->z;
    return sqrt(dx * dx + dy * dy + dz * dz);
}
''',
  fixes=[("    double dy = a->y - b->y;\n    double dz = a->z - b->z;\n    return sqrt(dx * dx + dy * dy + dz * dz);",
          "    double dy = a->y - b->y;\n    return sqrt(dx * dx + dy * dy);")],
  reply='''{"title": "Compute 2D distance", "explanation": "struct point has only x and y; drop the z component.", "confidence": 0.9, "deletes": true}
src/geom/point.c
<<<<<< SEARCH
    double dy = a->y - b->y;
    double dz = a->z - b->z;
    return sqrt(dx * dx + dy * dy + dz * dz);
======
    double dy = a->y - b->y;
    return sqrt(dx * dx + dy * dy);
>>>>>> REPLACE
''',
  quirks=["filename-line", "markers-6"], should_apply=True)

# C8 tabs in file, 4 spaces in SEARCH: missing semicolon -------------------
C(language="c", path="src/strutil.c", line_of=("char *out = malloc(n + 1)", 1),
  tabs=True, tab_reply=False,
  before='''
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Return a newly allocated upper-case copy of src, or NULL. */
char *str_upper_dup(const char *src)
{
    size_t n = strlen(src);
    char *out = malloc(n + 1)
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++)
        out[i] = (char)toupper((unsigned char)src[i]);
    out[n] = '\\0';
    return out;
}
''',
  fixes=[("    size_t n = strlen(src);\n    char *out = malloc(n + 1)", "    size_t n = strlen(src);\n    char *out = malloc(n + 1);")],
  reply=H("Add missing semicolon after malloc", "The declaration of out is not terminated.", 0.99) + "\n"
  + B("    size_t n = strlen(src);\n    char *out = malloc(n + 1)", "    size_t n = strlen(src);\n    char *out = malloc(n + 1);") + "\n",
  quirks=["indent-tabs-vs-spaces"], should_apply=True)
