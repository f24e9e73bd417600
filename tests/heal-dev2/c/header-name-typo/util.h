#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>

size_t count_char(const char *s, char c);
int clamp(int v, int lo, int hi);

#endif
