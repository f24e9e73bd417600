#include <stdio.h>

enum level { LOW, MEDIUM, HIGH, CRITICAL };

static const char *level_name(enum level l)
{
    static const char *names[] = {"low", "medium", "high", "critical"};
    return names[l];
}

static int response_minutes(enum level l)
{
    int minutes;
    switch (l) {
    case LOW:
        minutes = 24 * 60;
        break;
    case MEDIUM:
        minutes = 4 * 60;
        break;
    case HIGH:
        minutes = 60;
        break;
    case CRITICAL:
        minutes = 15;
        break;
    default:
        minutes = -1;
    }
    return minutes;
}

int main(void)
{
    int ok = 1;
    const int want[] = {1440, 240, 60, 15};
    for (int l = LOW; l <= CRITICAL; l++) {
        int m = response_minutes((enum level)l);
        printf("%-8s %5d min\n", level_name((enum level)l), m);
        ok &= m == want[l];
    }
    return ok ? 0 : 1;
}
