#include <stdio.h>

/* Letter grade: A from 90, B from 75, C from 50, F below. */
static const char *grade(int score)
{
    const char *label;
    if (score >= 90) {
        label = "A";
    } else if (score >= 75) {
        label = "B";
    } else if (score >= 50) {
        label = "C";
    } else {
        label = "F";
    }
    return label;
}

int main(void)
{
    int scores[] = {97, 81, 64, 30};
    for (int i = 0; i < 4; i++) {
        printf("%3d %s\n", scores[i], grade(scores[i]));
    }
    return 0;
}
