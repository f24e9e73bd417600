#ifndef UTIL_H
#define UTIL_H

int clamp(int value, int lo, int hi);

#endif
