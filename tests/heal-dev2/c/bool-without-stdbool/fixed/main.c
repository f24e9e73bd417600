#include <stdbool.h>
#include <stdio.h>

static bool is_leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap(year)) return 29;
    return days[month - 1];
}

int main(void) {
    printf("%d %d %d\n", days_in_month(2024, 2), days_in_month(1900, 2), days_in_month(2026, 4));
    return 0;
}
