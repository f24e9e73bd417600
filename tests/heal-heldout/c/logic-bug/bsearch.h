#ifndef BSEARCH_H
#define BSEARCH_H

/* Index of key in the sorted array a[0..n), or -1. */
int find_sorted(const int *a, int n, int key);

#endif
